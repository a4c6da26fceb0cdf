-- pgbench script: the SQL MenuSearch.activities() runs for GET /api/v1/activities?q=<word>&size=20
-- (q only: status PUBLISHED, sorted by relevance, page 0), in the application's transaction shape: the page
-- query, then the total and the 8 facets in one statement over a materialized hit set (since 5c79b4f; before
-- it, a count and 8 facet queries; since V101, the leakproof match @@@@ and the event days kept on the activity;
-- custom plans, as MenuSearch sets them for its transaction).
-- Keep it in step with MenuSearch.java.
-- Variables from bench/menu/run: :user_id :username :grants :status (pgbench -D), and :wlo :whi, the numbers of the
-- first and last words to pick from (1 and the number of words; one word alone for the per-word rows).
-- The word is picked before the transaction, from the scratch table bench.words.
\set n random(:wlo, :whi)
select word as q from bench.words where n = :n \gset
begin transaction read only;
set local role entente_app;
set local plan_cache_mode = force_custom_plan;
set local work_mem = '64MB';
select set_config('app.user_id', :user_id, true), set_config('app.username', :username, true), set_config('app.grants', :grants, true);
select a.*, greatest(ts_rank(a.search_en, websearch_to_tsquery('english', :q)), ts_rank(a.search_fr, websearch_to_tsquery('french', catalogue_unaccent(:q)))) as rank, (select min(d) from unnest(a.event_days) d where d >= current_date) as next_event from catalogue_activity a where a.status = :status and (a.search_en @@@@ websearch_to_tsquery('english', :q) or a.search_fr @@@@ websearch_to_tsquery('french', catalogue_unaccent(:q))) order by rank desc, a.code limit 20 offset 0;
with hits as materialized (select a.code, a.areas, a.priority_areas, a.type, a.provider, a.languages, a.format, a.eligibility, a.event_days from catalogue_activity a where a.status = :status and (a.search_en @@@@ websearch_to_tsquery('english', :q) or a.search_fr @@@@ websearch_to_tsquery('french', catalogue_unaccent(:q)))) select 'total' as facet, '' as value, count(*) as n from hits union all select 'area', unnest(areas), count(*) from hits group by 2 union all select 'priorityArea', unnest(priority_areas), count(*) from hits group by 2 union all select 'type', type, count(*) from hits group by 2 union all select 'provider', provider, count(*) from hits group by 2 union all select 'language', unnest(languages), count(*) from hits group by 2 union all select 'format', format, count(*) from hits group by 2 union all select 'eligibility', eligibility, count(*) from hits group by 2 union all select 'month', m, count(*) from hits,   lateral (select distinct to_char(d, 'YYYY-MM') m from unnest(event_days) d where d >= date_trunc('month', current_date)) months group by 2 order by 1, 3 desc, 2;
commit;
