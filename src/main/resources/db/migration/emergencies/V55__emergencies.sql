-- Disaster response (EADRCC): a stricken nation's request for assistance with its needs line by line, the
-- offers nations make against them, the stricken nation's acceptance, delivery, and the centre's situation
-- reports. The accepted quantity of a need never exceeds what is needed: the need row's counters are kept by
-- a trigger and a CHECK refuses more, whatever the concurrency (as registration's seats).

-- The legal moves of an incident and of an offer line, and who makes each (mirrors emergencies.IncidentStatus
-- and emergencies.OfferStatus; EmergencyStatesIntegrationTest compares them).
create table emergencies_transition (
  entity      text not null check (entity in ('INCIDENT', 'OFFER')),
  from_status text not null,
  to_status   text not null,
  actor       text not null check (actor in ('STRICKEN_NATION', 'CENTRE', 'DONOR')),
  primary key (entity, from_status, to_status)
);
insert into emergencies_transition (entity, from_status, to_status, actor) values
  ('INCIDENT', 'DRAFT', 'SUBMITTED', 'STRICKEN_NATION'),
  ('INCIDENT', 'SUBMITTED', 'DRAFT', 'CENTRE'),
  ('INCIDENT', 'SUBMITTED', 'DISSEMINATED', 'CENTRE'),
  ('INCIDENT', 'DISSEMINATED', 'COORDINATING', 'CENTRE'),
  ('INCIDENT', 'DISSEMINATED', 'CLOSING', 'CENTRE'),
  ('INCIDENT', 'COORDINATING', 'CLOSING', 'CENTRE'),
  ('INCIDENT', 'CLOSING', 'COORDINATING', 'CENTRE'),
  ('INCIDENT', 'CLOSING', 'CLOSED', 'CENTRE'),
  ('OFFER', 'OFFERED', 'ACCEPTED', 'STRICKEN_NATION'),
  ('OFFER', 'OFFERED', 'DECLINED', 'STRICKEN_NATION'),
  ('OFFER', 'OFFERED', 'WITHDRAWN', 'DONOR'),
  ('OFFER', 'ACCEPTED', 'DISPATCHED', 'DONOR'),
  ('OFFER', 'DISPATCHED', 'ARRIVED', 'DONOR');
grant select on emergencies_transition to entente_app;

-- every change to an incident, its needs, offers or reports takes the next revision: a board asks "anything
-- newer than n?" and gets nothing until there is
create sequence emergencies_revision;
create sequence emergencies_reference;
grant usage on sequence emergencies_revision, emergencies_reference to entente_app;

create table emergencies_incident (
  id              uuid primary key default gen_random_uuid(),
  reference       text not null unique,
  -- the stricken nation
  nation          text not null,
  exercise        boolean not null default false,
  disaster_type   text not null check (disaster_type in ('FLOOD', 'EARTHQUAKE', 'WILDFIRE', 'STORM', 'EPIDEMIC',
                                                         'MIGRATION', 'CBRN', 'OTHER')),
  title_en        text,
  title_fr        text,
  situation_en    text,
  situation_fr    text,
  status          text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'DISSEMINATED', 'COORDINATING',
                                                                  'CLOSING', 'CLOSED')),
  created_by      text not null,
  created_at      timestamptz not null,
  submitted_at    timestamptz,
  disseminated_at timestamptz,
  closed_at       timestamptz,
  revision        bigint not null default nextval('emergencies_revision'),
  check (title_en is not null or title_fr is not null)
);
create index emergencies_incident_nation on emergencies_incident (nation);
create index emergencies_incident_status on emergencies_incident (status, exercise);

create table emergencies_place (
  incident  uuid not null references emergencies_incident (id) on delete cascade,
  position  int not null,
  name      text not null check (name <> ''),
  latitude  numeric(8, 5) check (latitude between -90 and 90),
  longitude numeric(8, 5) check (longitude between -180 and 180),
  primary key (incident, position)
);

