-- What a programme needs to know of the activities it plans, whoever reads it: the status (a discarded one
-- is no longer visible to partners, yet their programme still names it), whether the partner is eligible
-- by the rule, and how many events fall in the programme's period. No titles, no text: those the partner
-- saw when it chose the activity, and the programme keeps them.
create function catalogue_planning(codes text[], organisation text, period_start date, period_end date)
  returns table (code text, status text, eligible boolean, events_in_period int)
  language sql stable security definer set search_path = public as
$$
  select a.code, a.status, catalogue_eligible(a, organisation),
         (select count(*)::int from catalogue_event e
           where e.activity = a.code and e.starts_on between period_start and period_end)
  from catalogue_activity a
  where a.code = any (codes)
$$;
revoke all on function catalogue_planning(text[], text, date, date) from public;
grant execute on function catalogue_planning(text[], text, date, date) to entente_app;
