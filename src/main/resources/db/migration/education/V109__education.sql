-- Defence education (PAP-DIB): the Defence Education Enhancement Programme (DEEP) and the Professional Development
-- Programme (PDP, for the civilian staff of a partner's defence and security institutions, Ukraine and Georgia).
-- Per partner, institution-level programmes: the institution (war college, staff college, NCO academy …), the
-- pillars (curriculum development, faculty development, peer-to-peer), the reference curricula used, the experts
-- Allied and partner institutions provide, and the events, which are menu events (so attendance and feedback come
-- from registration). A PDP programme also keeps its placements.
-- Need-to-know: a partner's programmes are for that partner's coordinators, staff, the Council's secretariat, the
-- Allies' coordinators and the organisations that provide its experts; never another partner.
create table education_programme (
  id               uuid primary key default gen_random_uuid(),
  partner          text not null check (partner ~ '^[A-Z0-9_]{2,20}$'),
  kind             text not null check (kind in ('DEEP', 'PDP')),
  institution_type text not null check (institution_type in ('WAR_COLLEGE', 'STAFF_COLLEGE', 'NCO_ACADEMY', 'MILITARY_ACADEMY',
                     'DEFENCE_UNIVERSITY', 'LANGUAGE_SCHOOL', 'MINISTRY', 'CIVIL_SERVICE_SCHOOL', 'OTHER')),
  institution_en   text check (length(institution_en) <= 300),
  institution_fr   text check (length(institution_fr) <= 300),
  pillars          text[] not null default '{}' check (pillars <@ array['CURRICULUM_DEVELOPMENT', 'FACULTY_DEVELOPMENT', 'PEER_TO_PEER']),
  curricula        text[] not null default '{}',
  -- the organisations of the experts (kept here from education_expert for the read rule)
  expert_orgs      text[] not null default '{}',
  status           text not null default 'PROPOSED' check (status in ('PROPOSED', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'WITHDRAWN')),
  reason           text check (length(reason) <= 2000),
  proposed_by      text not null,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  check (institution_en is not null or institution_fr is not null)
);
create index education_programme_by_partner on education_programme (partner, created_at);

-- the one table of legal moves (mirrored by education.ProgrammeStatus, which also says who makes each)
create table education_transition (
  from_status text not null,
  to_status   text not null,
  primary key (from_status, to_status)
);
insert into education_transition values
  ('PROPOSED', 'ACTIVE'), ('PROPOSED', 'WITHDRAWN'),
  ('ACTIVE', 'SUSPENDED'), ('ACTIVE', 'COMPLETED'),
  ('SUSPENDED', 'ACTIVE'), ('SUSPENDED', 'COMPLETED');

create function education_check_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (select 1 from education_transition t
      where t.from_status = old.status and t.to_status = new.status) then
    raise exception 'education programme % cannot move from % to %', old.id, old.status, new.status using errcode = '23514';
  end if;
  return new;
end $$;
create trigger education_moves before update on education_programme for each row execute function education_check_move();

create table education_expert (
  id            uuid primary key default gen_random_uuid(),
  programme     uuid not null references education_programme (id),
  name          text not null check (length(name) between 1 and 200),
  organisation  text not null check (organisation ~ '^[A-Z0-9_]{2,20}$'),
  pillar        text check (pillar in ('CURRICULUM_DEVELOPMENT', 'FACULTY_DEVELOPMENT', 'PEER_TO_PEER')),
  added_by      text not null,
  added_at      timestamptz not null default now()
);
create index education_expert_by_programme on education_expert (programme);

-- the programme's events: menu events, linked by their id (attendance and feedback are registration's)
create table education_event (
  programme  uuid not null references education_programme (id),
  event_id   uuid not null,
  activity   text not null,
  starts_on  date not null,
  added_by   text not null,
  added_at   timestamptz not null default now(),
  primary key (programme, event_id)
);

-- a PDP programme's placements: so many of the partner's civilian staff placed with a host institution
create table education_placement (
  id          uuid primary key default gen_random_uuid(),
  programme   uuid not null references education_programme (id),
  host        text not null check (host ~ '^[A-Z0-9_]{2,20}$'),
  starts_on   date not null,
  people      int not null check (people between 1 and 500),
  added_by    text not null,
  added_at    timestamptz not null default now()
);
create index education_placement_by_programme on education_placement (programme);

create function education_caller_is_ally() returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

create function education_sees(p text, experts text[]) returns boolean language sql stable as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or p = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
       or (select education_caller_is_ally())
       or experts && (select app_organisations_with(array['NATIONAL_COORDINATOR', 'PROVIDER_MANAGER']))::text[] $$;

alter table education_programme enable row level security;
alter table education_programme force row level security;
create policy education_read on education_programme for select using (education_sees(partner, expert_orgs));
create policy education_propose on education_programme for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or (partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
      and proposed_by = (select current_setting('app.username', true))));
create policy education_change on education_programme for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));

-- a row of a programme is readable when its programme is (read as the caller, through the policy above)
create function education_readable(p uuid) returns boolean language sql stable as
$$ select exists (select 1 from education_programme x where x.id = p) $$;

do $$
declare t text;
begin
  foreach t in array array['education_expert', 'education_event', 'education_placement'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I for select using (education_readable(programme))', t || '_read', t);
    execute format('create policy %I on %I for insert with check (((select app_is_system()) or (select app_has_any_role(array[''STAFF''])))'
                   || ' and education_readable(programme))', t || '_write', t);
    execute format('grant select, insert on %I to entente_app', t);
  end loop;
end $$;

grant select, insert, update on education_programme to entente_app;
grant select on education_transition to entente_app;
