-- Prioritising scarce seats (issue 19), step 2: the weights of the seven considerations (0–10 each), a versioned
-- set proposed by staff and in force only by a confirmed Council decision (para 17's review); never edited in
-- place: a new set supersedes the one in force.

-- The legal moves of every machine of the module (weight sets here; allocation runs next), as one table;
-- Java says the same with who may make each move, and a trigger refuses any other.
create table prioritisation_transition (
  machine      text not null,
  from_status  text not null,
  to_status    text not null,
  primary key (machine, from_status, to_status)
);
insert into prioritisation_transition (machine, from_status, to_status) values
  ('WEIGHTS', 'PROPOSED', 'IN_FORCE'), ('WEIGHTS', 'PROPOSED', 'REJECTED'), ('WEIGHTS', 'PROPOSED', 'WITHDRAWN'),
  ('WEIGHTS', 'IN_FORCE', 'SUPERSEDED');
grant select on prioritisation_transition to entente_app;

create function prioritisation_legal_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (select 1 from prioritisation_transition
      where machine = tg_argv[0] and from_status = old.status and to_status = new.status) then
    raise exception 'illegal % move % -> %', lower(tg_argv[0]), old.status, new.status using errcode = '23514';
  end if;
  return new;
end $$;

create table prioritisation_weights (
  id            uuid primary key default gen_random_uuid(),
  number        bigint generated always as identity unique,
  -- by Consideration's ordinal: ASPIRATION, VALUES_AND_REFORMS, OPERATIONS, STRATEGIC_IMPORTANCE, BILATERAL_FRAMEWORK,
  -- SELF_FINANCING, PRIORITY_AREA
  weights       int[] not null check (cardinality(weights) = 7 and 0 <= all (weights) and 10 >= all (weights)),
  status        text not null default 'PROPOSED' check (status in ('PROPOSED', 'IN_FORCE', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED')),
  reason_en     text check (length(reason_en) between 1 and 4000),
  reason_fr     text check (length(reason_fr) between 1 and 4000),
  proposed_by   text not null,
  proposed_at   timestamptz not null default now(),
  decision      text,
  decided_on    date,
  check (reason_en is not null or reason_fr is not null),
  check (status not in ('IN_FORCE', 'SUPERSEDED', 'REJECTED') or (decision is not null and decided_on is not null))
);
-- one proposal before the Council at a time, one set in force
create unique index prioritisation_weights_one_proposed on prioritisation_weights ((true)) where status = 'PROPOSED';
create unique index prioritisation_weights_one_in_force on prioritisation_weights ((true)) where status = 'IN_FORCE';
create trigger prioritisation_weights_legal_move before update of status on prioritisation_weights
  for each row execute function prioritisation_legal_move('WEIGHTS');

-- Need-to-know: the weights are the Alliance's rule, not a nation's data: every signed-in person reads them (a
-- nation reads the rule its seats are decided by). Staff propose and withdraw; the Council's secretariat puts a
-- set in force as its confirmation takes effect.
alter table prioritisation_weights enable row level security;
alter table prioritisation_weights force row level security;
create policy prioritisation_weights_read on prioritisation_weights for select using ((select app_is_system()) or (select app_user_id()) is not null);
create policy prioritisation_weights_propose on prioritisation_weights for insert with check (
  (select app_is_system()) or ((select app_has_any_role(array['STAFF'])) and proposed_by = (select current_setting('app.username', true))));
create policy prioritisation_weights_change on prioritisation_weights for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT'])));

grant select, insert, update on prioritisation_weights to entente_app;
