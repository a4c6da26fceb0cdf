-- Defence Capacity Building packages (since 2014: Georgia, Iraq, Jordan, Moldova, Tunisia …): a partner asks,
-- staff assess its needs and draft a package (areas with their projects, advisers and trainers from contributing
-- nations, its funding), the Council approves it by a confirmed decision, it is implemented and reviewed every
-- two years (progress per area), then closed. A package is read by the partner it concerns, staff, the
-- secretariat and its contributing nations from the request on; by every Ally's coordinators once approved;
-- never by another partner.
create table capacitybuilding_package (
  id                  uuid primary key default gen_random_uuid(),
  partner             text not null,
  requested_by        text not null,
  title_en            text,
  title_fr            text,
  request_en          text,
  request_fr          text,
  assessment_en       text,
  assessment_fr       text,
  status              text not null default 'REQUESTED' check (status in ('REQUESTED', 'ASSESSING', 'DRAFTED', 'BEFORE_COUNCIL',
                        'APPROVED', 'IMPLEMENTING', 'UNDER_REVIEW', 'CLOSED', 'REJECTED', 'WITHDRAWN')),
  contributors        text[] not null default '{}',
  trust_fund          uuid,
  funding_reference   text check (length(funding_reference) <= 300),
  decision            text,
  reason              text check (length(reason) <= 2000),
  next_review         date,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  check (title_en is not null or title_fr is not null),
  -- approved, and everything after, only by a Council decision
  check (status not in ('APPROVED', 'IMPLEMENTING', 'UNDER_REVIEW', 'CLOSED') or decision is not null),
  check (status in ('REQUESTED', 'ASSESSING', 'WITHDRAWN') or assessment_en is not null or assessment_fr is not null)
);
create index capacitybuilding_by_status on capacitybuilding_package (status, created_at);

-- the moves allowed, mirroring CapacityBuildingStatus: a row that jumps is refused by the database too
create table capacitybuilding_transition (
  from_status text not null,
  to_status   text not null,
  primary key (from_status, to_status)
);
insert into capacitybuilding_transition values
  ('REQUESTED', 'ASSESSING'), ('REQUESTED', 'WITHDRAWN'),
  ('ASSESSING', 'DRAFTED'), ('ASSESSING', 'WITHDRAWN'),
  ('DRAFTED', 'ASSESSING'), ('DRAFTED', 'BEFORE_COUNCIL'), ('DRAFTED', 'WITHDRAWN'),
  ('BEFORE_COUNCIL', 'APPROVED'), ('BEFORE_COUNCIL', 'REJECTED'), ('BEFORE_COUNCIL', 'DRAFTED'), ('BEFORE_COUNCIL', 'WITHDRAWN'),
  ('APPROVED', 'IMPLEMENTING'),
  ('IMPLEMENTING', 'UNDER_REVIEW'), ('IMPLEMENTING', 'CLOSED'),
  ('UNDER_REVIEW', 'IMPLEMENTING'), ('UNDER_REVIEW', 'CLOSED');

create function capacitybuilding_check_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (select 1 from capacitybuilding_transition t
      where t.from_status = old.status and t.to_status = new.status) then
    raise exception 'capacity building package % cannot move from % to %', old.id, old.status, new.status using errcode = '23514';
  end if;
  return new;
end $$;
create trigger capacitybuilding_moves before update on capacitybuilding_package
  for each row execute function capacitybuilding_check_move();

create table capacitybuilding_area (
  id        uuid primary key default gen_random_uuid(),
  package   uuid not null references capacitybuilding_package (id),
  position  int not null,
  name_en   text,
  name_fr   text,
  check (name_en is not null or name_fr is not null),
  unique (package, position)
);

create table capacitybuilding_project (
  id        uuid primary key default gen_random_uuid(),
  area      uuid not null references capacitybuilding_area (id),
  package   uuid not null references capacitybuilding_package (id),
  title_en  text,
  title_fr  text,
  check (title_en is not null or title_fr is not null)
);
create index capacitybuilding_project_by_area on capacitybuilding_project (area);

-- advisers and trainers, each from a contributing nation, to an area or the whole package
create table capacitybuilding_expert (
  id        uuid primary key default gen_random_uuid(),
  package   uuid not null references capacitybuilding_package (id),
  area      uuid references capacitybuilding_area (id),
  nation    text not null,
  kind      text not null check (kind in ('ADVISER', 'TRAINER')),
  name      text not null check (length(name) between 1 and 200)
);
create index capacitybuilding_expert_by_package on capacitybuilding_expert (package);

-- the biennial reviews, with progress per area (0–100 %)
create table capacitybuilding_review (
  id           uuid primary key default gen_random_uuid(),
  package      uuid not null references capacitybuilding_package (id),
  reviewed_on  date not null,
  summary_en   text,
  summary_fr   text,
  reviewed_by  text not null,
  check (summary_en is not null or summary_fr is not null)
);
create index capacitybuilding_review_by_package on capacitybuilding_review (package, reviewed_on);

create table capacitybuilding_progress (
  review   uuid not null references capacitybuilding_review (id),
  area     uuid not null references capacitybuilding_area (id),
  package  uuid not null references capacitybuilding_package (id),
  percent  int not null check (percent between 0 and 100),
  note     text check (length(note) <= 2000),
  primary key (review, area)
);

create function capacitybuilding_caller_is_ally() returns boolean language sql stable as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

alter table capacitybuilding_package enable row level security;
alter table capacitybuilding_package force row level security;
create policy capacitybuilding_read on capacitybuilding_package for select using (
  (select app_is_system())
  or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
  or partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or contributors && (select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]
  or (status in ('APPROVED', 'IMPLEMENTING', 'UNDER_REVIEW', 'CLOSED') and (select capacitybuilding_caller_is_ally())));
create policy capacitybuilding_request on capacitybuilding_package for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or (partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
      and requested_by = (select current_setting('app.username', true))));
-- staff draft and move; the secretariat only as the Council's decision takes effect; the partner only withdraws
create policy capacitybuilding_change on capacitybuilding_package for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
  or partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));

-- a package's parts are read by whoever reads the package (its own policy decides) and written by staff
create function capacitybuilding_readable(p uuid) returns boolean language sql stable as
$$ select exists (select 1 from capacitybuilding_package c where c.id = p) $$;

do $$
declare t text;
begin
  foreach t in array array['capacitybuilding_area', 'capacitybuilding_project', 'capacitybuilding_expert',
                           'capacitybuilding_review', 'capacitybuilding_progress'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I for select using (capacitybuilding_readable(package))', t || '_read', t);
    execute format('create policy %I on %I for insert with check (((select app_is_system()) or (select app_has_any_role(array[''STAFF''])))
                    and capacitybuilding_readable(package))', t || '_write', t);
    execute format('grant select, insert on %I to entente_app', t);
  end loop;
end $$;

grant select, insert, update on capacitybuilding_package to entente_app;
grant select on capacitybuilding_transition to entente_app;
