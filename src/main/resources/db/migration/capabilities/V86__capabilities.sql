-- The Operational Capabilities Concept's Evaluation and Feedback programme (issue 17): units a partner declares to
-- the pool of forces for NATO-led operations or the NATO Response Force, accepted by staff; each evaluated at level 1
-- (interoperability) and level 2 (combat readiness), first by the nation itself (SEL) then by a NATO evaluation team
-- (NEL), rated per area on the four-value scale; each evaluation followed by a remedial action plan.

-- The legal moves of the module's three machines; UnitStatus, EvaluationStatus and ActionStatus say the same in Java
-- with who may make each move, and triggers refuse any other.
create table capabilities_transition (
  machine      text not null check (machine in ('UNIT', 'EVALUATION', 'ACTION')),
  from_status  text not null,
  to_status    text not null,
  primary key (machine, from_status, to_status)
);
insert into capabilities_transition (machine, from_status, to_status) values
  ('UNIT', 'DECLARED', 'ACCEPTED'), ('UNIT', 'DECLARED', 'REFUSED'), ('UNIT', 'DECLARED', 'WITHDRAWN'),
  ('UNIT', 'ACCEPTED', 'L1_CERTIFIED'), ('UNIT', 'ACCEPTED', 'WITHDRAWN'),
  ('UNIT', 'L1_CERTIFIED', 'L2_CERTIFIED'), ('UNIT', 'L1_CERTIFIED', 'WITHDRAWN'), ('UNIT', 'L2_CERTIFIED', 'WITHDRAWN'),
  ('EVALUATION', 'OPEN', 'SUBMITTED'), ('EVALUATION', 'OPEN', 'CANCELLED'), ('EVALUATION', 'SUBMITTED', 'OPEN'),
  ('EVALUATION', 'SUBMITTED', 'CERTIFIED'), ('EVALUATION', 'SUBMITTED', 'NOT_CERTIFIED'),
  ('ACTION', 'OPEN', 'IN_PROGRESS'), ('ACTION', 'OPEN', 'DONE'), ('ACTION', 'IN_PROGRESS', 'DONE'),
  ('ACTION', 'OPEN', 'CANCELLED'), ('ACTION', 'IN_PROGRESS', 'CANCELLED');
grant select on capabilities_transition to entente_app;

create function capabilities_legal_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (select 1 from capabilities_transition
      where machine = tg_argv[0] and from_status = old.status and to_status = new.status) then
    raise exception 'illegal % move % -> %', lower(tg_argv[0]), old.status, new.status using errcode = '23514';
  end if;
  return new;
end $$;

create table capabilities_unit (
  id             uuid primary key default gen_random_uuid(),
  partner        text not null,
  name_en        text check (length(name_en) between 1 and 300),
  name_fr        text check (length(name_fr) between 1 and 300),
  service        text not null check (service in ('LAND', 'MARITIME', 'AIR', 'SPECIAL_OPERATIONS')),
  type           text not null check (type in ('INFANTRY', 'MECHANISED_INFANTRY', 'MILITARY_POLICE', 'ENGINEERS', 'CBRN', 'MEDICAL',
                 'EOD', 'LOGISTICS', 'SIGNALS', 'RECONNAISSANCE', 'SHIP', 'HELICOPTERS', 'AIRCRAFT', 'SPECIAL_FORCES', 'OTHER')),
  size           text not null check (size in ('TEAM', 'PLATOON', 'COMPANY', 'BATTALION', 'VESSEL', 'FLIGHT', 'SQUADRON')),
  personnel      int check (personnel between 1 and 100000),
  pool           text not null check (pool in ('OPERATIONS', 'NATO_RESPONSE_FORCE', 'BOTH')),
  contact_name   text not null check (length(contact_name) between 1 and 200),
  contact_email  text not null check (length(contact_email) between 3 and 254 and contact_email like '%_@_%'),
  status         text not null default 'DECLARED' check (status in ('DECLARED', 'ACCEPTED', 'REFUSED', 'L1_CERTIFIED', 'L2_CERTIFIED', 'WITHDRAWN')),
  reason         text check (length(reason) <= 4000),
  declared_by    text not null,
  declared_on    date not null,
  accepted_on    date,
  updated_at     timestamptz not null default now(),
  check (name_en is not null or name_fr is not null),
  check (status in ('DECLARED', 'REFUSED', 'WITHDRAWN') or accepted_on is not null),
  check (status not in ('REFUSED') or reason is not null)
);
create index capabilities_unit_by_partner on capabilities_unit (partner, declared_on);
create trigger capabilities_unit_legal_move before update of status on capabilities_unit
  for each row execute function capabilities_legal_move('UNIT');

