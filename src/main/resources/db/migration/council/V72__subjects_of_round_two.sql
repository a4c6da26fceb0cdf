-- The Council decides on the subjects of the round-two tools too: science grants (SPS), defence planning (PARP
-- packages, IPAP/PARP participation), capacity-building packages (DCB) and the weights that prioritise resources.
alter table council_decision drop constraint council_decision_subject_type_check;
alter table council_decision add constraint council_decision_subject_type_check check (subject_type in
  ('PROGRAMME', 'ELIGIBILITY', 'CONSULTATION', 'TRUST_FUND', 'SCIENCE', 'PLANNING', 'CAPACITY_BUILDING', 'PRIORITISATION', 'OTHER'));
