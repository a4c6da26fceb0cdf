-- Per-writer chains. One head row locked by every audited transaction until its commit made every change of
-- state in the system wait for the previous one's commit to be flushed to disk (bench/registration/run:
-- the API reached a tenth of the same SQL without the audit trail). The trail is now sixteen chains: an
-- append takes the first head that no other transaction holds (FOR UPDATE SKIP LOCKED), so up to sixteen
-- audited transactions commit together, each chain still strictly ordered by its head's lock.
--
-- What stays: every record is in exactly one chain; hash = SHA-256(previous hash of its chain ‖ canonical record);
-- each chain has a head (its last record's link, number and hash), so a record cut from the end of any chain is
-- found; the set of chains is fixed (0–15, a CHECK and the verifier's count), so a chain cannot vanish unseen
-- unless its head is rewritten too — the power that could already rewrite the single chain before.
-- What changes: seq is a global order number from a sequence (a rolled-back transaction leaves a gap, harmless:
-- continuity is checked per chain on link); the records already written are chain 0 and their link is their seq
-- (link left null: the trail is not rewritten, and their hash keeps its canonical form).

alter table audit_record
  add column chain smallint not null default 0 check (chain between 0 and 15),
  add column link bigint check (link > 0);
create unique index audit_record_chain_link on audit_record (chain, (coalesce(link, seq)));

create sequence audit_record_seq;
select setval('audit_record_seq', coalesce((select max(seq) from audit_record), 1), exists (select from audit_record));
grant usage on sequence audit_record_seq to entente_app;

alter table audit_head drop constraint audit_head_pkey;
alter table audit_head drop column id;
alter table audit_head add column chain smallint, add column link bigint;
update audit_head set chain = 0, link = seq;
alter table audit_head alter column chain set not null, alter column link set not null,
  add primary key (chain), add check (chain between 0 and 15), add check (link >= 0);
insert into audit_head (chain, seq, link, hash) select c, 0, 0, repeat('0', 64) from generate_series(1, 15) c;
-- seq: the number of the chain's last record (0 before its first)
comment on table audit_head is 'the head of each of the audit trail''s sixteen chains: its last record''s link, seq and hash';
