-- The facts the events page shows beside each event the reader already sees in the catalogue: the window of
-- nominations, whether the reader's nation is among those invited, and the seats in figures only (capacity,
-- held, waitlisted) -- never another nation's name or nominations. Events not yet opened explicitly have no
-- invitation row: the caller falls back to the catalogue's window and capacity (null here).
create function registration_event_facts(events uuid[], nation text)
  returns table (event_id uuid, opens date, closes date, invited boolean, capacity int, held int, waitlisted int)
  language sql stable security definer set search_path = public as
$$
  select i.event_id, i.opens, i.closes,
         i.nations is null or (nation is not null and nation = any (i.nations)),
         i.capacity,
         coalesce((select c.held from registration_seat_count c where c.event_id = i.event_id and c.scope = 'EVENT'), 0),
         (select count(*)::int from registration_nomination n where n.event_id = i.event_id and n.state = 'WAITLISTED')
  from registration_invitation i where i.event_id = any (events)
$$;
revoke all on function registration_event_facts(uuid[], text) from public;
grant execute on function registration_event_facts(uuid[], text) to entente_app;
