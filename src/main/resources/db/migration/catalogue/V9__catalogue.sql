-- The Partnership Cooperation Menu: activities offered by providers, their events and their revisions. Every text a person reads exists in English and French, one column each.

create extension if not exists unaccent;

-- unaccent is only STABLE; an immutable wrapper lets generated columns and indexes use it
create function catalogue_unaccent(text) returns text language sql immutable parallel safe strict as
$$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table catalogue_activity (
  code                text primary key check (code ~ '^[A-Z0-9][A-Z0-9-]{2,31}$'),
  provider            text not null,
  type                text not null check (type in ('COURSE', 'EXERCISE', 'WORKSHOP', 'SEMINAR', 'CONFERENCE',
                                                    'EXPERT_VISIT', 'ONLINE_COURSE', 'OTHER')),
  format              text not null check (format in ('RESIDENTIAL', 'ONLINE', 'BLENDED')),
  title_en            text,
  title_fr            text,
  summary_en          text,
  summary_fr          text,
  description_en      text,
  description_fr      text,
  objectives_en       text,
  objectives_fr       text,
  languages           text[] not null check (cardinality(languages) > 0),
  duration_days       int not null check (duration_days between 1 and 365),
  areas               text[] not null check (cardinality(areas) > 0),
  priority_areas      text[] not null default '{}',
  marking             marking_level not null,
  releasable_to       text[] not null default '{}',
  eligibility         text not null check (eligibility in ('ALL_PARTNERS', 'FRAMEWORKS', 'NATIONS', 'CASE_BY_CASE')),
  eligible_frameworks text[] not null default '{}',
  eligible_nations    text[] not null default '{}',
  council_decision    text,
  status              text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'WITHDRAWN', 'DISCARDED')),
  status_reason       text,
  revision            int not null default 1,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  check (title_en is not null or title_fr is not null),
  check (eligibility <> 'CASE_BY_CASE' or council_decision is not null),
  check (eligibility <> 'FRAMEWORKS' or cardinality(eligible_frameworks) > 0),
  check (eligibility <> 'NATIONS' or cardinality(eligible_nations) > 0),
  -- weighted: titles first, then summaries, then the rest
  -- the code is searchable too, in both: people quote "NSO-CS-101"
  search_en tsvector generated always as (
    setweight(to_tsvector('simple', code), 'A') ||
    setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(summary_en, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(description_en, '') || ' ' || coalesce(objectives_en, '')), 'C')) stored,
  search_fr tsvector generated always as (
    setweight(to_tsvector('simple', code), 'A') ||
    setweight(to_tsvector('french', catalogue_unaccent(coalesce(title_fr, ''))), 'A') ||
    setweight(to_tsvector('french', catalogue_unaccent(coalesce(summary_fr, ''))), 'B') ||
    setweight(to_tsvector('french', catalogue_unaccent(coalesce(description_fr, '') || ' ' || coalesce(objectives_fr, ''))), 'C')) stored
);
create index catalogue_activity_search_en on catalogue_activity using gin (search_en);
create index catalogue_activity_search_fr on catalogue_activity using gin (search_fr);
create index catalogue_activity_provider on catalogue_activity (provider);
create index catalogue_activity_status on catalogue_activity (status);
create index catalogue_activity_areas on catalogue_activity using gin (areas);

-- every submitted or published state of an activity, kept for good
create table catalogue_activity_revision (
  code       text not null references catalogue_activity (code),
  revision   int not null,
  status     text not null,
  content    jsonb not null,
  changed_by text not null,
  changed_at timestamptz not null default now(),
  primary key (code, revision)
);

create table catalogue_event (
  id                uuid primary key default gen_random_uuid(),
  activity          text not null references catalogue_activity (code),
  starts_on         date not null,
  ends_on           date not null,
  city              text,
  country           text,
  seats             int not null check (seats > 0),
  nominations_open  date not null,
  nominations_close date not null,
  nation_quota      int check (nation_quota is null or nation_quota > 0),
  status            text not null default 'OPEN' check (status in ('OPEN', 'CANCELLED')),
  created_at        timestamptz not null default now(),
  check (ends_on >= starts_on),
  check (nominations_close >= nominations_open and nominations_close <= starts_on)
);
create index catalogue_event_activity on catalogue_event (activity);
create index catalogue_event_starts on catalogue_event (starts_on);

-- Who may see an activity (mirrors catalogue.Catalogue): Alliance staff, the Council's secretariat and
-- administrators all; its provider all of its own; Allies every published one; a partner the published ones
-- it is eligible for or released to; anyone — signed in or not — the published PUBLIC ones.
-- What depends on the caller only is computed once per query (the "(select …)" around each function),
-- so that the test on each row is a few array comparisons.

-- the organisations the caller reads the menu for
create function catalogue_reader_organisations() returns text[] language sql stable as
$$ select app_organisations_with(array['NATIONAL_COORDINATOR', 'PARTICIPANT', 'PROVIDER_MANAGER']) $$;

