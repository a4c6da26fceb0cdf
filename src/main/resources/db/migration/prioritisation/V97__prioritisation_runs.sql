-- Prioritising scarce seats (issue 19), step 3: allocation runs. A provider (or staff) runs the solver on one event
-- or several overlapping ones with more pending nominations than free seats; the run is saved with its inputs (the
-- weights, the profiles' date, each event's seats and quotas) and each nomination's outcome and explanation, beside
-- first come, first served. Applying it moves the nominations through the registration service.
insert into prioritisation_transition (machine, from_status, to_status) values
  ('RUN', 'QUEUED', 'SOLVING'), ('RUN', 'QUEUED', 'DISCARDED'), ('RUN', 'SOLVING', 'PROPOSED'), ('RUN', 'PROPOSED', 'APPLIED'),
  ('RUN', 'PROPOSED', 'DISCARDED');

create table prioritisation_run (
  id              uuid primary key,
  provider        text not null,
  events          uuid[] not null check (cardinality(events) between 1 and 20),
  status          text not null default 'QUEUED' check (status in ('QUEUED', 'SOLVING', 'PROPOSED', 'APPLIED', 'DISCARDED')),
  weights         int[] not null check (cardinality(weights) = 7),
  -- the Council-confirmed set used, or null for the baseline
  weights_number  bigint,
  profiles_on     date not null,
  -- each event as the solver saw it: [{id, label, free, startsOn, endsOn, nationQuota, frameworkQuotas, priorityArea}]
  input           jsonb not null default '[]',
  free_seats      int not null check (free_seats >= 0),
  pending         int not null check (pending >= 0),
  hard            bigint,
  soft            bigint,
  first_come_soft bigint,
  started_by      text not null,
  started_at      timestamptz not null default now(),
  solve_millis    bigint
);
create index prioritisation_run_by_provider on prioritisation_run (provider, started_at desc);
create trigger prioritisation_run_legal_move before update of status on prioritisation_run
  for each row execute function prioritisation_legal_move('RUN');

-- each pending nomination's outcome and explanation
create table prioritisation_run_outcome (
  run               uuid not null references prioritisation_run (id),
  -- the run's provider again, so that the policy reads the row alone (no function reading the run: no recursion)
  provider          text not null,
  nomination        uuid not null,
  event             uuid not null,
  nation            text not null,
  participant_name  text not null,
  rank              int not null,
  state_before      text not null,
  seated            boolean not null,
  first_come        boolean not null,
  reason            text not null check (reason in ('SEATED', 'ONE_SEAT_PER_PERSON', 'NATION_QUOTA', 'FRAMEWORK_QUOTA', 'NATION_ORDER', 'OUTWEIGHED')),
  worth             bigint not null,
  terms             bigint[] not null check (cardinality(terms) = 7),
  threshold         bigint not null,
  detail            text,
  primary key (run, nomination)
);
create index prioritisation_run_outcome_by_nation on prioritisation_run_outcome (nation, run);

create table prioritisation_run_move (
  id           bigint generated always as identity primary key,
  run          uuid not null references prioritisation_run (id),
  from_status  text,
  to_status    text not null,
  moved_by     text not null,
  moved_at     timestamptz not null default now()
);

-- Need-to-know: a run is for staff and the Council's secretariat, and for the provider whose events it allocates;
-- a nation reads a run only through its own nominations' outcomes (never another nation's, nor the list of nations).
create function prioritisation_runs_own(p text) returns boolean language sql stable as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF']))
       or p = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]) $$;

create function prioritisation_run_provider_reads(r uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from prioritisation_run x where x.id = r and (prioritisation_runs_own(x.provider)
                  or (select app_has_any_role(array['COUNCIL_SECRETARIAT'])))) $$;

create function prioritisation_run_has_own_nation(r uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from prioritisation_run_outcome o where o.run = r
                  and o.nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])) $$;

alter table prioritisation_run enable row level security;
alter table prioritisation_run force row level security;
create policy prioritisation_run_read on prioritisation_run for select using (
  prioritisation_runs_own(provider) or (select app_has_any_role(array['COUNCIL_SECRETARIAT'])) or prioritisation_run_has_own_nation(id));
create policy prioritisation_run_start on prioritisation_run for insert with check (prioritisation_runs_own(provider));
create policy prioritisation_run_change on prioritisation_run for update using (prioritisation_runs_own(provider));

alter table prioritisation_run_outcome enable row level security;
alter table prioritisation_run_outcome force row level security;
create policy prioritisation_run_outcome_read on prioritisation_run_outcome for select using (
  prioritisation_runs_own(provider) or (select app_has_any_role(array['COUNCIL_SECRETARIAT']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));
create policy prioritisation_run_outcome_write on prioritisation_run_outcome for insert with check (prioritisation_runs_own(provider));

alter table prioritisation_run_move enable row level security;
alter table prioritisation_run_move force row level security;
create policy prioritisation_run_move_read on prioritisation_run_move for select using (
  prioritisation_run_provider_reads(run) or prioritisation_run_has_own_nation(run));
create policy prioritisation_run_move_write on prioritisation_run_move for insert with check (
  prioritisation_run_provider_reads(run) and moved_by = (select current_setting('app.username', true)));

grant select, insert, update on prioritisation_run to entente_app;
grant select, insert on prioritisation_run_outcome, prioritisation_run_move to entente_app;
