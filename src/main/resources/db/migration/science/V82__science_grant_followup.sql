-- Grant follow-up of an awarded SPS project (issue 14): the award paid in instalments, each due on a milestone or a
-- date and moving planned -> released -> paid (one transition table, checked by a trigger); the sum of a project's
-- instalments never above its award (checked again here, under the application's lock in science.Science). With
-- each progress report the co-directors report spending per budget category; a report whose cumulative spending of
-- a category passes the category's budget by more than 10 % is flagged for staff, who mark it reviewed.
-- Scope: whoever reads the application (science_sees) reads its instalments and spending; only staff plan and move
-- instalments; spending is written with the report by whoever may write the report.

create table science_instalment_transition (
  from_state text not null,
  to_state   text not null,
  primary key (from_state, to_state)
);
insert into science_instalment_transition (from_state, to_state) values ('PLANNED', 'RELEASED'), ('RELEASED', 'PAID');
grant select on science_instalment_transition to entente_app;

create table science_instalment (
  id           uuid primary key default gen_random_uuid(),
  application  uuid not null references science_application (id),
  number       integer not null check (number between 1 and 100),
  amount       numeric(19, 2) not null check (amount > 0),
  milestone    text check (length(milestone) between 1 and 300),
  due_on       date,
  state        text not null default 'PLANNED' check (state in ('PLANNED', 'RELEASED', 'PAID')),
  planned_by   text not null,
  planned_at   timestamptz not null default now(),
  released_by  text,
  released_at  timestamptz,
  paid_by      text,
  paid_at      timestamptz,
  unique (application, number),
  check (milestone is not null or due_on is not null),
  check (state = 'PLANNED' or (released_by is not null and released_at is not null)),
  check (state <> 'PAID' or (paid_by is not null and paid_at is not null))
);
create index science_instalment_due on science_instalment (state, due_on);

create function science_instalment_guard() returns trigger language plpgsql security definer set search_path = public as $$
declare
  award numeric;
  planned numeric;
begin
  if tg_op = 'UPDATE' and new.state <> old.state and not exists (
      select 1 from science_instalment_transition where from_state = old.state and to_state = new.state) then
    raise exception 'illegal instalment move % -> %', old.state, new.state using errcode = '23514';
  end if;
  select awarded_amount into award from science_application where id = new.application;
  select coalesce(sum(amount), 0) into planned from science_instalment where application = new.application and id <> new.id;
  if award is null or planned + new.amount > award then
    raise exception 'instalments above the award of %', new.application using errcode = '23514';
  end if;
  return new;
end $$;
create trigger science_instalment_guard before insert or update on science_instalment
  for each row execute function science_instalment_guard();

alter table science_instalment enable row level security;
alter table science_instalment force row level security;
create policy science_instalment_read on science_instalment for select using (science_sees(application));
create policy science_instalment_plan on science_instalment for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF'])));
create policy science_instalment_move on science_instalment for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF'])));
grant select, insert, update on science_instalment to entente_app;

alter table science_report add column overspent text[] not null default '{}';
alter table science_report add column reviewed_by text;
alter table science_report add column reviewed_at timestamptz;
create policy science_report_review on science_report for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF'])));
grant update on science_report to entente_app;

create table science_spending (
  report       uuid not null references science_report (id),
  application  uuid not null references science_application (id),
  category     text not null check (category in ('EQUIPMENT', 'TRAVEL', 'TRAINING', 'STIPENDS', 'OTHER')),
  amount       numeric(19, 2) not null check (amount >= 0),
  primary key (report, category)
);
create index science_spending_application on science_spending (application, category);

alter table science_spending enable row level security;
alter table science_spending force row level security;
create policy science_spending_read on science_spending for select using (science_sees(application));
create policy science_spending_write on science_spending for insert with check (
  (select app_is_system()) or (science_sees(application) and exists (
    select 1 from science_report r where r.id = report and r.written_by = (select current_setting('app.username', true)))));
grant select, insert on science_spending to entente_app;
