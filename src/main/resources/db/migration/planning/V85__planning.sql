-- Defence planning with partners (issue 17): participation in PARP and IPAP opened by a Council decision, and the
-- PARP cycle of a partner for two years (survey in the even year, partnership goals approved by the Council that
-- year, assessment agreed in the odd year that follows).

-- The legal moves, as one table for every machine of the module (PARP cycles here; OCC evaluations and remedial
-- actions later); PlanningStatus says the same in Java with who may make each move, and triggers refuse any other.
create table planning_transition (
  machine      text not null,
  from_status  text not null,
  to_status    text not null,
  primary key (machine, from_status, to_status)
);
insert into planning_transition (machine, from_status, to_status) values
  ('CYCLE', 'SURVEY', 'SURVEY_SUBMITTED'), ('CYCLE', 'SURVEY_SUBMITTED', 'SURVEY'), ('CYCLE', 'SURVEY_SUBMITTED', 'BILATERAL'),
  ('CYCLE', 'BILATERAL', 'MULTILATERAL'), ('CYCLE', 'MULTILATERAL', 'BILATERAL'), ('CYCLE', 'MULTILATERAL', 'AT_COUNCIL'),
  ('CYCLE', 'AT_COUNCIL', 'MULTILATERAL'), ('CYCLE', 'AT_COUNCIL', 'GOALS_APPROVED'), ('CYCLE', 'GOALS_APPROVED', 'ASSESSMENT'),
  ('CYCLE', 'ASSESSMENT', 'ASSESSMENT_AGREED');
grant select on planning_transition to entente_app;

-- The survey's questions, a versioned set: each cycle answers the set it was opened with. Reference data.
create table planning_question (
  set_version  int not null check (set_version between 1 and 999),
  code         text not null check (code ~ '^[A-Z][0-9]{1,3}$'),
  section      text not null check (section in ('FORCES', 'PLANS', 'BUDGET')),
  position     int not null,
  kind         text not null check (kind in ('NUMBER', 'CHOICE', 'TEXT')),
  label_en     text not null,
  label_fr     text not null,
  -- for CHOICE: [{"code": "HIGH", "en": "…", "fr": "…"}]
  choices      jsonb not null default '[]',
  primary key (set_version, code)
);
insert into planning_question (set_version, code, section, position, kind, label_en, label_fr, choices) values
  (1, 'F1', 'FORCES', 1, 'NUMBER', 'Active-duty personnel', 'Effectifs d’active', '[]'),
  (1, 'F2', 'FORCES', 2, 'NUMBER', 'Units offered to the pool of forces for NATO-led operations', 'Unités offertes au réservoir de forces pour les opérations dirigées par l’OTAN', '[]'),
  (1, 'F3', 'FORCES', 3, 'CHOICE', 'Readiness of the forces offered', 'Disponibilité des forces offertes',
     '[{"code":"HIGH","en":"High (within 30 days)","fr":"Élevée (sous 30 jours)"},{"code":"MEDIUM","en":"Medium (within 90 days)","fr":"Moyenne (sous 90 jours)"},{"code":"LOW","en":"Low (beyond 90 days)","fr":"Faible (au-delà de 90 jours)"}]'),
  (1, 'F4', 'FORCES', 4, 'TEXT', 'Forces and capabilities available to the Alliance', 'Forces et capacités mises à la disposition de l’Alliance', '[]'),
  (1, 'P1', 'PLANS', 1, 'TEXT', 'Wider defence plans (six-year horizon)', 'Plans de défense d’ensemble (horizon de six ans)', '[]'),
  (1, 'P2', 'PLANS', 2, 'CHOICE', 'Stage of the national defence review', 'Étape de la revue nationale de défense',
     '[{"code":"NONE","en":"Not begun","fr":"Non commencée"},{"code":"UNDERWAY","en":"Under way","fr":"En cours"},{"code":"COMPLETED","en":"Completed","fr":"Achevée"}]'),
  (1, 'P3', 'PLANS', 3, 'TEXT', 'Changes of force structure planned', 'Changements de structure des forces prévus', '[]'),
  (1, 'B1', 'BUDGET', 1, 'NUMBER', 'Defence budget this year (millions, national currency)', 'Budget de la défense cette année (millions, monnaie nationale)', '[]'),
  (1, 'B2', 'BUDGET', 2, 'NUMBER', 'Defence budget as a share of GDP (%)', 'Budget de la défense en part du PIB (%)', '[]'),
  (1, 'B3', 'BUDGET', 3, 'TEXT', 'Budgetary plans for the next six years', 'Plans budgétaires des six prochaines années', '[]');
