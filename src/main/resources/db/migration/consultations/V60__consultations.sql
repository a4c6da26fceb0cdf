-- "Allies + n" consultations (2011 partnership policy, paras 7a, 8 and 11): requested by a partner's or an
-- Ally's coordinator or by staff, approved by a confirmed Council decision that names the participants, then
-- scheduled, held, summarised and closed. The whole record (rationale, agenda, attendance, minutes) is for
-- the requester, the approved participants, Allies once approved, staff and the secretariat; other partners
-- read only consultations_public_record: that a consultation took place, its date, format, subject and the
-- public summary once shared.
create table consultations_consultation (
  id                  uuid primary key default gen_random_uuid(),
  requester           text not null,
  requested_by        text not null,
  subject_en          text,
  subject_fr          text,
  rationale_en        text,
  rationale_fr        text,
  format              text not null check (format in ('THEMATIC', 'EVENT_DRIVEN', 'OPERATION_CONTRIBUTORS', 'FRAMEWORK')),
  level               text not null check (level in ('AMBASSADORS', 'MINISTERS', 'EXPERTS')),
  proposed            text[] not null default '{}',
  participants        text[] not null default '{}',
  wished_from         date,
  wished_to           date,
  status              text not null default 'REQUESTED' check (status in ('REQUESTED', 'UNDER_CONSIDERATION', 'APPROVED',
                        'SCHEDULED', 'HELD', 'SUMMARY_SHARED', 'CLOSED', 'REJECTED', 'WITHDRAWN')),
  decision            text,
  reason              text,
  starts_at           timestamp,
  ends_at             timestamp,
  place               text,
  agenda              jsonb not null default '[]',
  attended            text[] not null default '{}',
  minutes             text check (length(minutes) <= 50000),
  summary_en          text,
  summary_fr          text,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  check (subject_en is not null or subject_fr is not null),
  check (wished_to is null or wished_from is null or wished_to >= wished_from),
  check (ends_at is null or ends_at > starts_at),
  -- approved, and everything after, only by a Council decision
  check (status in ('REQUESTED', 'UNDER_CONSIDERATION', 'REJECTED', 'WITHDRAWN') or decision is not null),
  check (status not in ('SCHEDULED', 'HELD', 'SUMMARY_SHARED', 'CLOSED') or (starts_at is not null and place is not null)),
  -- only the approved participants attend
  check (attended <@ participants)
);
create index consultations_by_status on consultations_consultation (status, created_at);

create table consultations_document (
  id            uuid primary key default gen_random_uuid(),
  consultation  uuid not null references consultations_consultation (id),
  filename      text not null check (length(filename) between 1 and 200),
  content       bytea not null,
  size          int not null,
  uploaded_by   text not null,
  uploaded_at   timestamptz not null default now()
);
create index consultations_document_by_consultation on consultations_document (consultation, uploaded_at);

-- what every signed-in reader sees of a consultation that took place (transparency to other partners)
create table consultations_public_record (
  consultation  uuid primary key references consultations_consultation (id),
  subject_en    text,
  subject_fr    text,
  format        text not null,
  held_on       date not null,
  summary_en    text,
  summary_fr    text,
  shared_on     date
);
create index consultations_public_by_date on consultations_public_record (held_on desc);

create function consultations_caller_is_ally() returns boolean language sql stable as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

alter table consultations_consultation enable row level security;
alter table consultations_consultation force row level security;
create policy consultations_read on consultations_consultation for select using (
  (select app_is_system())
  or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
  or requester = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or (decision is not null and (participants && (select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]
                                or (select consultations_caller_is_ally()))));
create policy consultations_request on consultations_consultation for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or (requester = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
      and requested_by = (select current_setting('app.username', true))));
-- the secretariat writes only as the Council's decision takes effect; the requester only withdraws
create policy consultations_change on consultations_consultation for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
  or requester = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));

-- a document is read by whoever reads its consultation (that table's own policy decides)
create function consultations_involved(consultation uuid) returns boolean language sql stable as
$$ select exists (select 1 from consultations_consultation c where c.id = consultation) $$;

alter table consultations_document enable row level security;
alter table consultations_document force row level security;
create policy consultations_document_read on consultations_document for select using (consultations_involved(consultation));
create policy consultations_document_add on consultations_document for insert with check (
  (select app_has_any_role(array['STAFF'])) and consultations_involved(consultation)
  and uploaded_by = (select current_setting('app.username', true)));

alter table consultations_public_record enable row level security;
alter table consultations_public_record force row level security;
create policy consultations_public_read on consultations_public_record for select using (
  (select app_is_system()) or (select app_user_id()) is not null);
create policy consultations_public_write on consultations_public_record for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy consultations_public_change on consultations_public_record for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF'])));

grant select, insert, update on consultations_consultation, consultations_public_record to entente_app;
grant select, insert on consultations_document to entente_app;
