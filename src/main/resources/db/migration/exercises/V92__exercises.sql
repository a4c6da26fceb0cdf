-- The Military Training and Exercise Programme (MTEP): a five-year exercise programme drafted each year by the
-- MTEP planning board (led by ACT: Alliance staff here), circulated, approved by the board and superseded by the
-- next version. The domain's sources (research/domain.md §9.12) give the board, not the Council, the programme:
-- approval stays with staff. Each exercise has its planning conferences (initial, main, final), the nations and
-- partners invited, and the menu activity (type EXERCISE) it is published as. Drafts are the board's; once a
-- version is approved, an exercise is read by the organisations it invites (and staff), no one else.

create table exercises_version (
  id           uuid primary key default gen_random_uuid(),
  number       int not null unique check (number >= 1),
  first_year   int not null check (first_year between 2000 and 2100),
  status       text not null default 'DRAFT' check (status in ('DRAFT', 'CIRCULATED', 'APPROVED', 'SUPERSEDED')),
  note_en      text check (length(note_en) <= 2000),
  note_fr      text check (length(note_fr) <= 2000),
  based_on     uuid references exercises_version (id),
  drafted_by   text not null,
  approved_by  text,
  approved_on  date,
  reason       text check (length(reason) <= 2000),
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  check (status not in ('APPROVED', 'SUPERSEDED') or approved_on is not null)
);
-- one programme in force at a time
create unique index exercises_one_approved on exercises_version ((true)) where status = 'APPROVED';

create table exercises_transition (
  from_status text not null,
  to_status   text not null,
  primary key (from_status, to_status)
);
insert into exercises_transition values
  ('DRAFT', 'CIRCULATED'), ('CIRCULATED', 'DRAFT'), ('CIRCULATED', 'APPROVED'), ('APPROVED', 'SUPERSEDED');

create function exercises_check_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (select 1 from exercises_transition t
      where t.from_status = old.status and t.to_status = new.status) then
    raise exception 'exercise programme version % cannot move from % to %', old.number, old.status, new.status using errcode = '23514';
  end if;
  return new;
end $$;
create trigger exercises_moves before update on exercises_version for each row execute function exercises_check_move();

create table exercises_exercise (
  id          uuid primary key default gen_random_uuid(),
  version     uuid not null references exercises_version (id),
  -- the same exercise across versions (added, moved, dropped are found by it)
  code        text not null check (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
  name_en     text check (length(name_en) <= 200),
  name_fr     text check (length(name_fr) <= 200),
  kind        text not null check (kind in ('LIVEX', 'CPX', 'CAX')),
  starts_on   date not null,
  ends_on     date not null,
  place       text not null check (length(place) between 1 and 200),
  invited     text[] not null default '{}',
  activity    text,
  check (name_en is not null or name_fr is not null),
  check (ends_on >= starts_on),
  unique (version, code)
);
create index exercises_by_version on exercises_exercise (version, starts_on);
create index exercises_by_invited on exercises_exercise using gin (invited);

create table exercises_conference (
  exercise    uuid not null references exercises_exercise (id) on delete cascade,
  kind        text not null check (kind in ('IPC', 'MPC', 'FPC')),
  starts_on   date not null,
  ends_on     date not null,
  place       text not null check (length(place) between 1 and 200),
  check (ends_on >= starts_on),
  primary key (exercise, kind)
);

-- every organisation the caller holds any role for
create function exercises_my_organisations() returns text[] language sql stable as
$$ select coalesce(array_agg(distinct split_part(g, ':', 1)), '{}') from unnest(app_grants()) g $$;

alter table exercises_version enable row level security;
alter table exercises_version force row level security;
create policy exercises_version_read on exercises_version for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or (status in ('APPROVED', 'SUPERSEDED') and (select app_user_id()) is not null));
create policy exercises_version_write on exercises_version for insert with check ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy exercises_version_change on exercises_version for update using ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));

-- a version in force, as the caller reads it
create function exercises_in_force(v uuid) returns boolean language sql stable as
$$ select exists (select 1 from exercises_version x where x.id = v and x.status = 'APPROVED') $$;

alter table exercises_exercise enable row level security;
alter table exercises_exercise force row level security;
create policy exercises_exercise_read on exercises_exercise for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or (invited && (select exercises_my_organisations()) and exercises_in_force(version)));
create policy exercises_exercise_write on exercises_exercise for insert with check ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy exercises_exercise_change on exercises_exercise for update using ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy exercises_exercise_remove on exercises_exercise for delete using ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));

create function exercises_readable(e uuid) returns boolean language sql stable as
$$ select exists (select 1 from exercises_exercise x where x.id = e) $$;

alter table exercises_conference enable row level security;
alter table exercises_conference force row level security;
create policy exercises_conference_read on exercises_conference for select using (exercises_readable(exercise));
create policy exercises_conference_write on exercises_conference for insert with check (
  ((select app_is_system()) or (select app_has_any_role(array['STAFF']))) and exercises_readable(exercise));
create policy exercises_conference_change on exercises_conference for update using ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy exercises_conference_remove on exercises_conference for delete using ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));

grant select, insert, update on exercises_version to entente_app;
grant select, insert, update, delete on exercises_exercise, exercises_conference to entente_app;
grant select on exercises_transition to entente_app;