grant select on planning_question to entente_app;

-- A partner's participation in PARP or IPAP: requested, then opened (or refused) by a confirmed Council decision.
create table planning_participation (
  id            uuid primary key default gen_random_uuid(),
  partner       text not null,
  tool          text not null check (tool in ('PARP', 'IPAP')),
  status        text not null default 'REQUESTED' check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
  decision      text,
  decided_on    date,
  requested_by  text not null,
  requested_at  timestamptz not null default now(),
  check (status = 'REQUESTED' or (decision is not null and decided_on is not null))
);
create unique index planning_one_participation on planning_participation (partner, tool) where status <> 'REJECTED';

create table planning_cycle (
  id             uuid primary key default gen_random_uuid(),
  partner        text not null,
  -- the even year of the goals; the assessment follows in year + 1
  year           int not null check (year between 1994 and 2200 and year % 2 = 0),
  status         text not null default 'SURVEY' check (status in ('SURVEY', 'SURVEY_SUBMITTED', 'BILATERAL', 'MULTILATERAL',
                 'AT_COUNCIL', 'GOALS_APPROVED', 'ASSESSMENT', 'ASSESSMENT_AGREED')),
  question_set   int not null,
  -- the package of partnership goals as it stands: [{code, title, description, area, targetDate, carriedFrom}]
  goals          jsonb not null default '[]',
  goals_version  int not null default 0,
  -- the assessment: [{goal, rating, narrative}]
  assessment     jsonb not null default '[]',
  previous       uuid references planning_cycle (id),
  decision       text,
  approved_on    date,
  created_by     text not null,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  unique (partner, year),
  check (status not in ('GOALS_APPROVED', 'ASSESSMENT', 'ASSESSMENT_AGREED') or decision is not null)
);

create function planning_legal_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (select 1 from planning_transition
      where machine = tg_argv[0] and from_status = old.status and to_status = new.status) then
    raise exception 'illegal % move % -> %', lower(tg_argv[0]), old.status, new.status using errcode = '23514';
  end if;
  return new;
end $$;
create trigger planning_cycle_legal_move before update of status on planning_cycle
  for each row execute function planning_legal_move('CYCLE');

create table planning_answer (
  cycle       uuid not null references planning_cycle (id),
  question    text not null,
  -- copied from the question: the budget section is read by the partner and staff only
  section     text not null check (section in ('FORCES', 'PLANS', 'BUDGET')),
  value       text not null check (length(value) between 1 and 4000),
  updated_by  text not null,
  updated_at  timestamptz not null default now(),
  primary key (cycle, question)
);

-- every frozen package: when the talks open, move on, and go to the Council
create table planning_goals_version (
  cycle      uuid not null references planning_cycle (id),
  number     int not null check (number >= 1),
  stage      text not null,
  goals      jsonb not null,
  frozen_by  text not null,
  frozen_at  timestamptz not null default now(),
  primary key (cycle, number)
);

create table planning_comment (
  id          uuid primary key default gen_random_uuid(),
  cycle       uuid not null references planning_cycle (id),
  version     int not null,
  section     text not null check (section ~ '^(general|survey|goals|assessment|section:(FORCES|PLANS|BUDGET)|goal:[A-Z0-9-]{2,16})$'),
  parent      uuid references planning_comment (id),
  author      text not null,
  written_at  timestamptz not null default now(),
  body        text not null check (length(body) between 1 and 10000)
);
create index planning_comment_by_cycle on planning_comment (cycle, written_at);

