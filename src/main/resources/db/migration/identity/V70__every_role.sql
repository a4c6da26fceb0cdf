-- Trust funds (V51) and emergencies (V56) each widened identity's list of roles by one, written side by side:
-- the later one left EXECUTING_AGENT out. The list is restated whole; RolesIntegrationTest keeps it equal to
-- access.Role, so the next role that is added without a migration fails the build.
alter table identity_membership drop constraint identity_membership_role_check;
alter table identity_membership add constraint identity_membership_role_check
  check (role in ('ADMIN', 'STAFF', 'COUNCIL_SECRETARIAT', 'NATIONAL_COORDINATOR', 'PROVIDER_MANAGER', 'PARTICIPANT', 'AUDITOR',
                  'EXECUTING_AGENT', 'EMERGENCY_DUTY_OFFICER'));
