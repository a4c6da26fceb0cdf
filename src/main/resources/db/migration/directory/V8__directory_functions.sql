-- The directory's published SQL interface, for other modules' row-level security policies: they call these
-- functions rather than read the directory's tables.

-- ALLY, PARTNER, or the organisation's own kind, on a date (null before it joined the landscape)
create function directory_kind_of(organisation text, on_date date) returns text
  language sql stable security definer set search_path = public as
$$
  select case when o.kind <> 'NATION' then o.kind
              when o.ally_from <= on_date then 'ALLY'
              when exists (select 1 from directory_membership m where m.organisation = o.code
                             and m.valid_from <= on_date and (m.valid_to is null or m.valid_to > on_date)) then 'PARTNER'
         end
  from directory_organisation o where o.code = organisation
$$;

-- the frameworks an organisation belonged to on a date
create function directory_frameworks_of(organisation text, on_date date) returns text[]
  language sql stable security definer set search_path = public as
$$
  select coalesce(array_agg(distinct m.framework), '{}') from directory_membership m
  where m.organisation = directory_frameworks_of.organisation
    and m.valid_from <= on_date and (m.valid_to is null or m.valid_to > on_date)
$$;
