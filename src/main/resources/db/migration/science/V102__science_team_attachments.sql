-- The application's team and its PDF attachments (issue 14). Both are kept by a co-director (the accounts with the
-- co-directors' e-mail addresses) while the application is being completed, that is before staff screen it
-- (status SUBMITTED); both are read by whoever reads the application (science_sees). Attachments are real PDFs
-- (checked by science.ScienceAttachments with PDFBox), at most 10 MiB each, stored here.

-- the caller co-directs the application and it is still being completed
create function science_completes(a uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from science_application x where x.id = a and x.status = 'SUBMITTED'
                  and (select identity_email()) in (x.ally_email, x.partner_email)) $$;

create table science_team_member (
  id            uuid primary key default gen_random_uuid(),
  application   uuid not null references science_application (id),
  name          text not null check (length(name) between 1 and 200),
  role          text not null check (length(role) between 1 and 200),
  organisation  text not null check (length(organisation) between 1 and 300),
  nation        text not null check (length(nation) between 2 and 10),
  added_by      text not null,
  added_at      timestamptz not null default now()
);
create index science_team_member_application on science_team_member (application, added_at);

alter table science_team_member enable row level security;
alter table science_team_member force row level security;
create policy science_team_read on science_team_member for select using (science_sees(application));
create policy science_team_add on science_team_member for insert with check ((select app_is_system()) or science_completes(application));
create policy science_team_remove on science_team_member for delete using ((select app_is_system()) or science_completes(application));
grant select, insert, delete on science_team_member to entente_app;

create table science_attachment (
  id            uuid primary key default gen_random_uuid(),
  application   uuid not null references science_application (id),
  filename      text not null check (length(filename) between 1 and 200),
  size          integer not null check (size between 1 and 10485760),
  pages         integer not null check (pages >= 1),
  content       bytea not null,
  uploaded_by   text not null,
  uploaded_at   timestamptz not null default now(),
  check (octet_length(content) = size),
  check (substring(content from 1 for 5) = '\x255044462d'::bytea)
);
create index science_attachment_application on science_attachment (application, uploaded_at);

alter table science_attachment enable row level security;
alter table science_attachment force row level security;
create policy science_attachment_read on science_attachment for select using (science_sees(application));
create policy science_attachment_add on science_attachment for insert with check ((select app_is_system()) or science_completes(application));
grant select, insert on science_attachment to entente_app;
