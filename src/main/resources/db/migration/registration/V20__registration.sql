-- Registration: participants owned by their nation, invitations to events, nominations moving through one
-- table of states, and the seats they hold. "Holds a seat" is said once (registration_holds_seat); every
-- count derives from it, and the counter rows' CHECK keeps seats held within capacity and every quota
-- whatever the concurrency.

-- the states, each saying whether it holds a seat (mirrors registration.NominationState)
create function registration_holds_seat(state text) returns boolean language sql immutable parallel safe as
$$ select state in ('CONFIRMED', 'OFFERED', 'ATTENDED') $$;

-- the legal moves (mirrors registration.NominationState; NominationStatesIntegrationTest compares them)
create table registration_transition (
  from_state text not null,
  to_state   text not null,
  primary key (from_state, to_state)
);
insert into registration_transition (from_state, to_state) values
  ('NOMINATED', 'CONFIRMED'), ('NOMINATED', 'WAITLISTED'), ('NOMINATED', 'DECLINED'), ('NOMINATED', 'CANCELLED'),
  ('WAITLISTED', 'CONFIRMED'), ('WAITLISTED', 'OFFERED'), ('WAITLISTED', 'DECLINED'), ('WAITLISTED', 'CANCELLED'),
  ('OFFERED', 'CONFIRMED'), ('OFFERED', 'EXPIRED'), ('OFFERED', 'CANCELLED'),
  ('CONFIRMED', 'CANCELLED'), ('CONFIRMED', 'ATTENDED'), ('CONFIRMED', 'NO_SHOW');
grant select on registration_transition to entente_app;

create table registration_participant (
  id           uuid primary key default gen_random_uuid(),
  nation       text not null,
  family_name  text not null check (family_name <> ''),
  given_name   text not null check (given_name <> ''),
  rank         text,
  organisation text,
  email        text not null check (email like '%_@_%'),
  languages    text[] not null default '{}',
  gender       text check (gender in ('FEMALE', 'MALE', 'OTHER')),
  list_consent boolean not null default false,
  created_at   timestamptz not null default now()
);
create index registration_participant_nation on registration_participant (nation);

-- an event opened to nations: all eligible (nations is null) or those named, within a window
create table registration_invitation (
  event_id     uuid primary key,
  activity     text not null,
  provider     text not null,
  capacity     int not null check (capacity > 0),
  starts_on    date not null,
  ends_on      date not null,
  opens        date not null,
  closes       date not null check (closes >= opens),
  nations      text[],
  nation_quota int check (nation_quota > 0),
  updated_at   timestamptz not null default now()
);
create index registration_invitation_activity on registration_invitation (activity);

-- at most so many seats for the members of a framework (quotas may overlap with the nation quota)
create table registration_quota (
  event_id  uuid not null references registration_invitation (event_id) on delete cascade,
  framework text not null,
  seats     int not null check (seats > 0),
  primary key (event_id, framework)
);

create table registration_nomination (
  id               uuid primary key default gen_random_uuid(),
  event_id         uuid not null references registration_invitation (event_id),
  activity         text not null,
  provider         text not null,
  nation           text not null,
  -- the nation's frameworks when it nominated: the quotas it counts against
  frameworks       text[] not null default '{}',
  participant      uuid not null references registration_participant (id),
  state            text not null check (state in ('NOMINATED', 'CONFIRMED', 'WAITLISTED', 'DECLINED', 'CANCELLED',
                                                  'OFFERED', 'EXPIRED', 'ATTENDED', 'NO_SHOW')),
  holds_seat       boolean generated always as (registration_holds_seat(state)) stored,
  waitlist_position bigint,
  offer_expires_at timestamptz,
  nominated_by     text not null,
  nominated_at     timestamptz not null,
  changed_at       timestamptz not null,
  -- the same person once per event
  constraint registration_nomination_once unique (event_id, participant)
);
create index registration_nomination_event on registration_nomination (event_id, state);
create index registration_nomination_participant on registration_nomination (participant);
create index registration_nomination_offers on registration_nomination (offer_expires_at) where state = 'OFFERED';
create sequence registration_waitlist_position;
grant usage on sequence registration_waitlist_position to entente_app;

-- Seats held per event and per quota: one row per limit. Updated only by the trigger below; the CHECK is
-- the invariant. Scopes: EVENT (capacity), NATION:<code>, FRAMEWORK:<code>.
create table registration_seat_count (
  event_id   uuid not null references registration_invitation (event_id) on delete cascade,
  scope      text not null,
  provider   text not null,
  nation     text,
  seat_limit int not null,
  held       int not null default 0,
  constraint registration_seats_within_limit check (held >= 0 and held <= seat_limit),
  primary key (event_id, scope)
);

-- the limits a nomination counts against
create function registration_scopes(nation text, frameworks text[]) returns text[] language sql immutable as
$$ select array['EVENT', 'NATION:' || nation] || coalesce((select array_agg('FRAMEWORK:' || f) from unnest(frameworks) f), '{}') $$;

