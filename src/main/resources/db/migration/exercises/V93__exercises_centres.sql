-- The network of partnership training and education centres (PTECs, 2012 concept; 35 centres in 2025) and other
-- institutions that train partners: each an institution of the directory, with its accreditation (status and date)
-- and specialities, recorded by staff. The courses a centre provides are the menu activities it is the provider of,
-- read from the catalogue. NATO publishes the network: every row is public (declared so in the row-level security test).
create table exercises_centre (
  institution     text primary key check (institution ~ '^[A-Z0-9_]{2,20}$'),
  accreditation   text not null check (accreditation in ('CANDIDATE', 'ACCREDITED', 'SUSPENDED', 'WITHDRAWN')),
  accredited_on   date,
  specialities_en text check (length(specialities_en) <= 2000),
  specialities_fr text check (length(specialities_fr) <= 2000),
  recorded_by     text not null,
  updated_at      timestamptz not null default now(),
  check (accreditation = 'CANDIDATE' or accredited_on is not null)
);
grant select, insert, update on exercises_centre to entente_app;