create function catalogue_caller_is_ally() returns boolean language sql stable as
$$ select exists (select 1 from unnest(catalogue_reader_organisations()) o where directory_kind_of(o, current_date) = 'ALLY') $$;

create function catalogue_caller_partners() returns text[] language sql stable as
$$ select coalesce(array_agg(o), '{}') from unnest(catalogue_reader_organisations()) o
   where directory_kind_of(o, current_date) = 'PARTNER' $$;

create function catalogue_caller_partner_frameworks() returns text[] language sql stable as
$$ select coalesce(array_agg(distinct f), '{}') from unnest(catalogue_caller_partners()) o,
          unnest(directory_frameworks_of(o, current_date)) f $$;

-- what an activity may be released to that concerns the caller: their organisations and frameworks
create function catalogue_caller_release_codes() returns text[] language sql stable as
$$ select catalogue_reader_organisations() || coalesce((select array_agg(distinct f) from unnest(catalogue_reader_organisations()) o,
          unnest(directory_frameworks_of(o, current_date)) f), '{}') $$;

alter table catalogue_activity enable row level security;
alter table catalogue_activity force row level security;
create policy catalogue_activity_read on catalogue_activity for select using (
  (select app_is_system())
  or (select app_has_any_role(array['STAFF', 'ADMIN', 'COUNCIL_SECRETARIAT']))
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])
  or (status = 'PUBLISHED' and (
        marking = 'PUBLIC'
     or (select catalogue_caller_is_ally())
     or releasable_to && (select catalogue_caller_release_codes())
     or (eligibility = 'ALL_PARTNERS' and cardinality((select catalogue_caller_partners())) > 0)
     or (eligibility = 'FRAMEWORKS' and eligible_frameworks && (select catalogue_caller_partner_frameworks()))
     or (eligibility in ('NATIONS', 'CASE_BY_CASE') and eligible_nations && (select catalogue_caller_partners())))));
create policy catalogue_activity_write on catalogue_activity for all
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]))
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));

-- events and revisions follow their activity: visible when it is (the subquery runs under its policy,
-- written inline so that the planner evaluates the caller's part once, not per event)

alter table catalogue_event enable row level security;
alter table catalogue_event force row level security;
create policy catalogue_event_read on catalogue_event for select
  using (exists (select 1 from catalogue_activity a where a.code = catalogue_event.activity));
create policy catalogue_event_write on catalogue_event for all
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or exists (select 1 from catalogue_activity a where a.code = activity and a.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])))
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or exists (select 1 from catalogue_activity a where a.code = activity and a.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])));

alter table catalogue_activity_revision enable row level security;
alter table catalogue_activity_revision force row level security;
create policy catalogue_revision_read on catalogue_activity_revision for select
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF', 'ADMIN', 'COUNCIL_SECRETARIAT']))
         or exists (select 1 from catalogue_activity a where a.code = catalogue_activity_revision.code
                    and a.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])));
create policy catalogue_revision_append on catalogue_activity_revision for insert
  with check (exists (select 1 from catalogue_activity a where a.code = catalogue_activity_revision.code));

grant select, insert, update on catalogue_activity, catalogue_event to entente_app;
grant select, insert on catalogue_activity_revision to entente_app;

-- whether an organisation is eligible for an activity by its eligibility rule (not by release)
create function catalogue_eligible(a catalogue_activity, organisation text) returns boolean language sql stable as
$$
  select directory_kind_of(organisation, current_date) = 'ALLY'
      or (directory_kind_of(organisation, current_date) = 'PARTNER' and (
             a.eligibility = 'ALL_PARTNERS'
          or (a.eligibility = 'FRAMEWORKS' and directory_frameworks_of(organisation, current_date) && a.eligible_frameworks)
          or (a.eligibility in ('NATIONS', 'CASE_BY_CASE') and organisation = any (a.eligible_nations))))
$$;

-- codes are unique across the menu, drafts of others included: answer "taken" without showing the row
create function catalogue_code_taken(candidate text) returns boolean
  language sql stable security definer set search_path = public as
$$ select exists (select 1 from catalogue_activity where code = candidate) $$;

-- every import tried, with its report: kept for its author and staff
create table catalogue_import (
  id        uuid primary key default gen_random_uuid(),
  username  text not null,
  filename  text not null,
  at        timestamptz not null default now(),
  status    text not null check (status in ('RUNNING', 'IMPORTED', 'REJECTED')),
  rows      int not null,
  processed int not null default 0,
  created   int not null,
  updated   int not null,
  unchanged int not null,
  errors    jsonb not null default '[]'
);
alter table catalogue_import enable row level security;
alter table catalogue_import force row level security;
create policy catalogue_import_own on catalogue_import for all
  using ((select app_is_system()) or username = (select current_setting('app.username', true)) or (select app_has_any_role(array['STAFF'])))
  with check ((select app_is_system()) or username = (select current_setting('app.username', true)));
grant select, insert, update on catalogue_import to entente_app;

-- the next event of an activity, for sorting the menu by date
create index catalogue_event_next on catalogue_event (activity, starts_on);
