-- Notifications through a transactional outbox: a module writes its notice in the transaction of the change
-- it tells of, so a notice exists exactly when the change does. A sender delivers the e-mails later, claiming
-- each row (FOR UPDATE SKIP LOCKED) and marking it sent in the same transaction; a refused delivery is tried
-- again with a growing delay. The same rows are each reader's in-app notifications.
create table notifications_outbox (
  id              uuid primary key default gen_random_uuid(),
  -- who reads it in the application: ORGANISATION:ROLE grants
  audience        text[] not null default '{}',
  email           text,
  language        text not null check (language in ('en', 'fr')),
  subject_key     text not null,
  body_key        text not null,
  arguments       text[] not null default '{}',
  link            text,
  -- a notice that must exist once only (a reminder) names itself
  once_key        text unique,
  created_at      timestamptz not null,
  attempts        int not null default 0,
  next_attempt_at timestamptz not null,
  sent_at         timestamptz,
  last_error      text
);
create index notifications_outbox_due on notifications_outbox (next_attempt_at) where sent_at is null and email is not null;
create index notifications_outbox_audience on notifications_outbox using gin (audience);

alter table notifications_outbox enable row level security;
alter table notifications_outbox force row level security;
-- the sender works as the system; a reader sees what is addressed to one of their grants
create policy notifications_outbox_read on notifications_outbox for select
  using ((select app_is_system()) or audience && (select app_grants()));
-- any module writes notices for anyone, inside the transaction of the caller's change
create policy notifications_outbox_write on notifications_outbox for insert with check (true);
create policy notifications_outbox_deliver on notifications_outbox for update using ((select app_is_system()));
grant select, insert, update on notifications_outbox to entente_app;