-- An evaluation of a unit: SEL1 → NEL1 → SEL2 → NEL2 (a NEL not certified is followed by another of its level).
create table capabilities_evaluation (
  id            uuid primary key default gen_random_uuid(),
  unit          uuid not null references capabilities_unit (id),
  level         int not null check (level in (1, 2)),
  kind          text not null check (kind in ('SEL', 'NEL')),
  status        text not null default 'OPEN' check (status in ('OPEN', 'SUBMITTED', 'CANCELLED', 'CERTIFIED', 'NOT_CERTIFIED')),
  planned_on    date not null,
  -- the NATO evaluation team: [{"name": "…", "organisation": "…"}] (empty for a self-evaluation)
  team          jsonb not null default '[]',
  summary_en    text check (length(summary_en) <= 4000),
  summary_fr    text check (length(summary_fr) <= 4000),
  reason        text check (length(reason) <= 4000),
  opened_by     text not null,
  opened_on     date not null,
  submitted_on  date,
  decided_by    text,
  decided_on    date,
  updated_at    timestamptz not null default now(),
  check (kind = 'NEL' or status not in ('CERTIFIED', 'NOT_CERTIFIED')),
  check (status not in ('CERTIFIED', 'NOT_CERTIFIED') or (decided_by is not null and decided_on is not null))
);
-- one evaluation under way per unit at a time (a submitted self-evaluation is done; a submitted NEL awaits certification)
create unique index capabilities_one_evaluation_under_way on capabilities_evaluation (unit)
  where status = 'OPEN' or (status = 'SUBMITTED' and kind = 'NEL');
create index capabilities_evaluation_by_unit on capabilities_evaluation (unit, opened_on);
create trigger capabilities_evaluation_legal_move before update of status on capabilities_evaluation
  for each row execute function capabilities_legal_move('EVALUATION');

create table capabilities_rating (
  evaluation  uuid not null references capabilities_evaluation (id),
  area        text not null check (area in ('COMMAND_AND_CONTROL', 'COMMUNICATIONS', 'DOCTRINE_AND_PROCEDURES', 'TRAINING',
              'PERSONNEL', 'EQUIPMENT', 'LOGISTICS_AND_MEDICAL', 'FORCE_PROTECTION')),
  rating      text not null check (rating in ('INTEROPERABLE', 'PARTIALLY_INTEROPERABLE', 'NOT_INTEROPERABLE', 'NOT_EVALUATED')),
  finding_en  text check (length(finding_en) <= 4000),
  finding_fr  text check (length(finding_fr) <= 4000),
  rated_by    text not null,
  rated_at    timestamptz not null default now(),
  primary key (evaluation, area)
);

