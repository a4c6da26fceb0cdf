-- A participant's own space: the national coordinator links a participant record to the account of the person
-- (an account holding PARTICIPANT for the same nation); that person then sees their own record, nominations,
-- certificates and feedback, and nobody else's. Before, the PARTICIPANT role read certificates and feedback of
-- its whole nation: that is taken away here.
alter table registration_participant add column account uuid unique;

-- the caller's own participant records and nominations, with the owner's rights (the policies of the two
-- tables look at each other, so they cannot ask each other directly)
create function registration_my_participants() returns setof uuid
  language sql stable security definer set search_path = public as
$$ select id from registration_participant where account = app_user_id() $$;

create function registration_my_nominations() returns setof uuid
  language sql stable security definer set search_path = public as
$$ select n.id from registration_nomination n join registration_participant p on p.id = n.participant
   where p.account = app_user_id() $$;

create policy registration_participant_self on registration_participant for select
  using (account = (select app_user_id()));
create policy registration_nomination_self on registration_nomination for select
  using (participant in (select registration_my_participants()));
-- a participant accepts, declines or cancels their own nomination (the service says which moves)
create policy registration_nomination_self_move on registration_nomination for update
  using (participant in (select registration_my_participants()));

drop policy registration_certificate_read on registration_certificate;
create policy registration_certificate_read on registration_certificate for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[])
  or nomination in (select registration_my_nominations()));

drop policy registration_feedback_own on registration_feedback;
drop policy registration_feedback_give on registration_feedback;
create policy registration_feedback_own on registration_feedback for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or nomination in (select registration_my_nominations()));
create policy registration_feedback_give on registration_feedback for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or nomination in (select registration_my_nominations()));

-- notices now name the participant's account, so that only they (not every participant of the nation) read them
drop function registration_notice_facts(uuid);
create function registration_notice_facts(nomination uuid)
  returns table (nation text, provider text, activity text, event_id uuid, starts_on date, participant_name text, email text,
                 language text, offer_expires_at timestamptz, account uuid)
  language sql stable security definer set search_path = public as
$$
  select n.nation, n.provider, n.activity, n.event_id, i.starts_on, p.given_name || ' ' || p.family_name, p.email,
         coalesce((select l from unnest(p.languages) l where l in ('en', 'fr') limit 1), 'en'), n.offer_expires_at, p.account
  from registration_nomination n join registration_participant p on p.id = n.participant
       join registration_invitation i on i.event_id = n.event_id
  where n.id = nomination
$$;
