-- A review summary staff write in their own words (EN/FR) and release to the applicants once the nations have
-- decided (issue 14): never a reviewer's name or one reviewer's scores. It lives on the application, read by whoever
-- reads the application; only staff write it (the application's update policy already limits updates to staff, the
-- secretariat and the co-directors; the service allows staff alone and once).
alter table science_application add column review_summary_en text check (length(review_summary_en) <= 4000);
alter table science_application add column review_summary_fr text check (length(review_summary_fr) <= 4000);
alter table science_application add column summary_released_by text;
alter table science_application add column summary_released_at timestamptz;
alter table science_application add constraint science_summary_released check (
  (summary_released_at is null) = (summary_released_by is null)
  and (summary_released_at is null or review_summary_en is not null or review_summary_fr is not null));
