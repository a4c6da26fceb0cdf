-- The same work as the application's nominate-and-decide, as raw SQL: two transactions, each as the
-- application runs it (the non-owner role, the caller's context for row-level security): a nomination
-- with its notice in the outbox; then, under the event's lock, the confirmation (the trigger counts the
-- seat against the counter rows' CHECK) with its notice. Not included: the audit trail's hash chain
-- (computed in Java) and the reads the service makes to check eligibility and the window. (chr(58) is ":",
-- which pgbench would take for a variable inside a literal.)
-- A client that has run out of pairs (a fast machine, a short smoke run) waits instead of aborting the run; the
-- figure is counted from the confirmations in the database, so its empty turns add nothing.
select nextval('bench.pair_seq') as n \gset
select (p.n is null)::int as ran_out, coalesce(p.event_id::text, '') as event, coalesce(p.participant::text, '') as participant,
       coalesce(p.nation, '') as nation
  from (select 1) as one left join bench.pairs p on p.n = :n \gset
\if :ran_out
\sleep 5 ms
\else
begin;
set local role entente_app;
select set_config('app.user_id', :user_id, true), set_config('app.username', :username, true), set_config('app.grants', :grants, true) \gset
insert into registration_nomination (event_id, activity, provider, nation, frameworks, participant, state, nominated_by, nominated_at, changed_at)
  select i.event_id, i.activity, i.provider, :nation, '{}', :participant, 'NOMINATED', :username, now(), now()
  from registration_invitation i where i.event_id = :event
  returning id \gset
insert into notifications_outbox (audience, email, language, subject_key, body_key, arguments, created_at, next_attempt_at)
  values (array['NSO' || chr(58) || 'PROVIDER_MANAGER'], 'bench@example.org', 'en', 'registration.notice.NOMINATED.subject',
          'registration.notice.NOMINATED.body', array['x', 'y', 'z', ''], now(), now());
commit;
begin;
set local role entente_app;
select set_config('app.user_id', :user_id, true), set_config('app.username', :username, true), set_config('app.grants', :grants, true) \gset
select registration_lock_event(:event);
select state from registration_nomination where id = :id \gset
update registration_nomination set state = 'CONFIRMED', changed_at = now() where id = :id;
insert into notifications_outbox (audience, email, language, subject_key, body_key, arguments, created_at, next_attempt_at)
  values (array[:nation || chr(58) || 'NATIONAL_COORDINATOR'], 'bench@example.org', 'en', 'registration.notice.CONFIRMED.subject',
          'registration.notice.CONFIRMED.body', array['x', 'y', 'z', ''], now(), now());
commit;
\endif
