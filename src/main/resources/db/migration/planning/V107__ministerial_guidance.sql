-- Ministerial guidance for PARP (issue 17, item 2): a versioned document (EN/FR), one version per two years, drafted
-- by staff and in force when a confirmed Council decision approves it (subject PLANNING); the version before is
-- superseded in the same commit. A cycle refers to the guidance in force on the day it was opened.
insert into planning_transition (machine, from_status, to_status) values
  ('GUIDANCE', 'DRAFT', 'AT_COUNCIL'), ('GUIDANCE', 'AT_COUNCIL', 'DRAFT'), ('GUIDANCE', 'AT_COUNCIL', 'IN_FORCE'),
  ('GUIDANCE', 'IN_FORCE', 'SUPERSEDED');

create table planning_guidance (
  id             uuid primary key default gen_random_uuid(),
  -- the even year of the two years it guides (2026 for 2026–2027): one version per two years
  year           int not null unique check (year between 1994 and 2200 and year % 2 = 0),
  status         text not null default 'DRAFT' check (status in ('DRAFT', 'AT_COUNCIL', 'IN_FORCE', 'SUPERSEDED')),
  title_en       text check (length(title_en) <= 300),
  title_fr       text check (length(title_fr) <= 300),
  text_en        text check (length(text_en) <= 40000),
  text_fr        text check (length(text_fr) <= 40000),
  decision       text,
  in_force_from  date,
  superseded_on  date,
  created_by     text not null,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  check (coalesce(title_en, title_fr) is not null and coalesce(text_en, text_fr) is not null),
  check (status not in ('IN_FORCE', 'SUPERSEDED') or (decision is not null and in_force_from is not null))
);
create unique index planning_guidance_one_in_force on planning_guidance ((true)) where status = 'IN_FORCE';
create trigger planning_guidance_legal_move before update of status on planning_guidance
  for each row execute function planning_legal_move('GUIDANCE');

-- Guidance in force (or superseded) is read by every signed-in person; drafts and the version at the Council by
-- staff and the Council's secretariat. Staff draft it; the secretariat's confirmation puts it in force.
alter table planning_guidance enable row level security;
alter table planning_guidance force row level security;
create policy planning_guidance_read on planning_guidance for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
  or (status in ('IN_FORCE', 'SUPERSEDED') and (select app_user_id()) is not null));
create policy planning_guidance_draft on planning_guidance for insert with check ((select app_has_any_role(array['STAFF'])));
create policy planning_guidance_change on planning_guidance for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT'])));

grant select, insert, update on planning_guidance to entente_app;
