-- A format whose invitations are restricted to the holders of a status: the Enhanced Opportunities Partners
-- (engagement's dated statuses) on the day of the request.
alter table consultations_consultation drop constraint consultations_consultation_format_check;
alter table consultations_consultation add constraint consultations_consultation_format_check
  check (format in ('THEMATIC', 'EVENT_DRIVEN', 'OPERATION_CONTRIBUTORS', 'FRAMEWORK', 'ENHANCED_PARTNERS'));
