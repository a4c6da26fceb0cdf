-- pgbench script: the SQL MenuSearch.activities() runs for GET /api/v1/activities?q=<word>&size=20
-- (q only: status PUBLISHED, sorted by relevance, page 0), in the application's transaction shape.
-- Variables from bench/menu/run: :user_id :username :grants (pgbench -D) and :nwords.
-- The word is picked outside the measured transaction's role, from the scratch table bench.words.
\set n random(1, :nwords)
select word as q from bench.words where n = :n \gset
begin transaction read only;
set local role entente_app;
select set_config('app.user_id', :user_id, true), set_config('app.username', :username, true), set_config('app.grants', :grants, true);
select a.*, greatest(ts_rank(a.search_en, websearch_to_tsquery('english', :q)), ts_rank(a.search_fr, websearch_to_tsquery('french', catalogue_unaccent(:q)))) as rank, (select min(e.starts_on) from catalogue_event e where e.activity = a.code and e.starts_on >= current_date) as next_event from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q))) order by rank desc, a.code limit 20 offset 0;
select count(*) from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)));
with hits as (select a.* from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)))) select unnest(areas) as value, count(*) from hits group by 1 order by 2 desc, 1;
with hits as (select a.* from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)))) select unnest(priority_areas) as value, count(*) from hits group by 1 order by 2 desc, 1;
with hits as (select a.* from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)))) select type as value, count(*) from hits group by 1 order by 2 desc, 1;
with hits as (select a.* from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)))) select provider as value, count(*) from hits group by 1 order by 2 desc, 1;
with hits as (select a.* from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)))) select unnest(languages) as value, count(*) from hits group by 1 order by 2 desc, 1;
with hits as (select a.* from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)))) select format as value, count(*) from hits group by 1 order by 2 desc, 1;
with hits as (select a.* from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)))) select eligibility as value, count(*) from hits group by 1 order by 2 desc, 1;
with hits as (select a.* from catalogue_activity a where a.status = :status and (a.search_en @@ websearch_to_tsquery('english', :q) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:q)))) select to_char(e.starts_on, 'YYYY-MM') as value, count(distinct h.code) from hits h join catalogue_event e on e.activity = h.code where e.starts_on >= date_trunc('month', current_date) group by 1 order by 1;
commit;
