-- Which notices each person has read: one row per reader and notice, written when they open it or mark all
-- read. A reader sees and writes only their own rows.
create table notifications_read (
  notice  uuid not null references notifications_outbox (id) on delete cascade,
  user_id uuid not null,
  read_at timestamptz not null,
  primary key (notice, user_id)
);
create index notifications_read_user on notifications_read (user_id);

alter table notifications_read enable row level security;
alter table notifications_read force row level security;
create policy notifications_read_own on notifications_read for select
  using ((select app_is_system()) or user_id = (select app_user_id()));
create policy notifications_read_mark on notifications_read for insert
  with check (user_id = (select app_user_id()));
grant select, insert on notifications_read to entente_app;
