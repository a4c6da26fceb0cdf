-- What row-level security policies know of the caller. The application sets these per transaction with
-- set_config(…, true) (see ScopedTransactionManager); with none set, every function answers "nobody".

create function app_is_system() returns boolean language sql stable as
$$ select coalesce(current_setting('app.system', true), '') = 'on' $$;

create function app_user_id() returns uuid language sql stable as
$$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

-- ORGANISATION:ROLE pairs
create function app_grants() returns text[] language sql stable as
$$ select coalesce(string_to_array(nullif(current_setting('app.grants', true), ''), ','), '{}') $$;

create function app_has_any_role(roles text[]) returns boolean language sql stable as
$$ select exists (select 1 from unnest(app_grants()) g where split_part(g, ':', 2) = any (roles)) $$;

-- the organisations for which the caller holds one of these roles
create function app_organisations_with(roles text[]) returns text[] language sql stable as
$$ select coalesce(array_agg(distinct split_part(g, ':', 1)), '{}')
   from unnest(app_grants()) g where split_part(g, ':', 2) = any (roles) $$;