-- the cycle's history as its partner sees it (the audit trail says the same for auditors)
create table planning_move (
  id          bigint generated always as identity primary key,
  cycle       uuid not null references planning_cycle (id),
  from_status text,
  to_status   text not null,
  moved_by    text not null,
  moved_at    timestamptz not null default now(),
  note        text check (length(note) <= 4000)
);
create index planning_move_by_cycle on planning_move (cycle, id);

-- Need-to-know: a partner's planning for its own coordinators, Alliance staff, the Council's secretariat and the
-- Allies' coordinators (who discuss and approve the goals); never another partner. The survey's budget section for
-- the partner and staff only; Allies read the survey once submitted.
create function planning_caller_is_ally() returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

create function planning_sees(p text) returns boolean language sql stable as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or p = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
       or (select planning_caller_is_ally()) $$;

create function planning_own(p text) returns boolean language sql stable as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF']))
       or p = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]) $$;

create function planning_cycle_sees(c uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from planning_cycle y where y.id = c and planning_sees(y.partner)) $$;

create function planning_cycle_own(c uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from planning_cycle y where y.id = c and planning_own(y.partner)) $$;

create function planning_reads_answer(c uuid, s text) returns boolean language sql stable security definer set search_path = public as
$$ select planning_cycle_own(c)
       or (s <> 'BUDGET' and exists (select 1 from planning_cycle y where y.id = c and y.status <> 'SURVEY' and planning_sees(y.partner))) $$;

alter table planning_participation enable row level security;
alter table planning_participation force row level security;
create policy planning_participation_read on planning_participation for select using (planning_sees(partner));
create policy planning_participation_ask on planning_participation for insert with check (planning_own(partner));
-- decided as the Council's confirmation takes effect (by the confirming member of the secretariat)
create policy planning_participation_decide on planning_participation for update using (
  (select app_is_system()) or (select app_has_any_role(array['COUNCIL_SECRETARIAT'])));

alter table planning_cycle enable row level security;
alter table planning_cycle force row level security;
create policy planning_cycle_read on planning_cycle for select using (planning_sees(partner));
create policy planning_cycle_open on planning_cycle for insert with check ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy planning_cycle_change on planning_cycle for update using (
  planning_own(partner) or (select app_has_any_role(array['COUNCIL_SECRETARIAT'])));

alter table planning_answer enable row level security;
alter table planning_answer force row level security;
create policy planning_answer_read on planning_answer for select using (planning_reads_answer(cycle, section));
create policy planning_answer_write on planning_answer for insert with check (planning_cycle_own(cycle) and updated_by = (select current_setting('app.username', true)));
create policy planning_answer_change on planning_answer for update using (planning_cycle_own(cycle));
create policy planning_answer_remove on planning_answer for delete using (planning_cycle_own(cycle));

alter table planning_goals_version enable row level security;
alter table planning_goals_version force row level security;
create policy planning_goals_version_read on planning_goals_version for select using (planning_cycle_sees(cycle));
create policy planning_goals_version_freeze on planning_goals_version for insert with check (planning_cycle_own(cycle));

alter table planning_comment enable row level security;
alter table planning_comment force row level security;
create policy planning_comment_read on planning_comment for select using (planning_cycle_sees(cycle));
create policy planning_comment_write on planning_comment for insert
  with check (planning_cycle_sees(cycle) and author = (select current_setting('app.username', true)));

alter table planning_move enable row level security;
alter table planning_move force row level security;
create policy planning_move_read on planning_move for select using (planning_cycle_sees(cycle));
create policy planning_move_write on planning_move for insert with check (planning_cycle_sees(cycle)
  and moved_by = (select current_setting('app.username', true)) or (select app_is_system()));

grant select, insert, update on planning_participation, planning_cycle to entente_app;
grant select, insert, update, delete on planning_answer to entente_app;
grant select, insert on planning_goals_version, planning_comment, planning_move to entente_app;
