-- A participant reads only their own certificates (issue 12): the holder is the participant record whose
-- e-mail is the account's. Coordinators of the nation, staff and the provider read them as before.

create function registration_is_holder(certificate_nomination uuid) returns boolean
  language sql stable security definer set search_path = public as
$$ select exists (select 1 from registration_nomination n join registration_participant p on p.id = n.participant
                  where n.id = certificate_nomination and lower(p.email) = (select identity_email())) $$;
grant execute on function registration_is_holder(uuid) to entente_app;

drop policy registration_certificate_read on registration_certificate;
create policy registration_certificate_read on registration_certificate for select using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or (nation = any ((select app_organisations_with(array['PARTICIPANT']))::text[]) and registration_is_holder(nomination))
  or provider = any ((select app_organisations_with(array['PROVIDER_MANAGER']))::text[]));