-- Every state change of a nomination takes the event's lock first (registration.Registrations does; this
-- trigger too, for writers that forget), so the changes of one event are serialized: waitlist positions
-- follow the order of the changes.
create function registration_lock_event(event uuid) returns void language sql as
$$ select pg_advisory_xact_lock(hashtextextended(event::text, 20)) $$;

create function registration_nomination_check() returns trigger language plpgsql as
$$
begin
  -- a new nomination takes no seat and no place in line: nominations arrive side by side
  if tg_op = 'UPDATE' then
    perform registration_lock_event(new.event_id);
  end if;
  if tg_op = 'INSERT' then
    if new.state <> 'NOMINATED' then
      raise exception 'registration: a nomination begins NOMINATED, not %', new.state using errcode = '23514';
    end if;
  elsif new.state <> old.state then
    if not exists (select 1 from registration_transition where from_state = old.state and to_state = new.state) then
      raise exception 'registration: illegal transition % -> %', old.state, new.state using errcode = '23514';
    end if;
  end if;
  if new.state = 'WAITLISTED' and (tg_op = 'INSERT' or old.state <> 'WAITLISTED') then
    new.waitlist_position := nextval('registration_waitlist_position');
  elsif new.state <> 'WAITLISTED' then
    new.waitlist_position := null;
  end if;
  if new.state <> 'OFFERED' then
    new.offer_expires_at := null;
  end if;
  return new;
end
$$;
create trigger registration_nomination_check before insert or update on registration_nomination
  for each row execute function registration_nomination_check();

-- counts a seat taken or freed against every limit it falls under; the owner's rights, since the caller
-- (a nation cancelling) may not see the provider's counters
create function registration_count_seats() returns trigger language plpgsql security definer set search_path = public as
$$
declare
  delta int;
begin
  if tg_op = 'INSERT' then
    delta := case when new.holds_seat then 1 else 0 end;
  else
    delta := (case when new.holds_seat then 1 else 0 end) - (case when old.holds_seat then 1 else 0 end);
  end if;
  if delta = 0 then
    return null;
  end if;
  update registration_seat_count set held = held + delta
  where event_id = new.event_id and scope = any (registration_scopes(new.nation, new.frameworks));
  return null;
end
$$;
create trigger registration_count_seats after insert or update of state on registration_nomination
  for each row execute function registration_count_seats();

-- Rebuilds an event's limits from its invitation and quotas, counting what is held now; a limit below what
-- is already held fails the CHECK. Also makes the counter row of a nation with a quota that has none yet.
create function registration_recount(event uuid) returns void language plpgsql security definer set search_path = public as
$$
begin
  perform registration_lock_event(event);
  delete from registration_seat_count where event_id = event;
  insert into registration_seat_count (event_id, scope, provider, nation, seat_limit, held)
  select i.event_id, 'EVENT', i.provider, null, i.capacity,
         (select count(*) from registration_nomination n where n.event_id = i.event_id and n.holds_seat)
  from registration_invitation i where i.event_id = event;
  insert into registration_seat_count (event_id, scope, provider, nation, seat_limit, held)
  select i.event_id, 'FRAMEWORK:' || q.framework, i.provider, null, q.seats,
         (select count(*) from registration_nomination n where n.event_id = i.event_id and n.holds_seat
            and q.framework = any (n.frameworks))
  from registration_invitation i join registration_quota q on q.event_id = i.event_id where i.event_id = event;
  insert into registration_seat_count (event_id, scope, provider, nation, seat_limit, held)
  select i.event_id, 'NATION:' || n.nation, i.provider, n.nation, i.nation_quota, count(*) filter (where n.holds_seat)
  from registration_invitation i join registration_nomination n on n.event_id = i.event_id
  where i.event_id = event and i.nation_quota is not null
  group by i.event_id, i.provider, n.nation, i.nation_quota;
end
$$;

-- a nation's first nomination to an event with a nation quota gets its counter row
create function registration_nation_counter() returns trigger language plpgsql security definer set search_path = public as
$$
begin
  insert into registration_seat_count (event_id, scope, provider, nation, seat_limit, held)
  select i.event_id, 'NATION:' || new.nation, i.provider, new.nation, i.nation_quota, 0
  from registration_invitation i where i.event_id = new.event_id and i.nation_quota is not null
  on conflict do nothing;
  return new;
end
$$;
create trigger registration_nation_counter before insert on registration_nomination
  for each row execute function registration_nation_counter();

-- Opens an event to all eligible nations with the catalogue's window, capacity and nation quota, unless it
-- is open already. The first nomination may come from a nation, which may not write invitations.
create function registration_open_event(event uuid, activity text, provider text, capacity int, starts_on date,
                                        ends_on date, opens date, closes date, nation_quota int)
  returns void language plpgsql security definer set search_path = public as
$$
begin
  insert into registration_invitation (event_id, activity, provider, capacity, starts_on, ends_on, opens, closes, nation_quota)
  values (event, activity, provider, capacity, starts_on, ends_on, opens, closes, nation_quota)
  on conflict do nothing;
  if found then
    perform registration_recount(event);
  end if;