create table emergencies_contact (
  incident uuid not null references emergencies_incident (id) on delete cascade,
  position int not null,
  name     text not null check (name <> ''),
  function text,
  email    text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
  phone    text,
  primary key (incident, position)
);

create table emergencies_need (
  id         uuid primary key default gen_random_uuid(),
  incident   uuid not null references emergencies_incident (id) on delete cascade,
  line       int not null,
  item       text not null check (item <> ''),
  category   text not null check (category in ('SHELTER', 'MEDICAL', 'WATER_SANITATION', 'SEARCH_AND_RESCUE',
                                               'AERIAL_FIREFIGHTING', 'TRANSPORT', 'FOOD', 'POWER', 'OTHER')),
  quantity   int not null check (quantity > 0),
  unit       text not null check (unit <> ''),
  priority   text not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
  needed_by  date,
  -- kept by emergencies_count_offer only
  offered    int not null default 0,
  accepted   int not null default 0,
  delivered  int not null default 0,
  constraint emergencies_need_not_over_accepted check (accepted >= 0 and accepted <= quantity),
  check (offered >= 0 and delivered >= 0 and delivered <= accepted),
  unique (incident, line)
);

-- one line of a nation's offer: against a need, or something not asked for (need is null: its own item)
create table emergencies_offer (
  id                uuid primary key default gen_random_uuid(),
  incident          uuid not null references emergencies_incident (id),
  need              uuid references emergencies_need (id),
  donor             text not null,
  item              text not null check (item <> ''),
  category          text not null,
  unit              text not null,
  quantity          int not null check (quantity > 0),
  accepted_quantity int not null default 0,
  delivery_mode     text not null check (delivery_mode in ('AIR', 'ROAD', 'RAIL', 'SEA', 'ON_SITE')),
  expected_arrival  date,
  conditions        text,
  status            text not null default 'OFFERED' check (status in ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN',
                                                                       'DISPATCHED', 'ARRIVED')),
  offered_by        text not null,
  offered_at        timestamptz not null,
  changed_at        timestamptz not null,
  check (accepted_quantity >= 0 and accepted_quantity <= quantity),
  check ((status in ('ACCEPTED', 'DISPATCHED', 'ARRIVED')) = (accepted_quantity > 0))
);
create index emergencies_offer_incident on emergencies_offer (incident, donor);
create index emergencies_offer_need on emergencies_offer (need);

create table emergencies_sitrep (
  incident    uuid not null references emergencies_incident (id),
  number      int not null check (number > 0),
  issued_at   timestamptz not null,
  text_en     text,
  text_fr     text,
  written_by  text not null,
  primary key (incident, number),
  check (text_en is not null or text_fr is not null)
);

-- a nation's 24/7 point of contact for disaster response: where the centre's notices are e-mailed, in which
-- language
create table emergencies_contact_point (
  nation     text primary key,
  email      text not null check (email ~ '^[^@\s]+@[^@\s]+$'),
  language   text not null check (language in ('en', 'fr')),
  updated_by text not null,
  updated_at timestamptz not null
);

-- Moves only along the table; the status a row begins in is the first of its kind.
create function emergencies_check_move() returns trigger language plpgsql as
$$
declare
  kind text := case tg_table_name when 'emergencies_incident' then 'INCIDENT' else 'OFFER' end;
begin
  if tg_op = 'INSERT' then
    if new.status <> (case kind when 'INCIDENT' then 'DRAFT' else 'OFFERED' end) then
      raise exception 'emergencies: a % begins in its first state, not %', lower(kind), new.status using errcode = '23514';
    end if;
  elsif new.status <> old.status
        and not exists (select 1 from emergencies_transition t
                        where t.entity = kind and t.from_status = old.status and t.to_status = new.status) then
    raise exception 'emergencies: illegal move of a % from % to %', lower(kind), old.status, new.status using errcode = '23514';
  end if;
  if kind = 'INCIDENT' then
    new.revision := nextval('emergencies_revision');
  end if;
  return new;
end
$$;
create trigger emergencies_incident_move before insert or update on emergencies_incident
  for each row execute function emergencies_check_move();
