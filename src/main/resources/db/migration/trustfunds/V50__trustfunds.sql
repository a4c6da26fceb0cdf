-- Partnership Trust Funds: a project per fund (and per phase: Jordan I–IV), its parties, budget lines and a
-- ledger of money in exact decimals. Balances are never stored: they are sums of the ledger.

-- The lifecycle, as one table of legal moves (the same for everyone); TrustFundStatus says the same in Java
-- with who may make each move, and a trigger refuses any other change of status.
create table trustfunds_transition (
  from_status text not null,
  to_status   text not null,
  primary key (from_status, to_status)
);
insert into trustfunds_transition (from_status, to_status) values
  ('IDEA', 'SCOPING'), ('SCOPING', 'LEAD_NATION_FOUND'), ('LEAD_NATION_FOUND', 'FEASIBILITY'),
  ('FEASIBILITY', 'PROPOSAL_AGREED'), ('PROPOSAL_AGREED', 'PRESENTED'), ('PRESENTED', 'PROPOSAL_AGREED'),
  ('PRESENTED', 'LAUNCHED'), ('PRESENTED', 'FEASIBILITY'), ('LAUNCHED', 'AGREEMENTS_SIGNED'),
  ('AGREEMENTS_SIGNED', 'IMPLEMENTING'), ('IMPLEMENTING', 'COMPLETED'), ('COMPLETED', 'CLOSED'),
  ('IDEA', 'CANCELLED'), ('SCOPING', 'CANCELLED'), ('LEAD_NATION_FOUND', 'CANCELLED'), ('FEASIBILITY', 'CANCELLED'),
  ('PROPOSAL_AGREED', 'CANCELLED'), ('PRESENTED', 'CANCELLED'), ('LAUNCHED', 'CANCELLED'),
  ('AGREEMENTS_SIGNED', 'CANCELLED'), ('IMPLEMENTING', 'CANCELLED');
grant select on trustfunds_transition to entente_app;

create sequence trustfunds_code_seq;
grant usage on sequence trustfunds_code_seq to entente_app;

create table trustfunds_project (
  id               uuid primary key default gen_random_uuid(),
  code             text not null unique check (code ~ '^TF-[A-Z]{3}-[0-9]{4}$'),
  series           text,
  phase            int check (phase between 1 and 99),
  title_en         text,
  title_fr         text,
  purpose_en       text,
  purpose_fr       text,
  host             text not null,
  -- who had the idea: the host or an Ally
  proposer         text not null,
  executing_agent  text,
  category         text not null check (category in ('MINES_MUNITIONS_SALW', 'DEFENCE_REFORM', 'CAPACITY_BUILDING', 'OTHER')),
  location         text,
  starts_on        date,
  ends_on          date,
  currency         char(3) not null check (currency ~ '^[A-Z]{3}$'),
  status           text not null default 'IDEA' check (status in ('IDEA', 'SCOPING', 'LEAD_NATION_FOUND', 'FEASIBILITY',
                   'PROPOSAL_AGREED', 'PRESENTED', 'LAUNCHED', 'AGREEMENTS_SIGNED', 'IMPLEMENTING', 'COMPLETED', 'CLOSED', 'CANCELLED')),
  -- who agreed the proposal: HOST, LEAD, EXECUTING_AGENT (all three before it is agreed)
  agreed_by        text[] not null default '{}',
  transparent      boolean not null default true,
  programme        uuid,
  objective        text,
  decision         text,
  launched_on      date,
  closing_note     text,
  cancel_reason    text,
  created_by       text not null,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  check (title_en is not null or title_fr is not null),
  check (ends_on is null or starts_on is null or ends_on >= starts_on),
  check ((programme is null) = (objective is null)),
  check (status not in ('LAUNCHED', 'AGREEMENTS_SIGNED', 'IMPLEMENTING', 'COMPLETED', 'CLOSED') or (decision is not null and launched_on is not null)),
  check (status <> 'CANCELLED' or cancel_reason is not null)
);
create index trustfunds_project_host on trustfunds_project (host);

