-- The audit trail: append-only, hash-chained. hash = SHA-256(previous hash ‖ canonical record), computed
-- by the application (AuditChain) so that the verifier does not trust the database to check itself.

create table audit_record (
  seq           bigint primary key check (seq > 0),
  at            timestamptz not null,
  actor         text not null,
  organisation  text,
  action        text not null,
  entity_type   text,
  entity_id     text,
  summary       text not null,
  request_id    text,
  previous_hash char(64) not null,
  hash          char(64) not null unique
);
create index audit_record_at on audit_record (at);
create index audit_record_actor on audit_record (actor);
create index audit_record_entity on audit_record (entity_type, entity_id);

-- The head of the chain: its last record. Appends lock this row, which orders them; it also reveals a
-- record deleted from the end of the chain, which the chain alone could not.
create table audit_head (
  id   boolean primary key default true check (id),
  seq  bigint not null,
  hash char(64) not null
);
insert into audit_head (seq, hash) values (0, repeat('0', 64));

create function audit_refuse_change() returns trigger language plpgsql as
$$ begin raise exception 'the audit trail is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$;

create trigger audit_record_append_only before update or delete on audit_record
  for each row execute function audit_refuse_change();
create trigger audit_record_no_truncate before truncate on audit_record
  for each statement execute function audit_refuse_change();

alter table audit_record enable row level security;
alter table audit_record force row level security;
-- anyone's work is recorded; only auditors (and the system's own verification) read it back
create policy audit_record_append on audit_record for insert with check (true);
create policy audit_record_read on audit_record for select
  using ((select app_is_system()) or (select app_has_any_role(array['AUDITOR'])));

grant select, insert on audit_record to entente_app;
grant select, update on audit_head to entente_app;
