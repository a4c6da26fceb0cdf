-- Menu eligibility asks whether an interlocutor is admitted to an activity on a date (para 10: engagement on a
-- decision of the Council, focused on the priority areas or on named activities). The register itself stays
-- readable by staff, the secretariat and Allies only: this answers yes or no, nothing more.
create function engagement_admits(organisation text, activity text, activity_priority_areas text[], on_date date)
  returns boolean language sql stable security definer set search_path = public cost 1000 as
$$
  select exists (select 1 from engagement_interlocutor i
                  where i.organisation = engagement_admits.organisation and i.status = 'ENGAGED'
                    and i.valid_from <= on_date and on_date < i.valid_to
                    and ((i.scope = 'ACTIVITIES' and engagement_admits.activity = any (i.activities))
                      or (i.scope = 'PRIORITY_AREAS' and i.priority_areas && activity_priority_areas)))
$$;
revoke all on function engagement_admits(text, text, text[], date) from public;
grant execute on function engagement_admits(text, text, text[], date) to entente_app;
