-- The application works as this role, never as the owner of the tables it reads: owners and superusers
-- bypass row-level security. The owner (who runs these migrations) may switch to it with SET ROLE.
do $$
begin
  if not exists (select from pg_roles where rolname = 'entente_app') then
    create role entente_app nologin nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
  end if;
end
$$;

grant entente_app to current_user;
grant usage on schema public to entente_app;

-- Range exclusion constraints (no overlapping periods) on text keys need the btree operator classes.
create extension if not exists btree_gist;
