-- The application's own statements for one nominate-and-decide pair, run raw: the same four transactions the
-- API runs (each request's token checked as the system in a transaction of its own, then the request's work in
-- the caller's context), the same statements in the same order as pg_stat_statements shows them for the API
-- (bench/registration/run --statements), with the values the service computes in Java computed here:
-- the nation's frameworks on the day (from the memberships the service reads), the audit record's hash
-- (SHA-256 in SQL over the same fields), the notice's arguments. Its events are opened before the run, as the
-- first nomination of an event opens it. What it leaves out is the application itself:
-- HTTP, JSON, Spring, the JVM, the connection pool. So API / this = what the application costs over its own SQL;
-- API / nominate.sql = what the application and its checks cost over the bare transaction.
-- (chr(58) is ":", which pgbench would take for a variable inside a literal.)
select nextval('bench.pair_seq') as n \gset
select (p.n is null)::int as ran_out, coalesce(p.event_id::text, '') as event, coalesce(p.participant::text, '') as participant,
       coalesce(p.nation, '') as nation
  from (select 1) as one left join bench.pairs p on p.n = :n \gset
\if :ran_out
\sleep 5 ms
\else
-- 1. POST /events/{id}/nominations: the token
begin;
set local role entente_app;
select set_config('app.system', 'on', true), set_config('app.system_reason', 'token check', true);
select u.id, u.username,
       coalesce((select array_agg(m.organisation || chr(58) || m.role order by m.organisation, m.role)
                   from identity_membership m where m.user_id = u.id), '{}') as grants
  from identity_token t join identity_user u on u.id = t.user_id
 where t.hash = :token_hash and t.revoked_at is null and t.expires_at > now() and u.enabled \gset tok_
commit;
-- 2. the nomination
begin;
set local role entente_app;
select set_config('app.user_id', :user_id, true), set_config('app.username', :username, true), set_config('app.grants', :grants, true);
select e.activity, e.seats, e.starts_on, e.ends_on, e.nominations_open, e.nominations_close, e.nation_quota, e.status,
       a.title_en, a.title_fr, a.provider
  from catalogue_event e join catalogue_activity a on a.code = e.activity where e.id = :event \gset ev_
select * from registration_participant where id = :participant;
select * from (select o.code, o.name_en, o.name_fr, o.ally_from, o.belongs_to, o.source, o.evidence,
                      f.name_en as former_en, f.name_fr as former_fr,
                      case when o.kind <> 'NATION' then o.kind
                           when o.ally_from <= cast(current_date as date) then 'ALLY'
                           when exists (select 1 from directory_membership m
                                        where m.organisation = o.code and m.valid_from <= cast(current_date as date)
                                          and (m.valid_to is null or m.valid_to > cast(current_date as date))) then 'PARTNER'
                      end as kind_on
                 from directory_organisation o
                 left join directory_former_name f
                   on f.organisation = o.code and (f.valid_from is null or f.valid_from <= cast(current_date as date))
                  and f.valid_to > cast(current_date as date)) o
 where code = :nation;
-- the memberships as the service reads them, its frameworks on the day (computed in Java there) folded in
select coalesce(array_agg(distinct framework) filter (where valid_from <= current_date and (valid_to is null or valid_to > current_date)),
                '{}') as frameworks
  from (select organisation, framework, valid_from, valid_to, status from directory_membership
         where organisation = any(array[:nation]) order by valid_from, framework) m \gset
select i.*,
       array(select q.framework from registration_quota q where q.event_id = i.event_id order by q.framework) as quota_frameworks,
       array(select q.seats from registration_quota q where q.event_id = i.event_id order by q.framework) as quota_seats
  from registration_invitation i where i.event_id = :event;
select * from catalogue_activity where code = :ev_activity;
with n as (insert into registration_nomination (id, event_id, activity, provider, nation, frameworks, participant, state,
                                               nominated_by, nominated_at, changed_at)
           values (gen_random_uuid(), :event, :ev_activity, :ev_provider, :nation, :frameworks, :participant, 'NOMINATED',
                   :username, now(), now()) returning *)
select n.id, n.state, p.family_name || ', ' || p.given_name as participant_name
  from n join registration_participant p on p.id = n.participant \gset nom_
select h.chain, h.link, h.hash, nextval('audit_record_seq') as next
  from (select chain, link, seq, hash from audit_head order by chain for update skip locked limit 1) h \gset head_
with r as (select :head_next::bigint as seq, now() as at, :username::text as actor, 'IS' as organisation,
                  'NOMINATION_RECEIVED' as action, 'nomination' as entity_type, :nom_id::text as entity_id,
                  json_build_object('event', :event::text, 'nation', :nation::text, 'participant', :participant::text)::text as summary,
                  :head_chain::int as chain, :head_link::bigint + 1 as link),
     h as (select r.*, encode(sha256(convert_to(concat_ws('|', :head_hash::text, r.seq, r.at, r.actor, r.organisation, r.action,
                  r.entity_type, r.entity_id, r.summary, r.chain, r.link), 'UTF8')), 'hex') as hash from r),
     record as (insert into audit_record (seq, at, actor, organisation, action, entity_type, entity_id, summary, request_id,
                                          previous_hash, hash, chain, link)
                select seq, at, actor, organisation, action, entity_type, entity_id, summary, null, :head_hash::text, hash, chain, link from h)
update audit_head set link = h.link, seq = h.seq, hash = h.hash from h where audit_head.chain = h.chain;
select * from registration_notice_facts(:nom_id) \gset f_
insert into notifications_outbox (audience, email, language, subject_key, body_key, arguments, link, once_key, created_at, next_attempt_at)
  values (array[:f_provider || chr(58) || 'PROVIDER_MANAGER'], :f_email, :f_language, 'registration.notice.NOMINATED.subject',
          'registration.notice.NOMINATED.body', array[:f_participant_name, :f_title_en || ' / ' || :f_title_fr, :f_starts_on, ''],
          '/registration/events/' || :event, null, now(), now());
commit;
-- 3. POST /nominations/{id}/transitions: the token
begin;
set local role entente_app;
select set_config('app.system', 'on', true), set_config('app.system_reason', 'token check', true);
select u.id, u.username,
       coalesce((select array_agg(m.organisation || chr(58) || m.role order by m.organisation, m.role)
                   from identity_membership m where m.user_id = u.id), '{}') as grants
  from identity_token t join identity_user u on u.id = t.user_id
 where t.hash = :token_hash and t.revoked_at is null and t.expires_at > now() and u.enabled \gset tok_
commit;
-- 4. the decision, under the event's lock
begin;
set local role entente_app;
select set_config('app.user_id', :user_id, true), set_config('app.username', :username, true), set_config('app.grants', :grants, true);
select event_id, registration_lock_event(event_id) from registration_nomination where id = :nom_id \gset lock_
select n.state, p.family_name || ', ' || p.given_name as participant_name, i.starts_on
  from registration_nomination n join registration_participant p on p.id = n.participant
       join registration_invitation i on i.event_id = n.event_id where n.id = :nom_id \gset cur_
with n as (update registration_nomination set state = 'CONFIRMED', changed_at = now() where id = :nom_id returning *)
select n.id, n.state, p.family_name || ', ' || p.given_name as participant_name
  from n join registration_participant p on p.id = n.participant \gset moved_
select h.chain, h.link, h.hash, nextval('audit_record_seq') as next
  from (select chain, link, seq, hash from audit_head order by chain for update skip locked limit 1) h \gset head_
with r as (select :head_next::bigint as seq, now() as at, :username::text as actor, 'IS' as organisation,
                  'NOMINATION_MOVED' as action, 'nomination' as entity_type, :nom_id::text as entity_id,
                  json_build_object('from', 'NOMINATED', 'to', 'CONFIRMED')::text as summary,
                  :head_chain::int as chain, :head_link::bigint + 1 as link),
     h as (select r.*, encode(sha256(convert_to(concat_ws('|', :head_hash::text, r.seq, r.at, r.actor, r.organisation, r.action,
                  r.entity_type, r.entity_id, r.summary, r.chain, r.link), 'UTF8')), 'hex') as hash from r),
     record as (insert into audit_record (seq, at, actor, organisation, action, entity_type, entity_id, summary, request_id,
                                          previous_hash, hash, chain, link)
                select seq, at, actor, organisation, action, entity_type, entity_id, summary, null, :head_hash::text, hash, chain, link from h)
update audit_head set link = h.link, seq = h.seq, hash = h.hash from h where audit_head.chain = h.chain;
select * from registration_notice_facts(:nom_id) \gset f_
insert into notifications_outbox (audience, email, language, subject_key, body_key, arguments, link, once_key, created_at, next_attempt_at)
  values (array[:f_nation || chr(58) || 'NATIONAL_COORDINATOR'], :f_email, :f_language, 'registration.notice.CONFIRMED.subject',
          'registration.notice.CONFIRMED.body', array[:f_participant_name, :f_title_en || ' / ' || :f_title_fr, :f_starts_on, ''],
          '/registration/events/' || :event, null, now(), now());
commit;
\endif
