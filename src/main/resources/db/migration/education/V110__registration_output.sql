-- Registration's yearly output in figures, for the programmes and centres that run events through it (asked only
-- through registration.Output, the Java half): per year of the events' start, the events, the participants who
-- attended, the nations they came from (a count, never which), and the mean of the feedback marks only from three
-- answers, as the feedback summary does. Events are given by id (a DEEP programme's) or by provider (a training
-- centre's activities). Security definer: the figures count every nation's nominations, and show none of them.
create function registration_output(events uuid[], providers text[], from_year int, to_year int)
  returns table (year int, events int, attended int, nations int, answers int, mean numeric)
  language sql stable security definer set search_path = public as
$$
  with chosen as (
    select i.event_id, extract(year from i.starts_on)::int as year from registration_invitation i
    where (i.event_id = any (coalesce(events, '{}')) or i.provider = any (coalesce(providers, '{}')))
      and extract(year from i.starts_on) between from_year and to_year
  ), attendance as (
    select c.year, n.nation from registration_nomination n join chosen c on c.event_id = n.event_id where n.state = 'ATTENDED'
  ), marks as (
    select c.year, count(*)::int as answers, avg((f.relevance + f.quality + f.organisation) / 3.0) as mean
    from registration_feedback f join chosen c on c.event_id = f.event_id group by c.year
  )
  select c.year, count(*)::int,
         (select count(*) from attendance a where a.year = c.year)::int,
         (select count(distinct a.nation) from attendance a where a.year = c.year)::int,
         coalesce((select m.answers from marks m where m.year = c.year), 0),
         (select round(m.mean, 2) from marks m where m.year = c.year and m.answers >= 3)
  from chosen c group by c.year order by c.year
$$;
revoke all on function registration_output(uuid[], text[], int, int) from public;
grant execute on function registration_output(uuid[], text[], int, int) to entente_app;
