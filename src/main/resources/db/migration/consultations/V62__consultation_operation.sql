-- A consultation with the contributors to a NATO-led operation (para 8) names the operation (engagement's code);
-- its partner participants must contribute to it.
alter table consultations_consultation add column operation text;
alter table consultations_consultation add constraint consultations_operation_format
  check ((format = 'OPERATION_CONTRIBUTORS') = (operation is not null));
