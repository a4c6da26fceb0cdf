-- The yearly review of the menu (policy para 15): staff retain or discard each activity, with a reason.
-- A discarded activity leaves the menu and stays in history. The registration module adds the evidence.
create table catalogue_review (
  activity   text not null references catalogue_activity (code),
  year       int not null check (year between 2000 and 2100),
  decision   text not null check (decision in ('RETAIN', 'DISCARD')),
  reason     text not null check (reason <> ''),
  decided_by text not null,
  decided_at timestamptz not null default now(),
  primary key (activity, year)
);

alter table catalogue_review enable row level security;
alter table catalogue_review force row level security;
create policy catalogue_review_read on catalogue_review for select
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF', 'ADMIN', 'COUNCIL_SECRETARIAT']))
         or exists (select 1 from catalogue_activity a where a.code = activity
                    and a.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])));
create policy catalogue_review_decide on catalogue_review for insert
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF'])));
grant select, insert on catalogue_review to entente_app;
