-- Links of partnership goals (issue 17, items 2 and 5): the menu activities that serve a goal (and, optionally, the
-- line of the partner's programme that plans the activity), and the declared OCC units the goal concerns.
create table planning_goal_link (
  id          uuid primary key default gen_random_uuid(),
  cycle       uuid not null references planning_cycle (id),
  goal        text not null check (goal ~ '^[A-Z0-9][A-Z0-9-]{1,15}$'),
  kind        text not null check (kind in ('ACTIVITY', 'UNIT')),
  activity    text,
  programme   uuid,
  unit        uuid,
  created_by  text not null,
  created_at  timestamptz not null default now(),
  check ((kind = 'ACTIVITY' and activity is not null and unit is null)
      or (kind = 'UNIT' and unit is not null and activity is null and programme is null))
);
create unique index planning_goal_link_once on planning_goal_link (cycle, goal, kind, coalesce(activity, ''), coalesce(unit::text, ''));
create index planning_goal_link_by_unit on planning_goal_link (unit) where unit is not null;

-- read as the cycle is read (the partner, staff, the secretariat, the Allies' coordinators); made and removed by the
-- partner's coordinators and staff
alter table planning_goal_link enable row level security;
alter table planning_goal_link force row level security;
create policy planning_goal_link_read on planning_goal_link for select using (planning_cycle_sees(cycle));
create policy planning_goal_link_make on planning_goal_link for insert
  with check (planning_cycle_own(cycle) and created_by = (select current_setting('app.username', true)));
create policy planning_goal_link_remove on planning_goal_link for delete using (planning_cycle_own(cycle));

grant select, insert, delete on planning_goal_link to entente_app;
