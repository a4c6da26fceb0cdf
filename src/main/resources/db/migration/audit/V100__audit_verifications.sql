-- Each verification of the trail's chains and its result. The auditor's start page reads the last one instead of
-- walking the whole trail on every look (millions of records at 100 times PRIME's volume); the trail is verified
-- every 15 minutes and whenever an auditor asks. Read and written by auditors and the system only.
create table audit_verification (
  id            bigint generated always as identity primary key,
  verified_at   timestamptz not null default now(),
  records       bigint not null check (records >= 0),
  intact        boolean not null,
  broken_at     bigint,
  reason        text,
  requested_by  text,
  check (intact = (broken_at is null))
);
create index audit_verification_latest on audit_verification (verified_at desc);

alter table audit_verification enable row level security;
alter table audit_verification force row level security;
create policy audit_verification_auditors on audit_verification for all
  using ((select app_is_system()) or (select app_has_any_role(array['AUDITOR'])))
  with check ((select app_is_system()) or (select app_has_any_role(array['AUDITOR'])));
grant select, insert on audit_verification to entente_app;
