-- Science for Peace and Security (issue 14): calls, co-directed applications, independent peer review, awards.
-- Scope (mirrors science.Science): a call is public once published; an application is for its applicant, its two
-- co-directors (by their accounts' e-mail), staff, the Council's secretariat and the reviewers assigned to it who
-- have not declined; Allies' coordinators read the approval list (ranked and decided applications); everyone reads
-- awarded projects through science_public_projects(). A review is for staff, its author, and the other reviewers
-- of the same application only once their own is submitted; applicants never read one.

create table science_transition (
  from_status text not null,
  to_status   text not null,
  primary key (from_status, to_status)
);
insert into science_transition (from_status, to_status) values
  ('SUBMITTED', 'ELIGIBLE'), ('SUBMITTED', 'INELIGIBLE'), ('ELIGIBLE', 'PANEL_REVIEW'), ('PANEL_REVIEW', 'RANKED'),
  ('RANKED', 'APPROVED'), ('RANKED', 'REJECTED'), ('APPROVED', 'AWARDED'), ('AWARDED', 'IN_PROGRESS'),
  ('IN_PROGRESS', 'FINAL_REPORT'), ('FINAL_REPORT', 'CLOSED');
grant select on science_transition to entente_app;

create sequence science_code_seq;
grant usage on sequence science_code_seq to entente_app;

create table science_call (
  id          uuid primary key default gen_random_uuid(),
  code        text not null unique check (code ~ '^SPS-[0-9]{4}-[0-9]{2,4}$'),
  title_en    text,
  title_fr    text,
  priorities  text[] not null check (cardinality(priorities) between 1 and 20),
  mechanisms  text[] not null check (cardinality(mechanisms) between 1 and 4 and mechanisms <@ array['MYP', 'ARW', 'ASI', 'ATC']),
  deadline    date not null,
  panel_from  date not null,
  panel_to    date not null,
  published   boolean not null default false,
  closed      boolean not null default false,
  created_by  text not null,
  created_at  timestamptz not null default now(),
  check (title_en is not null or title_fr is not null),
  check (panel_from > deadline and panel_to >= panel_from)
);

create table science_application (
  id               uuid primary key default gen_random_uuid(),
  call_id          uuid not null references science_call (id),
  code             text not null unique check (code ~ '^G[0-9]{4,6}$'),
  mechanism        text not null check (mechanism in ('MYP', 'ARW', 'ASI', 'ATC')),
  title_en         text,
  title_fr         text,
  abstract_en      text,
  abstract_fr      text,
  priorities       text[] not null check (cardinality(priorities) >= 1),
  ally_nation      text not null,
  ally_director    text not null,
  ally_email       text not null check (ally_email = lower(ally_email)),
  partner_nation   text not null,
  partner_director text not null,
  partner_email    text not null check (partner_email = lower(partner_email)),
  currency         char(3) not null default 'EUR',
  equipment        numeric(19, 2) not null default 0 check (equipment >= 0),
  travel           numeric(19, 2) not null default 0 check (travel >= 0),
  training         numeric(19, 2) not null default 0 check (training >= 0),
  stipends         numeric(19, 2) not null default 0 check (stipends >= 0),
  other            numeric(19, 2) not null default 0 check (other >= 0),
  status           text not null default 'SUBMITTED' check (status in ('SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'PANEL_REVIEW',
                   'RANKED', 'APPROVED', 'REJECTED', 'AWARDED', 'IN_PROGRESS', 'FINAL_REPORT', 'CLOSED')),
  screening_reason text,
  decision         text,
  awarded_amount   numeric(19, 2) check (awarded_amount > 0),
  awarded_on       date,
  final_report     text,
  applicant        uuid not null,
  applicant_name   text not null,
  submitted_at     timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  check (title_en is not null or title_fr is not null),
  check (ally_nation <> partner_nation),
  -- the rules of the grant: stipends at most 15 % of the total; salaries and overheads have no column at all
  check (stipends * 100 <= (equipment + travel + training + stipends + other) * 15),
  check (status not in ('ELIGIBLE', 'INELIGIBLE') or screening_reason is not null),
  check (status not in ('APPROVED', 'REJECTED', 'AWARDED', 'IN_PROGRESS', 'FINAL_REPORT', 'CLOSED') or decision is not null),
  check (status not in ('AWARDED', 'IN_PROGRESS', 'FINAL_REPORT', 'CLOSED') or awarded_amount is not null)
);
create index science_application_call on science_application (call_id, status);

create function science_legal_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (
      select 1 from science_transition where from_status = old.status and to_status = new.status) then
    raise exception 'illegal science move % -> %', old.status, new.status using errcode = '23514';
  end if;
  return new;
end $$;
create trigger science_legal_move before update of status on science_application
  for each row execute function science_legal_move();

create table science_panel_member (
  account       uuid primary key,
  name          text not null,
  nation        text not null,
  status        text not null default 'NOMINATED' check (status in ('NOMINATED', 'APPOINTED')),
  nominated_by  text not null,
  appointed_by  text,
  created_at    timestamptz not null default now(),
  check ((status = 'APPOINTED') = (appointed_by is not null))
);

create table science_review (
  id              uuid primary key default gen_random_uuid(),
  application     uuid not null references science_application (id),
  reviewer        uuid not null references science_panel_member (account),
  reviewer_name   text not null,
  reviewer_nation text not null,
  status          text not null default 'ASSIGNED' check (status in ('ASSIGNED', 'DECLINED', 'SUBMITTED')),
  conflict        boolean not null default false,
  decline_reason  text,
  merit           smallint check (merit between 1 and 5),
  relevance       smallint check (relevance between 1 and 5),
  capacity        smallint check (capacity between 1 and 5),
  value           smallint check (value between 1 and 5),
  comment         text,
  assigned_by     text not null,
  assigned_at     timestamptz not null default now(),
  submitted_at    timestamptz,
  unique (application, reviewer),
  check (status <> 'SUBMITTED' or (merit is not null and relevance is not null and capacity is not null and value is not null
                                   and comment is not null and submitted_at is not null))
);
create index science_review_reviewer on science_review (reviewer, status);

-- the caller is a reviewer of the application who has not declined
create function science_reviews(a uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from science_review r where r.application = a and r.reviewer = (select app_user_id())
                  and r.status in ('ASSIGNED', 'SUBMITTED')) $$;

-- the caller has submitted their own review of the application: only then do they read the others'
create function science_has_reviewed(a uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from science_review r where r.application = a and r.reviewer = (select app_user_id())
                  and r.status = 'SUBMITTED') $$;

create function science_sees(a uuid) returns boolean language sql stable security definer set search_path = public as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or exists (select 1 from science_application x where x.id = a and (
             x.applicant = (select app_user_id())
          or x.ally_email = (select identity_email()) or x.partner_email = (select identity_email())
          or (x.status in ('RANKED', 'APPROVED', 'REJECTED', 'AWARDED', 'IN_PROGRESS', 'FINAL_REPORT', 'CLOSED')
              and exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                          where directory_kind_of(o, current_date) = 'ALLY'))))
       or science_reviews(a) $$;

