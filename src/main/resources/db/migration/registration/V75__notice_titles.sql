-- Notices name the activity by its title in both languages (each reader reads theirs), not by its code alone.
drop function registration_notice_facts(uuid);
create function registration_notice_facts(nomination uuid)
  returns table (nation text, provider text, activity text, event_id uuid, starts_on date, participant_name text, email text,
                 language text, offer_expires_at timestamptz, account uuid, title_en text, title_fr text)
  language sql stable security definer set search_path = public as
$$
  select n.nation, n.provider, n.activity, n.event_id, i.starts_on, p.given_name || ' ' || p.family_name, p.email,
         coalesce((select l from unnest(p.languages) l where l in ('en', 'fr') limit 1), 'en'), n.offer_expires_at, p.account,
         a.title_en, a.title_fr
  from registration_nomination n join registration_participant p on p.id = n.participant
       join registration_invitation i on i.event_id = n.event_id
       left join catalogue_activity a on a.code = n.activity
  where n.id = nomination
$$;