-- The remedial action plan after an evaluation: actions with owner, due date and state, optionally citing a menu activity.
create table capabilities_action (
  id          uuid primary key default gen_random_uuid(),
  evaluation  uuid not null references capabilities_evaluation (id),
  area        text check (area in ('COMMAND_AND_CONTROL', 'COMMUNICATIONS', 'DOCTRINE_AND_PROCEDURES', 'TRAINING',
              'PERSONNEL', 'EQUIPMENT', 'LOGISTICS_AND_MEDICAL', 'FORCE_PROTECTION')),
  title_en    text check (length(title_en) between 1 and 300),
  title_fr    text check (length(title_fr) between 1 and 300),
  owner       text not null check (length(owner) between 1 and 200),
  due_on      date not null,
  activity    text check (activity ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
  status      text not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  note        text check (length(note) <= 4000),
  created_by  text not null,
  created_on  date not null,
  closed_on   date,
  updated_at  timestamptz not null default now(),
  check (title_en is not null or title_fr is not null),
  check (status not in ('DONE', 'CANCELLED') or closed_on is not null)
);
create index capabilities_action_by_evaluation on capabilities_action (evaluation, due_on);
create trigger capabilities_action_legal_move before update of status on capabilities_action
  for each row execute function capabilities_legal_move('ACTION');

-- The unit's timeline, as its partner reads it (the audit trail says the same for auditors).
create table capabilities_move (
  id           bigint generated always as identity primary key,
  unit         uuid not null references capabilities_unit (id),
  subject      text not null check (subject in ('UNIT', 'EVALUATION', 'ACTION')),
  subject_id   uuid not null,
  label_en     text check (length(label_en) <= 300),
  label_fr     text check (length(label_fr) <= 300),
  from_status  text,
  to_status    text not null,
  moved_by     text not null,
  moved_on     date not null,
  moved_at     timestamptz not null default now(),
  note         text check (length(note) <= 4000)
);
create index capabilities_move_by_unit on capabilities_move (unit, moved_on, id);

-- Need-to-know: a partner's units, evaluations and plans for its own coordinators, Alliance staff, the Council's
-- secretariat and the Allies' coordinators; never another partner. Changed only by the partner's coordinators and
-- staff (the service says which of them may make which change).
create function capabilities_caller_is_ally() returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

create function capabilities_sees(p text) returns boolean language sql stable as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or p = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
       or (select capabilities_caller_is_ally()) $$;

create function capabilities_own(p text) returns boolean language sql stable as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF']))
       or p = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]) $$;

create function capabilities_unit_sees(u uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from capabilities_unit x where x.id = u and capabilities_sees(x.partner)) $$;

create function capabilities_unit_own(u uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from capabilities_unit x where x.id = u and capabilities_own(x.partner)) $$;

create function capabilities_evaluation_sees(e uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from capabilities_evaluation v join capabilities_unit x on x.id = v.unit where v.id = e and capabilities_sees(x.partner)) $$;

create function capabilities_evaluation_own(e uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from capabilities_evaluation v join capabilities_unit x on x.id = v.unit where v.id = e and capabilities_own(x.partner)) $$;

alter table capabilities_unit enable row level security;
alter table capabilities_unit force row level security;
create policy capabilities_unit_read on capabilities_unit for select using (capabilities_sees(partner));
create policy capabilities_unit_declare on capabilities_unit for insert with check (capabilities_own(partner)
  and declared_by = (select current_setting('app.username', true)) or (select app_is_system()));
create policy capabilities_unit_change on capabilities_unit for update using (capabilities_own(partner));

alter table capabilities_evaluation enable row level security;
alter table capabilities_evaluation force row level security;
create policy capabilities_evaluation_read on capabilities_evaluation for select using (capabilities_unit_sees(unit));
create policy capabilities_evaluation_open on capabilities_evaluation for insert with check (capabilities_unit_own(unit));
create policy capabilities_evaluation_change on capabilities_evaluation for update using (capabilities_unit_own(unit));

alter table capabilities_rating enable row level security;
alter table capabilities_rating force row level security;
create policy capabilities_rating_read on capabilities_rating for select using (capabilities_evaluation_sees(evaluation));
create policy capabilities_rating_write on capabilities_rating for insert with check (capabilities_evaluation_own(evaluation));
create policy capabilities_rating_change on capabilities_rating for update using (capabilities_evaluation_own(evaluation));

alter table capabilities_action enable row level security;
alter table capabilities_action force row level security;
create policy capabilities_action_read on capabilities_action for select using (capabilities_evaluation_sees(evaluation));
create policy capabilities_action_add on capabilities_action for insert with check (capabilities_evaluation_own(evaluation));
create policy capabilities_action_change on capabilities_action for update using (capabilities_evaluation_own(evaluation));

alter table capabilities_move enable row level security;
alter table capabilities_move force row level security;
create policy capabilities_move_read on capabilities_move for select using (capabilities_unit_sees(unit));
create policy capabilities_move_write on capabilities_move for insert with check (capabilities_unit_own(unit)
  and moved_by = (select current_setting('app.username', true)) or (select app_is_system()));

grant select, insert, update on capabilities_unit, capabilities_evaluation, capabilities_rating, capabilities_action to entente_app;
grant select, insert on capabilities_move to entente_app;
