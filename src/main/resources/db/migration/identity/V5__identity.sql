-- People, the roles they hold for organisations, their API tokens and failed sign-ins.

create table identity_user (
  id            uuid primary key default gen_random_uuid(),
  username      text not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
  display_name  text not null check (display_name <> ''),
  email         text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
  password_hash text,
  oidc_issuer   text,
  oidc_subject  text,
  enabled       boolean not null default true,
  failed_logins int not null default 0,
  locked_until  timestamptz,
  created_at    timestamptz not null default now(),
  unique (oidc_issuer, oidc_subject),
  check (password_hash is not null or oidc_subject is not null)
);

-- organisation is a directory code, checked by the application (modules do not join across tables)
create table identity_membership (
  user_id      uuid not null references identity_user (id) on delete cascade,
  organisation text not null,
  role         text not null check (role in ('ADMIN', 'STAFF', 'COUNCIL_SECRETARIAT', 'NATIONAL_COORDINATOR',
                                             'PROVIDER_MANAGER', 'PARTICIPANT', 'AUDITOR')),
  primary key (user_id, organisation, role)
);
create index identity_membership_organisation on identity_membership (organisation);

-- only the SHA-256 of a token is kept
create table identity_token (
  hash       char(64) primary key,
  user_id    uuid not null references identity_user (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index identity_token_user on identity_token (user_id);

create table identity_login_failure (
  address  text not null,
  username text not null,
  at       timestamptz not null default now()
);
create index identity_login_failure_address on identity_login_failure (address, at);

-- Mirrors access.Permissions: READ_USERS_GLOBALLY (ADMIN, STAFF), READ_USERS_FOR_OWN_ORGANISATION
-- (NATIONAL_COORDINATOR, PROVIDER_MANAGER, COUNCIL_SECRETARIAT), MANAGE_USERS_GLOBALLY (ADMIN).
-- The caller's context is read through "(select …)": evaluated once per query, not once per row.
alter table identity_user enable row level security;
alter table identity_user force row level security;
-- (the membership subquery runs under identity_membership's own policy, which never looks back here)
create policy identity_user_read on identity_user for select using (
  (select app_is_system())
  or id = (select app_user_id())
  or (select app_has_any_role(array['ADMIN', 'STAFF']))
  or exists (select 1 from identity_membership m where m.user_id = identity_user.id
             and m.organisation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR', 'PROVIDER_MANAGER', 'COUNCIL_SECRETARIAT']))::text[])));
create policy identity_user_write on identity_user for all
  using ((select app_is_system()) or (select app_has_any_role(array['ADMIN'])))
  with check ((select app_is_system()) or (select app_has_any_role(array['ADMIN'])));

alter table identity_membership enable row level security;
alter table identity_membership force row level security;
-- a coordinator sees the roles held in their own organisations, not a person's other affiliations
create policy identity_membership_read on identity_membership for select using (
  (select app_is_system())
  or user_id = (select app_user_id())
  or (select app_has_any_role(array['ADMIN', 'STAFF']))
  or organisation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR', 'PROVIDER_MANAGER', 'COUNCIL_SECRETARIAT']))::text[]));
create policy identity_membership_write on identity_membership for all
  using ((select app_is_system()) or (select app_has_any_role(array['ADMIN'])))
  with check ((select app_is_system()) or (select app_has_any_role(array['ADMIN'])));

alter table identity_token enable row level security;
alter table identity_token force row level security;
create policy identity_token_own on identity_token for all
  using ((select app_is_system()) or user_id = (select app_user_id()))
  with check ((select app_is_system()) or user_id = (select app_user_id()));

alter table identity_login_failure enable row level security;
alter table identity_login_failure force row level security;
create policy identity_login_failure_system on identity_login_failure for all
  using ((select app_is_system())) with check ((select app_is_system()));

grant select, insert, update, delete on identity_user, identity_membership, identity_token, identity_login_failure
  to entente_app;