end
$$;

-- The seats of an event in figures only (no nation's name): capacity, held, waitlisted. Whether the caller
-- may see the event at all is the catalogue's question, asked before.
create function registration_seats(event uuid) returns table (capacity int, held int, waitlisted int)
  language sql stable security definer set search_path = public as
$$
  select i.capacity, coalesce((select c.held from registration_seat_count c where c.event_id = i.event_id and c.scope = 'EVENT'), 0),
         (select count(*)::int from registration_nomination n where n.event_id = i.event_id and n.state = 'WAITLISTED')
  from registration_invitation i where i.event_id = event
$$;

-- The head of the waitlist whose limits all have room gets the freed seat as an offer; its id, or null.
create function registration_offer_next(event uuid, expires timestamptz, at timestamptz) returns uuid
  language plpgsql security definer set search_path = public as
$$
declare
  chosen uuid;
begin
  perform registration_lock_event(event);
  select n.id into chosen from registration_nomination n
  where n.event_id = event and n.state = 'WAITLISTED'
    and not exists (select 1 from registration_seat_count c where c.event_id = n.event_id
                      and c.scope = any (registration_scopes(n.nation, n.frameworks)) and c.held >= c.seat_limit)
  order by n.waitlist_position
  limit 1;
  if chosen is not null then
    update registration_nomination set state = 'OFFERED', offer_expires_at = expires, changed_at = at where id = chosen;
  end if;
  return chosen;
end
$$;

-- Idempotency keys: the first answer to a key, replayed to its repeats (kept at least 24 hours)
create table registration_idempotency (
  username     text not null,
  key          text not null,
  request_hash text not null,
  status       int,
  body         text,
  created_at   timestamptz not null,
  primary key (username, key)
);
create index registration_idempotency_age on registration_idempotency (created_at);

-- Who sees what (mirrors registration.Registrations): a nation its own people and nominations; a provider
-- the nominations to its events and the people nominated to them; Alliance staff everything.
alter table registration_participant enable row level security;
alter table registration_participant force row level security;
create policy registration_participant_read on registration_participant for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or exists (select 1 from registration_nomination n where n.participant = registration_participant.id
               and n.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])));
create policy registration_participant_write on registration_participant for insert
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
              or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));
create policy registration_participant_change on registration_participant for update
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));

alter table registration_nomination enable row level security;
alter table registration_nomination force row level security;
create policy registration_nomination_read on registration_nomination for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));
create policy registration_nomination_nominate on registration_nomination for insert
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
              or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));
create policy registration_nomination_move on registration_nomination for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));

-- an invitation is seen by its provider, staff and the nations it is open to
alter table registration_invitation enable row level security;
alter table registration_invitation force row level security;
create policy registration_invitation_read on registration_invitation for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])
  or (nations is null and cardinality((select app_organisations_with(array['NATIONAL_COORDINATOR', 'PARTICIPANT']))) > 0)
  or nations && (select app_organisations_with(array['NATIONAL_COORDINATOR', 'PARTICIPANT'])));
create policy registration_invitation_write on registration_invitation for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));

alter table registration_quota enable row level security;
alter table registration_quota force row level security;
create policy registration_quota_all on registration_quota for all
  using ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or exists (select 1 from registration_invitation i where i.event_id = registration_quota.event_id
                      and i.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])))
  with check ((select app_is_system()) or (select app_has_any_role(array['STAFF']))
         or exists (select 1 from registration_invitation i where i.event_id = registration_quota.event_id
                      and i.provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])));

alter table registration_seat_count enable row level security;
alter table registration_seat_count force row level security;
create policy registration_seat_count_read on registration_seat_count for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));

alter table registration_idempotency enable row level security;
alter table registration_idempotency force row level security;
create policy registration_idempotency_own on registration_idempotency for all
  using ((select app_is_system()) or username = (select current_setting('app.username', true)))
  with check ((select app_is_system()) or username = (select current_setting('app.username', true)));

grant select, insert, update on registration_participant, registration_nomination to entente_app;
grant select, update on registration_invitation to entente_app;
grant select, insert, delete on registration_quota to entente_app;
grant select on registration_seat_count to entente_app;
grant select, insert, update, delete on registration_idempotency to entente_app;

-- What a notice about a nomination needs to say and to whom, whoever caused it (a nation's cancellation
-- offers another nation's participant a seat): the owner's rights, for one nomination at a time.
create function registration_notice_facts(nomination uuid)
  returns table (nation text, provider text, activity text, event_id uuid, starts_on date, participant_name text, email text,
                 language text, offer_expires_at timestamptz)
  language sql stable security definer set search_path = public as
$$
  select n.nation, n.provider, n.activity, n.event_id, i.starts_on, p.given_name || ' ' || p.family_name, p.email,
         coalesce((select l from unnest(p.languages) l where l in ('en', 'fr') limit 1), 'en'), n.offer_expires_at
  from registration_nomination n join registration_participant p on p.id = n.participant
       join registration_invitation i on i.event_id = n.event_id
  where n.id = nomination
$$;
