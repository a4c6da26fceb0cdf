-- Individual partnership programmes. The current text is one document (content); each submission and the
-- agreed text are frozen in programmes_version and never change.
create table programmes_programme (
  id             uuid primary key default gen_random_uuid(),
  partner        text not null,
  type           text not null check (type in ('IPCP', 'IPAP', 'ITPP', 'ANP')),
  starts_on      date not null,
  ends_on        date not null,
  status         text not null default 'DRAFT'
                 check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'AGREED', 'APPROVED', 'ACTIVE', 'CLOSED')),
  version        int not null default 0,
  content        jsonb not null,
  marking        marking_level not null,
  releasable_to  text[] not null default '{}',
  decision       text,
  superseded_by  uuid references programmes_programme (id),
  created_by     text not null,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  check (ends_on > starts_on),
  check (status not in ('APPROVED', 'ACTIVE') or decision is not null)
);
-- one active programme per partner at a time: a new one closes the old as it becomes active
create unique index programmes_one_active on programmes_programme (partner) where status = 'ACTIVE';
create index programmes_by_partner on programmes_programme (partner, starts_on);

create table programmes_version (
  programme   uuid not null references programmes_programme (id),
  number      int not null,
  status      text not null check (status in ('SUBMITTED', 'AGREED')),
  content     jsonb not null,
  frozen_by   text not null,
  frozen_at   timestamptz not null default now(),
  primary key (programme, number)
);

create table programmes_comment (
  id          uuid primary key default gen_random_uuid(),
  programme   uuid not null references programmes_programme (id),
  version     int not null,
  section     text not null check (section ~ '^(general|objectives|activities|goals|objective:[A-Z0-9]{1,8}|activity:[A-Z0-9-]{3,32}|goal:[A-Z0-9]{1,8})$'),
  parent      uuid references programmes_comment (id),
  author      text not null,
  written_at  timestamptz not null default now(),
  body        text not null check (length(body) between 1 and 10000)
);
create index programmes_comment_by_programme on programmes_comment (programme, written_at);

-- Need-to-know: the partner's coordinators, Alliance staff and the Council secretariat; Allies'
-- coordinators the approved and active programmes (not their drafts, versions or comments); no one else.
create function programmes_caller_is_ally() returns boolean language sql stable as
$$ select exists (select 1 from unnest(app_organisations_with(array['NATIONAL_COORDINATOR'])) o
                  where directory_kind_of(o, current_date) = 'ALLY') $$;

alter table programmes_programme enable row level security;
alter table programmes_programme force row level security;
create policy programmes_read on programmes_programme for select using (
  (select app_is_system())
  or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
  or partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or (status in ('APPROVED', 'ACTIVE') and (select programmes_caller_is_ally())));
create policy programmes_draft on programmes_programme for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));
-- the secretariat writes only as the Council's decision takes effect (the status and its reference)
create policy programmes_change on programmes_programme for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
  or partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));

create function programmes_involved(programme uuid) returns boolean language sql stable as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or exists (select 1 from programmes_programme p where p.id = programme
                  and p.partner = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])) $$;

alter table programmes_version enable row level security;
alter table programmes_version force row level security;
create policy programmes_version_read on programmes_version for select using (programmes_involved(programme));
create policy programmes_version_freeze on programmes_version for insert with check (programmes_involved(programme));

alter table programmes_comment enable row level security;
alter table programmes_comment force row level security;
create policy programmes_comment_read on programmes_comment for select using (programmes_involved(programme));
create policy programmes_comment_write on programmes_comment for insert
  with check (programmes_involved(programme) and author = (select current_setting('app.username', true)));

grant select, insert, update on programmes_programme to entente_app;
grant select, insert on programmes_version, programmes_comment to entente_app;
