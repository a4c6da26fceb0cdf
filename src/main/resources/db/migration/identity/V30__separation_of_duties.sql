-- Separation of duties (issue 12): no administrator grants a role to himself; ADMIN, AUDITOR and
-- COUNCIL_SECRETARIAT are granted by two administrators, one proposing (a pending grant) and another
-- confirming — said in Java (UserAccounts) and again here, so that no code path can skip it.

create table identity_pending_grant (
  id           uuid primary key default gen_random_uuid(),
  user_id      uuid not null references identity_user (id) on delete cascade,
  organisation text not null check (char_length(organisation) between 1 and 20),
  role         text not null check (role in ('ADMIN', 'AUDITOR', 'COUNCIL_SECRETARIAT')),
  proposed_by  uuid not null references identity_user (id) on delete cascade,
  proposed_at  timestamptz not null default now(),
  unique (user_id, organisation, role),
  check (proposed_by <> user_id)
);

alter table identity_pending_grant enable row level security;
alter table identity_pending_grant force row level security;
create policy identity_pending_grant_admin on identity_pending_grant for all
  using ((select app_is_system()) or (select app_has_any_role(array['ADMIN'])))
  with check ((select app_is_system()) or (select app_has_any_role(array['ADMIN'])));
grant select, insert, delete on identity_pending_grant to entente_app;

-- A membership added by a person (not the system's own start-up work): never to himself; a privileged one
-- only when another administrator proposed it and this one is not the grantee.
create function identity_membership_duties() returns trigger language plpgsql as $$
begin
  if (select app_is_system()) then
    return new;
  end if;
  if new.user_id = (select app_user_id()) then
    raise exception 'an administrator cannot grant a role to himself' using errcode = 'check_violation';
  end if;
  if new.role in ('ADMIN', 'AUDITOR', 'COUNCIL_SECRETARIAT') and not exists (
      select 1 from identity_pending_grant g
      where g.user_id = new.user_id and g.organisation = new.organisation and g.role = new.role
        and g.proposed_by <> (select app_user_id())) then
    raise exception 'granting % needs a second administrator to confirm', new.role using errcode = 'check_violation';
  end if;
  return new;
end $$;

create trigger identity_membership_duties before insert on identity_membership
  for each row execute function identity_membership_duties();

-- Unknown usernames are throttled like known ones: failures are looked up by username too.
create index identity_login_failure_username on identity_login_failure (username, at);

-- The SQL interface other modules' policies may call (as directory_kind_of): the signed-in caller's e-mail,
-- which is how a participant's account is known as the holder of a participant record.
create function identity_email() returns text
  language sql stable security definer set search_path = public as
$$ select lower(email) from identity_user where id = (select app_user_id()) $$;
grant execute on function identity_email() to entente_app;
