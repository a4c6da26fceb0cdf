-- The political side of partnership beyond consultations: NATO-led operations and partners' contributions to
-- them, dated statuses (Enhanced Opportunities Partner, Interoperability Platform), Contact Point Embassies and
-- partners' Missions to NATO. Operations, contributions and statuses are public reference data loaded from
-- reference/engagement/*.csv, each row with its source; the CPE list and missions' addresses are public facts
-- kept by staff; the people of a mission are for staff, the partner and its Contact Point Embassy only.
create table engagement_operation (
  code        text primary key,
  kind        text not null check (kind in ('OPERATION', 'MISSION')),
  name_en     text not null,
  name_fr     text not null,
  valid_from  date not null,
  valid_to    date,
  source      text not null,
  evidence    text not null check (evidence in ('D', 'I', 'U')),
  check (valid_to is null or valid_to > valid_from)
);

create table engagement_contribution (
  operation     text not null references engagement_operation (code),
  organisation  text not null,
  valid_from    date not null,
  valid_to      date,
  kind          text not null check (kind in ('FORCES', 'TRAINERS', 'LIAISON', 'FUNDING')),
  size          int check (size > 0),
  source        text not null,
  evidence      text not null check (evidence in ('D', 'I', 'U')),
  primary key (operation, organisation, valid_from),
  check (valid_to is null or valid_to > valid_from)
);

create table engagement_status (
  organisation  text not null,
  status        text not null check (status in ('ENHANCED_OPPORTUNITIES_PARTNER', 'INTEROPERABILITY_PLATFORM')),
  valid_from    date not null,
  valid_to      date,
  source        text not null,
  evidence      text not null check (evidence in ('D', 'I', 'U')),
  primary key (organisation, status, valid_from),
  check (valid_to is null or valid_to > valid_from)
);

create table engagement_reference_file (
  name       text primary key,
  sha256     text not null,
  row_count  int not null,
  loaded_at  timestamptz not null default now()
);

-- an Allied embassy in a partner's capital serving as NATO's contact point, for a term (usually two years)
create table engagement_contact_point (
  id           uuid primary key default gen_random_uuid(),
  partner      text not null,
  embassy_of   text not null,
  valid_from   date not null,
  valid_to     date,
  recorded_by  text not null,
  recorded_at  timestamptz not null default now(),
  check (valid_to is null or valid_to > valid_from),
  check (partner <> embassy_of)
);
create index engagement_contact_point_by_partner on engagement_contact_point (partner, valid_from);

create table engagement_mission (
  partner         text primary key,
  address         text not null check (length(address) between 1 and 500),
  established_on  date,
  recorded_by     text not null,
  recorded_at     timestamptz not null default now()
);

create table engagement_mission_contact (
  id           uuid primary key default gen_random_uuid(),
  partner      text not null,
  name         text not null check (length(name) between 1 and 200),
  function     text not null check (length(function) between 1 and 200),
  email        text not null check (email ~ '^[^@\s]+@[^@\s]+$'),
  recorded_by  text not null,
  recorded_at  timestamptz not null default now()
);
create index engagement_mission_contact_by_partner on engagement_mission_contact (partner);

-- the people of a mission: staff, the partner's coordinators, and the coordinators of the Ally whose embassy is
-- the partner's Contact Point Embassy today
alter table engagement_mission_contact enable row level security;
alter table engagement_mission_contact force row level security;
create policy engagement_contact_read on engagement_mission_contact for select using (
  (select app_is_system())
  or (select app_has_any_role(array['STAFF']))
  or partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or exists (select 1 from engagement_contact_point cp
             where cp.partner = engagement_mission_contact.partner
               and cp.embassy_of = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
               and cp.valid_from <= current_date and (cp.valid_to is null or cp.valid_to > current_date)));
create policy engagement_contact_write on engagement_mission_contact for insert with check (
  ((select app_has_any_role(array['STAFF'])) or partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]))
  and recorded_by = (select current_setting('app.username', true)));
create policy engagement_contact_remove on engagement_mission_contact for delete using (
  (select app_has_any_role(array['STAFF'])) or partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));

grant select, insert, update, delete on engagement_operation, engagement_contribution, engagement_status, engagement_reference_file
  to entente_app;
grant select, insert, update on engagement_contact_point, engagement_mission to entente_app;
grant select, insert, delete on engagement_mission_contact to entente_app;
