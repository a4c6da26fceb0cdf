-- pgbench script: the SQL Catalogue.activity() runs for GET /api/v1/activities/<code> (Activities.find),
-- in the application's transaction shape. Variables from bench/menu/run: :user_id :username :grants :ncodes.
-- The code is picked before the transaction, from the scratch table bench.codes. Keep it in step with Activities.find.
\set n random(1, :ncodes)
select code from bench.codes where n = :n \gset
begin transaction read only;
set local role entente_app;
select set_config('app.user_id', :user_id, true), set_config('app.username', :username, true), set_config('app.grants', :grants, true);
select * from catalogue_activity where code = :code;
commit;
