-- The register of the Euro-Atlantic Disaster Response Unit: what each nation could send to a disaster (national
-- teams and capabilities), kept current by the nation (the date it last confirmed an entry; older than a year is
-- flagged on the pages). Who sees what (mirrors emergencies.CapabilityRegister): a nation its own entries; the
-- centre, Alliance staff and every Ally's coordinators all of them; a partner only its own.
create table emergencies_capability (
  id uuid primary key default gen_random_uuid(),
  nation text not null,
  kind text not null check (kind in ('URBAN_SEARCH_AND_RESCUE', 'FLOOD_RESCUE', 'MEDICAL_TEAM', 'WATER_PURIFICATION',
    'AERIAL_FIREFIGHTING', 'CBRN', 'SHELTER', 'POWER', 'AIRLIFT', 'OTHER')),
  name text not null check (length(name) between 1 and 300),
  size integer not null check (size between 1 and 10000),
  readiness_hours integer not null check (readiness_hours between 0 and 720),
  self_sufficiency_days integer not null check (self_sufficiency_days between 0 and 365),
  contact text not null check (length(contact) between 1 and 500),
  last_confirmed date not null,
  registered_by text not null,
  registered_at timestamptz not null,
  changed_by text not null,
  changed_at timestamptz not null
);
create index emergencies_capability_kind on emergencies_capability (kind, nation);
create index emergencies_capability_nation on emergencies_capability (nation);

create function emergencies_caller_is_ally() returns boolean language sql stable as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

alter table emergencies_capability enable row level security;
alter table emergencies_capability force row level security;
create policy emergencies_capability_read on emergencies_capability for select using (
  (select app_is_system())
  or (select app_has_any_role(array['EMERGENCY_DUTY_OFFICER', 'STAFF']))
  or nation = any ((select emergencies_own())::text[])
  or (select emergencies_caller_is_ally()));
create policy emergencies_capability_keep on emergencies_capability for all
  using ((select app_is_system()) or nation = any ((select emergencies_own())::text[]))
  with check ((select app_is_system()) or nation = any ((select emergencies_own())::text[]));

grant select, insert, update, delete on emergencies_capability to entente_app;
