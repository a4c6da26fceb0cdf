-- Progress reports of a running SPS project, written by a co-director (or staff): read by whoever reads the
-- application (co-directors, staff, the secretariat, the panel members who reviewed it and monitor it, Allies'
-- coordinators), never by the public.
create table science_report (
  id           uuid primary key default gen_random_uuid(),
  application  uuid not null references science_application (id),
  body         text not null check (length(body) between 1 and 8000),
  written_by   text not null,
  written_at   timestamptz not null default now()
);
create index science_report_application on science_report (application, written_at);

alter table science_report enable row level security;
alter table science_report force row level security;
create policy science_report_read on science_report for select using (science_sees(application));
create policy science_report_write on science_report for insert with check (
  (select app_is_system()) or (written_by = (select current_setting('app.username', true)) and science_sees(application)));
grant select, insert on science_report to entente_app;
