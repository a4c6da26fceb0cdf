-- Multi-year projects (mechanism MYP, issue 14): after the nations' approval a PLANNING GRANT (a smaller award
-- first), then the full project plan, submitted by a co-director, goes through a SECOND review by the panel under
-- the same blind rules before the full award. The states join the one transition table, which now says for which
-- mechanisms a move holds (null: every one): an approved MYP takes the planning grant, never the award at once.

alter table science_transition add column mechanisms text[] check (mechanisms <@ array['MYP', 'ARW', 'ASI', 'ATC']);
update science_transition set mechanisms = array['ARW', 'ASI', 'ATC'] where from_status = 'APPROVED' and to_status = 'AWARDED';
insert into science_transition (from_status, to_status, mechanisms) values
  ('APPROVED', 'PLANNING_GRANT', array['MYP']), ('PLANNING_GRANT', 'PLAN_SUBMITTED', array['MYP']),
  ('PLAN_SUBMITTED', 'PLAN_REVIEW', array['MYP']), ('PLAN_REVIEW', 'AWARDED', array['MYP']);

create or replace function science_legal_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (
      select 1 from science_transition where from_status = old.status and to_status = new.status
        and (mechanisms is null or new.mechanism = any (mechanisms))) then
    raise exception 'illegal science move % -> % (%)', old.status, new.status, new.mechanism using errcode = '23514';
  end if;
  return new;
end $$;

alter table science_application drop constraint science_application_status_check;
alter table science_application add constraint science_application_status_check check (status in ('SUBMITTED', 'ELIGIBLE',
  'INELIGIBLE', 'PANEL_REVIEW', 'RANKED', 'APPROVED', 'REJECTED', 'PLANNING_GRANT', 'PLAN_SUBMITTED', 'PLAN_REVIEW', 'AWARDED',
  'IN_PROGRESS', 'FINAL_REPORT', 'CLOSED'));
alter table science_application add column planning_amount numeric(19, 2) check (planning_amount > 0);
alter table science_application add column planning_on date;
alter table science_application add column project_plan text check (length(project_plan) between 1 and 8000);
alter table science_application add column plan_submitted_at timestamptz;
alter table science_application add constraint science_planning_grant check (
  (status not in ('PLANNING_GRANT', 'PLAN_SUBMITTED', 'PLAN_REVIEW') or (planning_amount is not null and planning_on is not null))
  and (status not in ('PLAN_SUBMITTED', 'PLAN_REVIEW') or project_plan is not null)
  and (planning_amount is null or mechanism = 'MYP'));

-- the second review: the same panel, the same blind rules as science_review
create table science_plan_review (
  id              uuid primary key default gen_random_uuid(),
  application     uuid not null references science_application (id),
  reviewer        uuid not null references science_panel_member (account),
  reviewer_name   text not null,
  reviewer_nation text not null,
  status          text not null default 'ASSIGNED' check (status in ('ASSIGNED', 'DECLINED', 'SUBMITTED')),
  conflict        boolean not null default false,
  decline_reason  text check (length(decline_reason) <= 2000),
  merit           smallint check (merit between 1 and 5),
  relevance       smallint check (relevance between 1 and 5),
  capacity        smallint check (capacity between 1 and 5),
  value           smallint check (value between 1 and 5),
  comment         text check (length(comment) <= 8000),
  assigned_by     text not null,
  assigned_at     timestamptz not null default now(),
  submitted_at    timestamptz,
  unique (application, reviewer),
  check (status <> 'SUBMITTED' or (merit is not null and relevance is not null and capacity is not null and value is not null
                                   and comment is not null and submitted_at is not null))
);
create index science_plan_review_reviewer on science_plan_review (reviewer, status);

create function science_reviews_plan(a uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from science_plan_review r where r.application = a and r.reviewer = (select app_user_id())
                  and r.status in ('ASSIGNED', 'SUBMITTED')) $$;

create function science_has_reviewed_plan(a uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from science_plan_review r where r.application = a and r.reviewer = (select app_user_id())
                  and r.status = 'SUBMITTED') $$;

-- whoever reads an application: as in V103, with the plan's reviewers and the new states on the approval list
create or replace function science_sees(a uuid) returns boolean language sql stable security definer set search_path = public as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or exists (select 1 from science_application x where x.id = a and (
             x.applicant = (select app_user_id())
          or x.ally_email = (select identity_email()) or x.partner_email = (select identity_email())
          or (x.status in ('RANKED', 'APPROVED', 'REJECTED', 'PLANNING_GRANT', 'PLAN_SUBMITTED', 'PLAN_REVIEW', 'AWARDED', 'IN_PROGRESS',
                           'FINAL_REPORT', 'CLOSED')
              and exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                          where directory_kind_of(o, current_date) = 'ALLY'))))
       or science_reviews(a) or science_monitors(a) or science_reviews_plan(a) $$;

alter table science_plan_review enable row level security;
alter table science_plan_review force row level security;
create policy science_plan_review_read on science_plan_review for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or reviewer = (select app_user_id())
  or (status = 'SUBMITTED' and science_has_reviewed_plan(application)));
create policy science_plan_review_assign on science_plan_review for insert with check ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy science_plan_review_change on science_plan_review for update using (
  (select app_is_system()) or reviewer = (select app_user_id())) with check (
  (select app_is_system()) or reviewer = (select app_user_id()));
grant select, insert, update on science_plan_review to entente_app;