create trigger emergencies_offer_move before insert or update on emergencies_offer
  for each row execute function emergencies_check_move();

-- A new revision of the incident; the owner's rights, since a donor may not change the incident itself.
create function emergencies_touch(incident uuid) returns void language sql security definer set search_path = public as
$$ update emergencies_incident set revision = nextval('emergencies_revision') where id = incident $$;

-- Counts an offer line into its need: offered while live, accepted once accepted, delivered once arrived. The
-- need's CHECK refuses an acceptance beyond the quantity needed; the row lock orders concurrent acceptances.
-- The owner's rights: a donor may not change the stricken nation's needs.
create function emergencies_count_offer() returns trigger language plpgsql security definer set search_path = public as
$$
declare
  d_offered int;
  d_accepted int;
  d_delivered int;
begin
  d_offered := (case when new.status in ('OFFERED', 'ACCEPTED', 'DISPATCHED', 'ARRIVED') then new.quantity else 0 end);
  d_accepted := (case when new.status in ('ACCEPTED', 'DISPATCHED', 'ARRIVED') then new.accepted_quantity else 0 end);
  d_delivered := (case when new.status = 'ARRIVED' then new.accepted_quantity else 0 end);
  if tg_op = 'UPDATE' then
    d_offered := d_offered - (case when old.status in ('OFFERED', 'ACCEPTED', 'DISPATCHED', 'ARRIVED') then old.quantity else 0 end);
    d_accepted := d_accepted - (case when old.status in ('ACCEPTED', 'DISPATCHED', 'ARRIVED') then old.accepted_quantity else 0 end);
    d_delivered := d_delivered - (case when old.status = 'ARRIVED' then old.accepted_quantity else 0 end);
  end if;
  if new.need is not null and (d_offered <> 0 or d_accepted <> 0 or d_delivered <> 0) then
    update emergencies_need
       set offered = offered + d_offered, accepted = accepted + d_accepted, delivered = delivered + d_delivered
     where id = new.need;
  end if;
  perform emergencies_touch(new.incident);
  return null;
end
$$;
create trigger emergencies_count_offer after insert or update on emergencies_offer
  for each row execute function emergencies_count_offer();

create function emergencies_touch_incident() returns trigger language plpgsql security definer set search_path = public as
$$
begin
  perform emergencies_touch(coalesce(new.incident, old.incident));
  return null;
end
$$;
create trigger emergencies_sitrep_touch after insert or update on emergencies_sitrep
  for each row execute function emergencies_touch_incident();

-- Who sees what (mirrors emergencies.Emergencies): the stricken nation its own incidents in every state; the
-- centre (duty officers) and Alliance staff (reading) every incident once submitted; every Ally and partner (its coordinators) an incident
-- once disseminated, with its needs, places, contacts, reports and coverage in figures. An offer line is seen
-- by the nation offering, the stricken nation and the centre; other nations only see the figures per need.
create function emergencies_caller_is_nation() returns boolean language sql stable as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) in ('ALLY', 'PARTNER')) $$;

create function emergencies_own() returns text[] language sql stable as
$$ select app_organisations_with(array['NATIONAL_COORDINATOR']) $$;

alter table emergencies_incident enable row level security;
alter table emergencies_incident force row level security;
create policy emergencies_incident_read on emergencies_incident for select using (
  (select app_is_system())
  or nation = any ((select emergencies_own())::text[])
  or (status <> 'DRAFT' and (select app_has_any_role(array['EMERGENCY_DUTY_OFFICER', 'STAFF'])))
  or (status in ('DISSEMINATED', 'COORDINATING', 'CLOSING', 'CLOSED') and (select emergencies_caller_is_nation())));
create policy emergencies_incident_file on emergencies_incident for insert with check (
  (select app_is_system()) or nation = any ((select emergencies_own())::text[]));
create policy emergencies_incident_change on emergencies_incident for update using (
  (select app_is_system()) or nation = any ((select emergencies_own())::text[])
  or (status <> 'DRAFT' and (select app_has_any_role(array['EMERGENCY_DUTY_OFFICER']))));
