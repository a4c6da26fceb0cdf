-- The Council's decisions register. A record takes effect only when a second secretariat member confirms
-- what the first proposed (four eyes); the database refuses a confirmation by the proposer as well.
create table council_decision (
  id            uuid primary key default gen_random_uuid(),
  reference     text not null unique check (reference ~ '^[A-Z0-9][A-Z0-9()/.-]{2,39}$'),
  decided_on    date not null,
  subject_type  text not null check (subject_type in ('PROGRAMME', 'ELIGIBILITY', 'CONSULTATION', 'TRUST_FUND', 'OTHER')),
  subject_id    text,
  -- the nations the decision concerns: who besides Allies may read it once confirmed
  concerns      text[] not null default '{}',
  outcome       text not null check (outcome in ('APPROVED', 'NOTED', 'DEFERRED', 'REJECTED')),
  text_en       text,
  text_fr       text,
  status        text not null default 'PROPOSED' check (status in ('PROPOSED', 'CONFIRMED')),
  proposed_by   text not null,
  proposed_at   timestamptz not null default now(),
  confirmed_by  text,
  confirmed_at  timestamptz,
  check (text_en is not null or text_fr is not null),
  check ((status = 'CONFIRMED') = (confirmed_by is not null and confirmed_at is not null)),
  check (confirmed_by is null or confirmed_by <> proposed_by)
);
create index council_decision_subject on council_decision (subject_type, subject_id);

-- what other modules asked the Council to decide, until a confirmed decision settles it
create table council_request (
  subject_type  text not null,
  subject_id    text not null,
  concerns      text[] not null default '{}',
  title_en      text,
  title_fr      text,
  requested_by  text not null,
  requested_at  timestamptz not null default now(),
  settled_by    uuid references council_decision (id),
  primary key (subject_type, subject_id)
);

-- Who reads: the secretariat, staff and administrators everything, proposals included; once confirmed,
-- Allies' coordinators every decision, a partner's coordinators those that concern it, provider managers
-- the eligibility decisions they cite on the menu.
create function council_caller_is_ally() returns boolean language sql stable as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

alter table council_decision enable row level security;
alter table council_decision force row level security;
create policy council_decision_read on council_decision for select using (
  (select app_is_system())
  or (select app_has_any_role(array['COUNCIL_SECRETARIAT', 'STAFF', 'ADMIN']))
  or (status = 'CONFIRMED' and (
        (select council_caller_is_ally())
     or concerns && (select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]
     or (subject_type = 'ELIGIBILITY' and cardinality((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]) > 0))));
create policy council_decision_propose on council_decision for insert
  with check ((select app_has_any_role(array['COUNCIL_SECRETARIAT'])) and status = 'PROPOSED'
              and proposed_by = (select current_setting('app.username', true)));
create policy council_decision_confirm on council_decision for update
  using ((select app_has_any_role(array['COUNCIL_SECRETARIAT'])) and status = 'PROPOSED')
  with check (confirmed_by = (select current_setting('app.username', true)));
create policy council_decision_withdraw on council_decision for delete
  using (status = 'PROPOSED' and proposed_by = (select current_setting('app.username', true)));

alter table council_request enable row level security;
alter table council_request force row level security;
create policy council_request_read on council_request for select using (
  (select app_is_system()) or (select app_has_any_role(array['COUNCIL_SECRETARIAT', 'STAFF']))
  or concerns && (select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]);
-- asked on behalf of the nations concerned or by staff; settled by the secretariat
create policy council_request_ask on council_request for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['COUNCIL_SECRETARIAT', 'STAFF']))
  or concerns && (select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]);
create policy council_request_again on council_request for update using (
  (select app_is_system()) or (select app_has_any_role(array['COUNCIL_SECRETARIAT', 'STAFF']))
  or concerns && (select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]);

-- a subject taken back before the Council decided (a programme returned to its partner) leaves the agenda
create policy council_request_taken_back on council_request for delete using (
  (select app_is_system()) or (select app_has_any_role(array['COUNCIL_SECRETARIAT', 'STAFF']))
  or concerns && (select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]);

grant select, insert, update, delete on council_decision to entente_app;
grant select, insert, update, delete on council_request to entente_app;
