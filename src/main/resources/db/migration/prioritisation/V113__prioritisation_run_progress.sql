-- Prioritising scarce seats (issue 19, item 5): long work shows progress. A run is solved in the background by one
-- instance (it holds the run's advisory lock, database.ClusterJobs, for the length of the solve); the row keeps the
-- whole input, so that any instance can solve it again if the one solving it dies (its lock goes with its
-- connection; every instance's sweep re-claims QUEUED or SOLVING runs whose lock is free), and the best score so
-- far with the time spent, from the solver's best-solution events. Stop ends the solve early, keeping the best.
alter table prioritisation_run
  -- the solver's whole input: events, nominations with their values and order, and what a page shows of each
  add column problem         jsonb,
  add column limit_millis    bigint not null default 5000 check (limit_millis between 100 and 3600000),
  add column spent_millis    bigint check (spent_millis >= 0),
  add column best_hard       bigint,
  add column best_soft       bigint,
  add column progress_at     timestamptz,
  add column stop_requested  boolean not null default false,
  -- a what-if run: the same input solved with another weight set (the proposed one), beside the run it compares to
  add column compares_to     uuid references prioritisation_run (id);

-- a batch (all oversubscribed events of a provider in a date range) may hold many more than twenty events
alter table prioritisation_run drop constraint prioritisation_run_events_check;
alter table prioritisation_run add constraint prioritisation_run_events_check check (cardinality(events) between 1 and 20000);

-- the background solver works as the system (a run re-claimed after an instance died has no caller any more)
drop policy prioritisation_run_move_write on prioritisation_run_move;
create policy prioritisation_run_move_write on prioritisation_run_move for insert with check (
  (select app_is_system())
  or (prioritisation_run_provider_reads(run) and moved_by = (select current_setting('app.username', true))));
