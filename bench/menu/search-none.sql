-- pgbench script: the SQL MenuSearch.activities() runs for GET /api/v1/activities?size=20 (no word: browsing the
-- menu, status PUBLISHED, sorted by next event, page 0, facets included), in the application's transaction shape:
-- the page query, then the total and the 8 facets in one statement over a materialized hit set.
-- Keep it in step with MenuSearch.java. Variables from bench/menu/run: :user_id :username :grants :status.
begin transaction read only;
set local role entente_app;
set local plan_cache_mode = force_custom_plan;
set local work_mem = '64MB';
select set_config('app.user_id', :user_id, true), set_config('app.username', :username, true), set_config('app.grants', :grants, true);
select a.*, 0 as rank, (select min(d) from unnest(a.event_days) d where d >= current_date) as next_event from catalogue_activity a where a.status = :status order by next_event nulls last, a.code limit 20 offset 0;
with hits as materialized (select a.code, a.areas, a.priority_areas, a.type, a.provider, a.languages, a.format, a.eligibility, a.event_days from catalogue_activity a where a.status = :status) select 'total' as facet, '' as value, count(*) as n from hits union all select 'area', unnest(areas), count(*) from hits group by 2 union all select 'priorityArea', unnest(priority_areas), count(*) from hits group by 2 union all select 'type', type, count(*) from hits group by 2 union all select 'provider', provider, count(*) from hits group by 2 union all select 'language', unnest(languages), count(*) from hits group by 2 union all select 'format', format, count(*) from hits group by 2 union all select 'eligibility', eligibility, count(*) from hits group by 2 union all select 'month', m, count(*) from hits,   lateral (select distinct to_char(d, 'YYYY-MM') m from unnest(event_days) d where d >= date_trunc('month', current_date)) months group by 2 order by 1, 3 desc, 2;
commit;
