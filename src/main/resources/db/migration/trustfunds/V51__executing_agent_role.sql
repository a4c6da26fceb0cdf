-- The role of the agency that runs trust fund projects (access.Role.EXECUTING_AGENT, issue 13): memberships may
-- hold it. (identity's own check lists the roles; this widens it by one. A later role must list this one too.)
alter table identity_membership drop constraint identity_membership_role_check;
alter table identity_membership add constraint identity_membership_role_check check (role in ('ADMIN', 'STAFF',
  'COUNCIL_SECRETARIAT', 'NATIONAL_COORDINATOR', 'PROVIDER_MANAGER', 'PARTICIPANT', 'AUDITOR', 'EXECUTING_AGENT'));
