-- Wider engagement (2011 policy para 10): interlocutors without a formal partnership — a nation or an
-- international organisation — engaged on a decision of the Council, with a scope and a period, reviewable.
-- Proposed by staff (the subject goes on the Council's agenda as OTHER "engagement:<id>"); a confirmed approval
-- engages it, a rejection refuses it. Read by staff, the secretariat and Allies' coordinators.
create table engagement_interlocutor (
  id              uuid primary key default gen_random_uuid(),
  organisation    text not null check (organisation ~ '^[A-Z][A-Z0-9_]{1,19}$'),
  name_en         text not null,
  name_fr         text not null,
  scope           text not null check (scope in ('DIALOGUE', 'PRIORITY_AREAS', 'ACTIVITIES')),
  priority_areas  text[] not null default '{}',
  activities      text[] not null default '{}',
  status          text not null default 'PROPOSED' check (status in ('PROPOSED', 'ENGAGED', 'REFUSED')),
  decision        text,
  valid_from      date not null,
  valid_to        date not null,
  proposed_by     text not null,
  proposed_at     timestamptz not null default now(),
  check (valid_to > valid_from),
  check (status = 'PROPOSED' or decision is not null),
  check (scope <> 'PRIORITY_AREAS' or cardinality(priority_areas) > 0),
  check (scope <> 'ACTIVITIES' or cardinality(activities) > 0)
);
create index engagement_interlocutor_by_organisation on engagement_interlocutor (organisation, valid_from);

create function engagement_caller_is_ally() returns boolean language sql stable as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

alter table engagement_interlocutor enable row level security;
alter table engagement_interlocutor force row level security;
create policy engagement_interlocutor_read on engagement_interlocutor for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
  or (status = 'ENGAGED' and (select engagement_caller_is_ally())));
create policy engagement_interlocutor_propose on engagement_interlocutor for insert with check (
  (select app_has_any_role(array['STAFF'])) and status = 'PROPOSED' and proposed_by = (select current_setting('app.username', true)));
-- the secretariat's confirmation of the Council's decision moves it
create policy engagement_interlocutor_decide on engagement_interlocutor for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT'])));

grant select, insert, update on engagement_interlocutor to entente_app;