create function trustfunds_legal_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (
      select 1 from trustfunds_transition where from_status = old.status and to_status = new.status) then
    raise exception 'illegal trust fund move % -> %', old.status, new.status using errcode = '23514';
  end if;
  return new;
end $$;
create trigger trustfunds_legal_move before update of status on trustfunds_project
  for each row execute function trustfunds_legal_move();

-- LEAD (accepted), INVITED_LEAD (asked by staff, not yet accepted), DONOR (pledged)
create table trustfunds_party (
  project       uuid not null references trustfunds_project (id),
  organisation  text not null,
  role          text not null check (role in ('INVITED_LEAD', 'LEAD', 'DONOR')),
  since         timestamptz not null default now(),
  primary key (project, organisation, role)
);

create table trustfunds_budget_line (
  project   uuid not null references trustfunds_project (id),
  position  int not null check (position between 1 and 200),
  label_en  text,
  label_fr  text,
  amount    numeric(19, 4) not null check (amount >= 0),
  primary key (project, position),
  check (label_en is not null or label_fr is not null)
);

-- The ledger. Every amount in its own currency, converted to the project's at a dated rate kept here.
create table trustfunds_transaction (
  id              uuid primary key default gen_random_uuid(),
  project         uuid not null references trustfunds_project (id),
  kind            text not null check (kind in ('PLEDGE', 'COMMITMENT', 'RECEIPT', 'IN_KIND', 'DISBURSEMENT', 'EXPENDITURE', 'ADVANCE')),
  -- the donor for money in, the executing agent for money out
  organisation    text not null,
  amount          numeric(19, 4) not null check (amount > 0),
  currency        char(3) not null check (currency ~ '^[A-Z]{3}$'),
  rate            numeric(24, 10) not null check (rate > 0),
  rate_on         date not null,
  project_amount  numeric(19, 4) not null check (project_amount > 0),
  occurred_on     date not null,
  description     text check (length(description) <= 2000),
  -- a commitment confirms this pledge
  confirms        uuid references trustfunds_transaction (id),
  recorded_by     text not null,
  recorded_at     timestamptz not null default now()
);
create index trustfunds_transaction_project on trustfunds_transaction (project, occurred_on);
create unique index trustfunds_one_confirmation on trustfunds_transaction (confirms) where confirms is not null;

-- Need-to-know: a project's file and ledger for its host, proposer, lead nations (invited ones too), donors,
-- executing agent, Alliance staff and the Council's secretariat. A donor reads others' contributions only
-- where the project is transparent; the public reads launched projects' summaries through
-- trustfunds_public_summaries() only.
create function trustfunds_sees(p uuid) returns boolean language sql stable security definer set search_path = public as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or exists (select 1 from trustfunds_project t where t.id = p and (
             t.host = any (app_organisations_with(array['NATIONAL_COORDINATOR']))
          or t.proposer = any (app_organisations_with(array['NATIONAL_COORDINATOR']))
          or t.executing_agent = any (app_organisations_with(array['EXECUTING_AGENT']))))
       or exists (select 1 from trustfunds_party x where x.project = p
                  and x.organisation = any (app_organisations_with(array['NATIONAL_COORDINATOR']))) $$;

-- whether the caller reads every line of the ledger (not only its own as a donor)
create function trustfunds_reads_ledger(p uuid) returns boolean language sql stable security definer set search_path = public as
$$ select (select app_is_system()) or (select app_has_any_role(array['STAFF', 'COUNCIL_SECRETARIAT']))
       or exists (select 1 from trustfunds_project t where t.id = p and (t.transparent and trustfunds_sees(p)
          or t.host = any (app_organisations_with(array['NATIONAL_COORDINATOR']))
          or t.executing_agent = any (app_organisations_with(array['EXECUTING_AGENT']))))
       or exists (select 1 from trustfunds_party x where x.project = p and x.role = 'LEAD'
                  and x.organisation = any (app_organisations_with(array['NATIONAL_COORDINATOR']))) $$;

-- launched (or once launched): the public may read its summary and pledge to it
create function trustfunds_is_public(p uuid) returns boolean language sql stable security definer set search_path = public as
$$ select exists (select 1 from trustfunds_project t where t.id = p and t.launched_on is not null) $$;

