-- When a membership was granted, for the administrator's start page ("memberships granted recently").
alter table identity_membership add column granted_at timestamptz not null default now();
