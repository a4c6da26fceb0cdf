-- The panel member who monitors an awarded project (issue 14): staff appoint one appointed panel member who is not of
-- either co-director's nation and declared no conflict on the application (checked in science.ScienceMonitoring);
-- the monitor then reads the project (science_sees, replaced here), its progress reports, instalments and spending,
-- and records one monitoring note per progress report. Notes are for staff, the Council's secretariat and the
-- monitor, never for the co-directors (like reviewers' comments).

create table science_monitor (
  application   uuid primary key references science_application (id),
  monitor       uuid not null references science_panel_member (account),
  monitor_name  text not null,
  nation        text not null,
  appointed_by  text not null,
  appointed_at  timestamptz not null default now()
);
create index science_monitor_monitor on science_monitor (monitor);

-- the caller monitors the application
create function science_monitors(a uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from science_monitor m where m.application = a and m.monitor = (select app_user_id())) $$;

create or replace function science_sees(a uuid) returns boolean language sql stable security definer set search_path = public as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or exists (select 1 from science_application x where x.id = a and (
             x.applicant = (select app_user_id())
          or x.ally_email = (select identity_email()) or x.partner_email = (select identity_email())
          or (x.status in ('RANKED', 'APPROVED', 'REJECTED', 'AWARDED', 'IN_PROGRESS', 'FINAL_REPORT', 'CLOSED')
              and exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                          where directory_kind_of(o, current_date) = 'ALLY'))))
       or science_reviews(a) or science_monitors(a) $$;

alter table science_monitor enable row level security;
alter table science_monitor force row level security;
create policy science_monitor_read on science_monitor for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT'])) or monitor = (select app_user_id()));
create policy science_monitor_appoint on science_monitor for insert with check ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy science_monitor_change on science_monitor for update using ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
grant select, insert, update on science_monitor to entente_app;

create table science_monitoring_note (
  id            uuid primary key default gen_random_uuid(),
  report        uuid not null unique references science_report (id),
  application   uuid not null references science_application (id),
  body          text not null check (length(body) between 1 and 8000),
  monitor       uuid not null,
  written_by    text not null,
  written_at    timestamptz not null default now()
);
create index science_monitoring_note_application on science_monitoring_note (application, written_at);

alter table science_monitoring_note enable row level security;
alter table science_monitoring_note force row level security;
create policy science_note_read on science_monitoring_note for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT'])) or science_monitors(application));
create policy science_note_write on science_monitoring_note for insert with check (
  (select app_is_system()) or (monitor = (select app_user_id()) and science_monitors(application)));
grant select, insert on science_monitoring_note to entente_app;
