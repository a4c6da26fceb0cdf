-- An exact cache of menu search answers (issue 20), and what makes it safe: the menu's version and the caller's
-- visibility, both read by MenuSearch in the search's own transaction, before the search.
--
-- 1. The menu's version: one counter, raised by a statement trigger on every change of the activities or their
--    events (insert, update, delete, truncate; also the event days V101 keeps on the activity), in the writer's
--    transaction. It is a row, not a sequence: a reader sees the new version exactly when it sees the change
--    (when the writer commits), never before. An answer is cached under the version read before it was
--    computed, so it reflects that version or a later one, never an earlier one. Writers of the catalogue wait for
--    each other on this row until they commit: the catalogue's writers are providers and staff, a few at a time
--    (no other module writes these tables).
-- 2. The caller's visibility, catalogue_visibility(): every value the SELECT policy of catalogue_activity reads
--    besides the row itself (V9's catalogue_activity_read; the events' read policy follows the activity). Two
--    callers with the same visibility see the same rows of every table the search reads, so they get the same
--    answer: the cache is keyed by (version, visibility, query). MenuCacheIntegrationTest fails when a SELECT
--    policy of the activities or events calls a function this one does not hold.

create table catalogue_menu_version (
  only_row boolean primary key default true check (only_row),
  version bigint not null
);
insert into catalogue_menu_version (version) values (0);
comment on table catalogue_menu_version is 'a counter of the changes of the menu (activities and events), nothing else: the cache of search answers is keyed by it';
grant select on catalogue_menu_version to entente_app;

-- as the owner: the application may read the counter, not set it
create function catalogue_menu_changed() returns trigger language plpgsql security definer set search_path from current as
$$
begin
  update catalogue_menu_version set version = version + 1;
  return null;
end
$$;

create trigger catalogue_activity_menu_changed after insert or update or delete or truncate on catalogue_activity
  for each statement execute function catalogue_menu_changed();
create trigger catalogue_event_menu_changed after insert or update or delete or truncate on catalogue_event
  for each statement execute function catalogue_menu_changed();

-- what the read policy of the activities depends on for this caller today, as one text (arrays sorted)
create function catalogue_sorted(codes text[]) returns text[] language sql immutable as
$$ select coalesce(array_agg(distinct c order by c), '{}') from unnest(codes) c $$;

create function catalogue_visibility() returns text language sql stable as
$$ select row(app_is_system(),
              app_has_any_role(array['STAFF', 'ADMIN', 'COUNCIL_SECRETARIAT']),
              catalogue_sorted(app_organisations_with(array['PROVIDER_MANAGER'])),
              catalogue_caller_is_ally(),
              catalogue_sorted(catalogue_caller_release_codes()),
              catalogue_sorted(catalogue_caller_partners()),
              catalogue_sorted(catalogue_caller_partner_frameworks()),
              current_date)::text $$;
