-- The disaster response centre's duty officer (access.Role.EMERGENCY_DUTY_OFFICER) may be held, for an Alliance
-- body only (identity.UserAccounts says so): identity's list of roles grows by one. A later migration that adds a
-- role must list every role again, this one included.
alter table identity_membership drop constraint identity_membership_role_check;
alter table identity_membership add constraint identity_membership_role_check
  check (role in ('ADMIN', 'STAFF', 'COUNCIL_SECRETARIAT', 'NATIONAL_COORDINATOR', 'PROVIDER_MANAGER', 'PARTICIPANT', 'AUDITOR',
                  'EMERGENCY_DUTY_OFFICER'));