create policy emergencies_incident_discard on emergencies_incident for delete using (
  (select app_is_system()) or (status = 'DRAFT' and nation = any ((select emergencies_own())::text[])));

-- the parts of a request: read with it; written by the stricken nation (while a draft: the service says so)
-- and by the centre when it corrects a submitted request
create function emergencies_may_edit(incident uuid) returns boolean language sql stable as
$$ select (select app_is_system()) or exists (select 1 from emergencies_incident i where i.id = incident
            and (i.nation = any ((select emergencies_own())::text[])
                 or (i.status <> 'DRAFT' and (select app_has_any_role(array['EMERGENCY_DUTY_OFFICER']))))) $$;

alter table emergencies_place enable row level security;
alter table emergencies_place force row level security;
create policy emergencies_place_read on emergencies_place for select using (
  exists (select 1 from emergencies_incident i where i.id = incident));
create policy emergencies_place_write on emergencies_place for all
  using (emergencies_may_edit(incident)) with check (emergencies_may_edit(incident));

alter table emergencies_contact enable row level security;
alter table emergencies_contact force row level security;
create policy emergencies_contact_read on emergencies_contact for select using (
  exists (select 1 from emergencies_incident i where i.id = incident));
create policy emergencies_contact_write on emergencies_contact for all
  using (emergencies_may_edit(incident)) with check (emergencies_may_edit(incident));

alter table emergencies_need enable row level security;
alter table emergencies_need force row level security;
create policy emergencies_need_read on emergencies_need for select using (
  exists (select 1 from emergencies_incident i where i.id = incident));
create policy emergencies_need_write on emergencies_need for all
  using (emergencies_may_edit(incident)) with check (emergencies_may_edit(incident));

alter table emergencies_offer enable row level security;
alter table emergencies_offer force row level security;
create policy emergencies_offer_read on emergencies_offer for select using (
  (select app_is_system()) or (select app_has_any_role(array['EMERGENCY_DUTY_OFFICER', 'STAFF']))
  or donor = any ((select emergencies_own())::text[])
  or exists (select 1 from emergencies_incident i where i.id = incident and i.nation = any ((select emergencies_own())::text[])));
create policy emergencies_offer_make on emergencies_offer for insert with check (
  (select app_is_system())
  or (donor = any ((select emergencies_own())::text[]) and exists (select 1 from emergencies_incident i where i.id = incident
        and i.status in ('DISSEMINATED', 'COORDINATING'))));
create policy emergencies_offer_move on emergencies_offer for update using (
  (select app_is_system()) or (select app_has_any_role(array['EMERGENCY_DUTY_OFFICER']))
  or donor = any ((select emergencies_own())::text[])
  or exists (select 1 from emergencies_incident i where i.id = incident and i.nation = any ((select emergencies_own())::text[])));

alter table emergencies_sitrep enable row level security;
alter table emergencies_sitrep force row level security;
create policy emergencies_sitrep_read on emergencies_sitrep for select using (
  exists (select 1 from emergencies_incident i where i.id = incident));
create policy emergencies_sitrep_write on emergencies_sitrep for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['EMERGENCY_DUTY_OFFICER'])));

alter table emergencies_contact_point enable row level security;
alter table emergencies_contact_point force row level security;
create policy emergencies_contact_point_read on emergencies_contact_point for select using (
  (select app_is_system()) or (select app_has_any_role(array['EMERGENCY_DUTY_OFFICER']))
  or nation = any ((select emergencies_own())::text[]));
create policy emergencies_contact_point_keep on emergencies_contact_point for all
  using ((select app_is_system()) or nation = any ((select emergencies_own())::text[]))
  with check ((select app_is_system()) or nation = any ((select emergencies_own())::text[]));

grant select, insert, update, delete on emergencies_incident, emergencies_place, emergencies_contact, emergencies_need
  to entente_app;
grant select, insert, update on emergencies_offer to entente_app;
grant select, insert on emergencies_sitrep to entente_app;
grant select, insert, update on emergencies_contact_point to entente_app;