alter table science_call enable row level security;
alter table science_call force row level security;
-- published calls for every signed-in reader; visitors read them through science_public_calls()
create policy science_call_read on science_call for select using (
  (published and (select app_user_id()) is not null) or (select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy science_call_write on science_call for insert with check ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy science_call_change on science_call for update using ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));

alter table science_application enable row level security;
alter table science_application force row level security;
create policy science_application_read on science_application for select using (science_sees(id));
create policy science_application_submit on science_application for insert with check (
  (select app_is_system()) or applicant = (select app_user_id()));
create policy science_application_change on science_application for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
  or ally_email = (select identity_email()) or partner_email = (select identity_email()));

alter table science_panel_member enable row level security;
alter table science_panel_member force row level security;
create policy science_panel_read on science_panel_member for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF'])) or account = (select app_user_id())
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));
create policy science_panel_nominate on science_panel_member for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));
create policy science_panel_appoint on science_panel_member for update using ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));

alter table science_review enable row level security;
alter table science_review force row level security;
create policy science_review_read on science_review for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or reviewer = (select app_user_id())
  or (status = 'SUBMITTED' and science_has_reviewed(application)));
create policy science_review_assign on science_review for insert with check ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy science_review_change on science_review for update using (
  (select app_is_system()) or reviewer = (select app_user_id())) with check (
  (select app_is_system()) or reviewer = (select app_user_id()));

grant select, insert, update on science_call, science_application, science_panel_member, science_review to entente_app;

-- awarded projects, for everyone (signed in or not): no e-mail, budget lines or reviews
create function science_public_projects() returns table (
    id uuid, code text, call_code text, mechanism text, title_en text, title_fr text, abstract_en text, abstract_fr text,
    priorities text[], ally_nation text, ally_director text, partner_nation text, partner_director text, status text,
    currency text, awarded_amount numeric, awarded_on date)
  language sql stable security definer set search_path = public as
$$
  select a.id, a.code, c.code, a.mechanism, a.title_en, a.title_fr, a.abstract_en, a.abstract_fr, a.priorities, a.ally_nation,
         a.ally_director, a.partner_nation, a.partner_director, a.status, a.currency::text, a.awarded_amount, a.awarded_on
  from science_application a join science_call c on c.id = a.call_id
  where a.status in ('AWARDED', 'IN_PROGRESS', 'FINAL_REPORT', 'CLOSED')
  order by a.awarded_on desc, a.code
$$;
revoke all on function science_public_projects() from public;
grant execute on function science_public_projects() to entente_app;

-- published calls, for visitors (signed in or not)
create function science_public_calls() returns setof science_call
  language sql stable security definer set search_path = public as
$$ select * from science_call where published $$;
revoke all on function science_public_calls() from public;
grant execute on function science_public_calls() to entente_app;
