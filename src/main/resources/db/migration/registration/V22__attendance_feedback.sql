-- After the event: certificates for those who attended (checked publicly by their code), feedback from
-- participants (the provider sees it only in aggregate, and only from three answers), the provider's
-- post-activity report (shared with the nations that took part).

create table registration_certificate (
  code        text primary key check (code ~ '^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$'),
  nomination  uuid not null unique references registration_nomination (id),
  nation      text not null,
  provider    text not null,
  holder      text not null,
  activity    text not null,
  title_en    text,
  title_fr    text,
  starts_on   date not null,
  ends_on     date not null,
  issued_at   timestamptz not null
);
alter table registration_certificate enable row level security;
alter table registration_certificate force row level security;
create policy registration_certificate_read on registration_certificate for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR', 'PARTICIPANT']))::text[])
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));
create policy registration_certificate_issue on registration_certificate for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));
grant select, insert on registration_certificate to entente_app;

-- what /verify/{code} may show anyone: holder, activity and dates, nothing more
create function registration_verify_certificate(candidate text)
  returns table (holder text, activity text, title_en text, title_fr text, starts_on date, ends_on date)
  language sql stable security definer set search_path = public as
$$ select holder, activity, title_en, title_fr, starts_on, ends_on from registration_certificate where code = candidate $$;

create table registration_feedback (
  nomination   uuid primary key references registration_nomination (id),
  event_id     uuid not null references registration_invitation (event_id),
  nation       text not null,
  relevance    int not null check (relevance between 1 and 5),
  quality      int not null check (quality between 1 and 5),
  organisation int not null check (organisation between 1 and 5),
  comments     text,
  submitted_at timestamptz not null
);
create index registration_feedback_event on registration_feedback (event_id);
-- one participant's answers: their nation and staff; never the provider (it gets the aggregate below)
alter table registration_feedback enable row level security;
alter table registration_feedback force row level security;
create policy registration_feedback_own on registration_feedback for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR', 'PARTICIPANT']))::text[]));
create policy registration_feedback_give on registration_feedback for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR', 'PARTICIPANT']))::text[]));
grant select, insert on registration_feedback to entente_app;

-- An event's feedback in aggregate: the number of answers always; the means and the comments (without
-- names, in alphabetical order) only from three answers, so that no one answer can be told apart.
create function registration_feedback_summary(event uuid)
  returns table (answers int, relevance numeric, quality numeric, organisation numeric, comments text[])
  language sql stable security definer set search_path = public as
$$
  select count(*)::int,
         case when count(*) >= 3 then round(avg(relevance), 2) end,
         case when count(*) >= 3 then round(avg(quality), 2) end,
         case when count(*) >= 3 then round(avg(organisation), 2) end,
         case when count(*) >= 3 then coalesce(array_agg(comments order by comments) filter (where comments is not null), '{}') else '{}' end
  from registration_feedback where event_id = event
$$;

create table registration_report (
  event_id  uuid primary key references registration_invitation (event_id),
  provider  text not null,
  text_en   text,
  text_fr   text,
  filed_by  text not null,
  filed_at  timestamptz not null,
  check (text_en is not null or text_fr is not null)
);
-- the provider and staff; the nations that took part (the subquery sees only the caller's own nominations)
alter table registration_report enable row level security;
alter table registration_report force row level security;
create policy registration_report_read on registration_report for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])
  or exists (select 1 from registration_nomination n where n.event_id = registration_report.event_id
               and n.state in ('ATTENDED', 'NO_SHOW')
               and n.nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR', 'PARTICIPANT']))::text[])));
create policy registration_report_file on registration_report for all
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]))
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));
grant select, insert, update on registration_report to entente_app;
