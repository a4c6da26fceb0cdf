-- Yearly assessments of IPAP and ANP programmes (issue 17, item 4): per programme and year, per objective and
-- target, a progress rating and a narrative; drafted by staff, sent to the partner for its comments, agreed by the
-- partner (or taken back by staff to be revised). ProgrammeAssessmentStatus says the same moves in Java.
insert into planning_transition (machine, from_status, to_status) values
  ('PROGRAMME_ASSESSMENT', 'DRAFT', 'WITH_PARTNER'), ('PROGRAMME_ASSESSMENT', 'WITH_PARTNER', 'DRAFT'),
  ('PROGRAMME_ASSESSMENT', 'WITH_PARTNER', 'AGREED');

-- Whether the caller may read this programme: the programmes module's own policy decides (the function runs as
-- the caller, so programmes_programme's row-level security applies), so an assessment is read exactly by those
-- who read its programme (the partner, staff, the secretariat, Allies' coordinators while approved or active).
create function planning_programme_visible(p uuid) returns boolean language sql stable as
$$ select exists (select 1 from programmes_programme where id = p) $$;

create table planning_programme_assessment (
  id              uuid primary key default gen_random_uuid(),
  programme       uuid not null,
  partner         text not null,
  programme_type  text not null check (programme_type in ('IPAP', 'ANP', 'ITPP')),
  year            int not null check (year between 1994 and 2200),
  status          text not null default 'DRAFT' check (status in ('DRAFT', 'WITH_PARTNER', 'AGREED')),
  -- [{item, progress, narrative}]: item is an objective's key (O1) or one of its targets (O1-T1)
  ratings         jsonb not null default '[]',
  agreed_by       text,
  agreed_on       date,
  created_by      text not null,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  unique (programme, year),
  check (status <> 'AGREED' or (agreed_by is not null and agreed_on is not null))
);
create index planning_programme_assessment_by_partner on planning_programme_assessment (partner, year);
create trigger planning_programme_assessment_legal_move before update of status on planning_programme_assessment
  for each row execute function planning_legal_move('PROGRAMME_ASSESSMENT');

-- the partner's comments and staff's answers, per item (or general)
create table planning_programme_assessment_comment (
  id          uuid primary key default gen_random_uuid(),
  assessment  uuid not null references planning_programme_assessment (id),
  item        text not null check (item ~ '^(general|[A-Z0-9]{1,8}(-T[0-9]{1,3})?)$'),
  author      text not null,
  written_at  timestamptz not null default now(),
  body        text not null check (length(body) between 1 and 4000)
);
create index planning_programme_assessment_comment_by_assessment on planning_programme_assessment_comment (assessment, written_at);

-- an assessment is visible as its programme is; changed by staff and the partner's coordinators only
create function planning_programme_assessment_own(a uuid) returns boolean language sql stable as
$$ select exists (select 1 from planning_programme_assessment x where x.id = a and planning_own(x.partner)) $$;

alter table planning_programme_assessment enable row level security;
alter table planning_programme_assessment force row level security;
create policy planning_programme_assessment_read on planning_programme_assessment for select
  using (planning_sees(partner) and planning_programme_visible(programme));
create policy planning_programme_assessment_open on planning_programme_assessment for insert
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy planning_programme_assessment_change on planning_programme_assessment for update using (planning_own(partner));

alter table planning_programme_assessment_comment enable row level security;
alter table planning_programme_assessment_comment force row level security;
create policy planning_programme_assessment_comment_read on planning_programme_assessment_comment for select
  using (exists (select 1 from planning_programme_assessment x where x.id = assessment));
create policy planning_programme_assessment_comment_write on planning_programme_assessment_comment for insert
  with check (planning_programme_assessment_own(assessment) and author = (select current_setting('app.username', true)));

grant select, insert, update on planning_programme_assessment to entente_app;
grant select, insert on planning_programme_assessment_comment to entente_app;
grant execute on function planning_programme_visible(uuid), planning_programme_assessment_own(uuid) to entente_app;
