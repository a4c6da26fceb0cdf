-- A menu search whose cost does not grow with everything a caller may see (issue 20). Three changes, none of
-- which changes an answer (MenuSearchComparisonIntegrationTest compares every answer with the statements before):
--
-- 1. A full-text match the planner may use under row-level security. The policy on catalogue_activity is a
--    security barrier: a condition of the query runs before it only if its function is LEAKPROOF, and
--    tsvector @@ tsquery (ts_match_vq) is not marked so. Hence every search read the whole table and tested the
--    policy, then the words, on each row; the GIN indexes served only the owner. The operator @@@@ is the same
--    match (the same C function, ts_match_vq) declared LEAKPROOF — it raises no error and has no side effect
--    that depends on the row's text, it only answers true or false — with a GIN operator class of its own
--    (tsvector_ops's support functions), so that an index scan finds the hits first and the policy is tested
--    on those only.
--    LEAKPROOF, a function in the internal language and an operator class need a superuser: the embedded
--    database's owner is one. On an external database whose owner is not (ExternalPostgresIntegrationTest),
--    @@@@ is defined instead as a plain SQL function around @@, which PostgreSQL inlines: the same answers,
--    the existing GIN indexes serve the owner, and searches under row-level security read the table as they
--    did before this migration (a notice says so). A superuser may later run this file's superuser part (or
--    re-create the database with a superuser owner) to get the index under the policy.
-- 2. The days of each activity's events, kept on the activity (event_days, sorted, one entry per event) by a
--    trigger on catalogue_event: the next event (the first day from today on) and the month facet and filter
--    read them there, instead of joining every hit to its events — each event row testing its own policy.
--    Always exact, whatever today is: nothing in it goes stale.
-- 3. The FOR ALL write policies of catalogue_event and catalogue_activity split into INSERT, UPDATE and DELETE:
--    a FOR ALL policy is OR-ed into every SELECT's, and adds nothing there (who may write may read) but cost.

do $plan$
declare
  superuser boolean := (select rolsuper from pg_roles where rolname = current_user);
begin
  if superuser then
    create function catalogue_ts_match(tsvector, tsquery) returns boolean
      language internal immutable strict parallel safe leakproof as 'ts_match_vq';
    create operator @@@@ (leftarg = tsvector, rightarg = tsquery, function = catalogue_ts_match,
      restrict = tsmatchsel, join = tsmatchjoinsel);
    -- tsvector_ops of GIN (pg_amproc), with @@@@ as its match
    create operator class catalogue_tsvector_ops for type tsvector using gin as
      operator 1 @@@@ (tsvector, tsquery),
      function 1 gin_cmp_tslexeme(text, text),
      function 2 gin_extract_tsvector(tsvector, internal, internal),
      function 3 gin_extract_tsquery(tsvector, internal, int2, internal, internal, internal, internal),
      function 4 gin_tsquery_consistent(internal, int2, tsvector, int4, internal, internal, internal, internal),
      function 5 gin_cmp_prefix(text, text, int2, internal),
      function 6 gin_tsquery_triconsistent(internal, int2, tsvector, int4, internal, internal, internal),
      storage text;
    drop index catalogue_activity_search_en;
    drop index catalogue_activity_search_fr;
    create index catalogue_activity_search_en on catalogue_activity using gin (search_en catalogue_tsvector_ops);
    create index catalogue_activity_search_fr on catalogue_activity using gin (search_fr catalogue_tsvector_ops);
  else
    create function catalogue_ts_match(tsvector, tsquery) returns boolean
      language sql immutable strict parallel safe as 'select $1 operator(pg_catalog.@@) $2';
    create operator @@@@ (leftarg = tsvector, rightarg = tsquery, function = catalogue_ts_match,
      restrict = tsmatchsel, join = tsmatchjoinsel);
    raise notice 'catalogue: % is not a superuser, so the menu''s full-text match is not LEAKPROOF: searches under row-level security read the whole menu (same answers, slower at scale); see V101__menu_search_that_scales.sql', current_user;
  end if;
end
$plan$;

-- 2. the days of an activity's events

alter table catalogue_activity add column event_days date[] not null default '{}';

-- the days without one occurrence of this day (an event moved or removed), sorted
create function catalogue_days_without(days date[], day date) returns date[] language sql immutable as
$$ select coalesce(array_agg(d order by d), '{}') from unnest(days) with ordinality t(d, i)
   where i is distinct from array_position(days, day) $$;

create function catalogue_days_with(days date[], day date) returns date[] language sql immutable as
$$ select array_agg(d order by d) from unnest(days || day) d $$;

-- Each change is applied to the activity's row as it is when the update runs (not recomputed from a snapshot of
-- the events), so that concurrent changes to one activity's events all count. As the writer: whoever may write
-- an event may write its activity (the same policies); if the activity's row were not updated, the change fails.
create function catalogue_event_days() returns trigger language plpgsql as
$$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update catalogue_activity set event_days = catalogue_days_without(event_days, old.starts_on) where code = old.activity;
    if not found then
      raise exception 'catalogue: the days of the events of % could not be updated', old.activity;
    end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    update catalogue_activity set event_days = catalogue_days_with(event_days, new.starts_on) where code = new.activity;
    if not found then
      raise exception 'catalogue: the days of the events of % could not be updated', new.activity;
    end if;
  end if;
  return null;
end
$$;

create trigger catalogue_event_days after insert or delete or update of starts_on, activity on catalogue_event
  for each row execute function catalogue_event_days();

-- the owner is subject to row-level security too (FORCE): it fills the days as the system
select set_config('app.system', 'on', true);
update catalogue_activity a set event_days = coalesce(
  (select array_agg(e.starts_on order by e.starts_on) from catalogue_event e where e.activity = a.code), '{}');
select set_config('app.system', '', true);

-- 3. write policies that are not read policies

drop policy catalogue_event_write on catalogue_event;
create policy catalogue_event_insert on catalogue_event for insert
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or exists (select 1 from catalogue_activity a where a.code = activity and a.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])));
create policy catalogue_event_update on catalogue_event for update
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or exists (select 1 from catalogue_activity a where a.code = activity and a.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])))
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or exists (select 1 from catalogue_activity a where a.code = activity and a.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])));
create policy catalogue_event_delete on catalogue_event for delete
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or exists (select 1 from catalogue_activity a where a.code = activity and a.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])));

drop policy catalogue_activity_write on catalogue_activity;
create policy catalogue_activity_insert on catalogue_activity for insert
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));
create policy catalogue_activity_update on catalogue_activity for update
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]))
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));
create policy catalogue_activity_delete on catalogue_activity for delete
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));
