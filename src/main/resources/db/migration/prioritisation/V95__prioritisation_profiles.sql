-- Prioritising scarce seats (issue 19), step 1: partner profiles. Per partner and date, the six considerations of
-- para 16 that describe a partner, each a value 0–100 with its evidence: derived where Entente knows it (operations
-- from engagement, bilateral bodies from the directory, PARP/IPAP and Building Integrity from planning and
-- integrity) or entered by staff with a reason where a judgement is needed. Never changed in place: a new row per
-- change, the latest one on or before a date is the value on that date (the history is the table itself).
create table prioritisation_profile_value (
  id             bigint generated always as identity primary key,
  partner        text not null check (partner ~ '^[A-Z][A-Z0-9_]{1,15}$'),
  consideration  text not null check (consideration in ('ASPIRATION', 'VALUES_AND_REFORMS', 'OPERATIONS', 'STRATEGIC_IMPORTANCE',
                 'BILATERAL_FRAMEWORK', 'SELF_FINANCING')),
  value          int not null check (value between 0 and 100),
  valid_from     date not null check (valid_from >= date '1994-01-01'),
  source         text not null check (source in ('DERIVED', 'ENTERED')),
  evidence_en    text check (length(evidence_en) between 1 and 4000),
  evidence_fr    text check (length(evidence_fr) between 1 and 4000),
  entered_by     text not null,
  entered_at     timestamptz not null default now(),
  check (evidence_en is not null or evidence_fr is not null)
);
create index prioritisation_profile_value_latest on prioritisation_profile_value (partner, consideration, valid_from desc, id desc);

-- Need-to-know: a partner's profile is read by Alliance staff, the Council's secretariat and the Allies'
-- coordinators (who weigh partners against one another in the Council), and by the partner's own coordinators
-- (it decides their seats, and the explanations of an allocation show their own values anyway) — never by
-- another partner. Only staff write, under their own name.
create function prioritisation_caller_is_ally() returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

create function prioritisation_reads_profile(p text) returns boolean language sql stable as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or p = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
       or (select prioritisation_caller_is_ally()) $$;

alter table prioritisation_profile_value enable row level security;
alter table prioritisation_profile_value force row level security;
create policy prioritisation_profile_value_read on prioritisation_profile_value for select using (prioritisation_reads_profile(partner));
create policy prioritisation_profile_value_enter on prioritisation_profile_value for insert with check (
  (select app_is_system()) or ((select app_has_any_role(array['STAFF'])) and entered_by = (select current_setting('app.username', true))));

grant select, insert on prioritisation_profile_value to entente_app;
