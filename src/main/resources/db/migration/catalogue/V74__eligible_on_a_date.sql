-- Eligibility on a date, and for interlocutors engaged by the Council too: an activity open to all partners or
-- case by case admits an interlocutor within the scope of its engagement (named activities or priority areas)
-- while that engagement runs. Named-nation and framework activities stay with the nations they name. An
-- organisation the directory does not know is not eligible (false, not null).
create function catalogue_eligible_on(a catalogue_activity, organisation text, on_date date) returns boolean language sql stable as
$$
  select coalesce(directory_kind_of(organisation, on_date) = 'ALLY'
      or (directory_kind_of(organisation, on_date) = 'PARTNER' and (
             a.eligibility = 'ALL_PARTNERS'
          or (a.eligibility = 'FRAMEWORKS' and directory_frameworks_of(organisation, on_date) && a.eligible_frameworks)
          or (a.eligibility in ('NATIONS', 'CASE_BY_CASE') and organisation = any (a.eligible_nations))))
      or (a.eligibility in ('ALL_PARTNERS', 'CASE_BY_CASE') and coalesce(directory_kind_of(organisation, on_date), '') not in ('ALLY', 'PARTNER')
          and engagement_admits(organisation, a.code, a.priority_areas, on_date)), false)
$$;

create or replace function catalogue_eligible(a catalogue_activity, organisation text) returns boolean language sql stable as
$$ select catalogue_eligible_on(a, organisation, current_date) $$;