alter table trustfunds_project enable row level security;
alter table trustfunds_project force row level security;
create policy trustfunds_project_read on trustfunds_project for select using (trustfunds_sees(id));
create policy trustfunds_project_propose on trustfunds_project for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or (proposer = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]) and created_by = (select current_setting('app.username', true))));
create policy trustfunds_project_change on trustfunds_project for update using (trustfunds_sees(id));

alter table trustfunds_party enable row level security;
alter table trustfunds_party force row level security;
create policy trustfunds_party_read on trustfunds_party for select using (trustfunds_sees(project));
create policy trustfunds_party_add on trustfunds_party for insert with check (trustfunds_sees(project)
  or (role = 'DONOR' and trustfunds_is_public(project)
      and organisation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])));
create policy trustfunds_party_change on trustfunds_party for update using (trustfunds_sees(project));
create policy trustfunds_party_remove on trustfunds_party for delete using (trustfunds_sees(project));

alter table trustfunds_budget_line enable row level security;
alter table trustfunds_budget_line force row level security;
create policy trustfunds_budget_read on trustfunds_budget_line for select using (trustfunds_sees(project));
create policy trustfunds_budget_write on trustfunds_budget_line for insert with check (trustfunds_sees(project));
create policy trustfunds_budget_change on trustfunds_budget_line for update using (trustfunds_sees(project));
create policy trustfunds_budget_remove on trustfunds_budget_line for delete using (trustfunds_sees(project));

alter table trustfunds_transaction enable row level security;
alter table trustfunds_transaction force row level security;
create policy trustfunds_transaction_read on trustfunds_transaction for select using (
  trustfunds_reads_ledger(project)
  or (organisation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR', 'EXECUTING_AGENT']))::text[])
      and trustfunds_sees(project)));
create policy trustfunds_transaction_record on trustfunds_transaction for insert with check (
  (select app_is_system())
  or (recorded_by = (select current_setting('app.username', true)) and trustfunds_sees(project)));

grant select, insert, update on trustfunds_project to entente_app;
grant select, insert, update, delete on trustfunds_party, trustfunds_budget_line to entente_app;
grant select, insert on trustfunds_transaction to entente_app;

-- What everyone may know of a launched fund, anonymous readers included (with its executing agent, as NATO
-- announces it): no purpose, no ledger lines, no
-- donors' shares; the amounts pledged, committed, received and spent as sums.
create function trustfunds_public_summaries() returns table (
    id uuid, code text, title_en text, title_fr text, host text, executing_agent text, category text, status text, currency text,
    starts_on date, ends_on date, launched_on date, leads text[], pledged numeric, committed numeric, received numeric,
    disbursed numeric, spent numeric)
  language sql stable security definer set search_path = public as
$$
  select t.id, t.code, t.title_en, t.title_fr, t.host, t.executing_agent, t.category, t.status, t.currency::text, t.starts_on, t.ends_on, t.launched_on,
         coalesce((select array_agg(x.organisation order by x.organisation) from trustfunds_party x
                    where x.project = t.id and x.role = 'LEAD'), '{}'),
         coalesce((select sum(m.project_amount) from trustfunds_transaction m where m.project = t.id and m.kind = 'PLEDGE'), 0),
         coalesce((select sum(m.project_amount) from trustfunds_transaction m where m.project = t.id and m.kind = 'COMMITMENT'), 0),
         coalesce((select sum(m.project_amount) from trustfunds_transaction m where m.project = t.id and m.kind in ('RECEIPT', 'IN_KIND')), 0),
         coalesce((select sum(m.project_amount) from trustfunds_transaction m where m.project = t.id and m.kind = 'DISBURSEMENT'), 0),
         coalesce((select sum(m.project_amount) from trustfunds_transaction m where m.project = t.id and m.kind = 'EXPENDITURE'), 0)
  from trustfunds_project t
  where t.launched_on is not null
$$;
revoke all on function trustfunds_public_summaries() from public;
grant execute on function trustfunds_public_summaries() to entente_app;
