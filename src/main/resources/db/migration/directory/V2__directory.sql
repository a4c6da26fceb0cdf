-- The partnership landscape: organisations, the frameworks they belong to over time, and the policy's
-- taxonomies. Reference data, public by nature; rows are loaded from versioned files, each with its source.

create table directory_framework (
  code        text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  category    text not null check (category in ('MULTILATERAL', 'BILATERAL')),
  name_en     text not null check (name_en <> ''),
  name_fr     text not null check (name_fr <> ''),
  established date,
  source      text not null check (source <> ''),
  evidence    char(1) not null check (evidence in ('D', 'I', 'U'))
);

create table directory_organisation (
  code       text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,11}$'),
  kind       text not null check (kind in ('NATION', 'INTERNATIONAL_ORGANISATION', 'ALLIANCE_BODY', 'INSTITUTION')),
  name_en    text not null check (name_en <> ''),
  name_fr    text not null check (name_fr <> ''),
  ally_from  date check (ally_from is null or kind = 'NATION'),
  -- the nation an institution belongs to, or 'NATO' for the Alliance's own
  belongs_to text,
  source     text not null check (source <> ''),
  evidence   char(1) not null check (evidence in ('D', 'I', 'U'))
);

-- A period of an organisation in a framework; [valid_from, valid_to). Suspension is a period of its own.
create table directory_membership (
  organisation text not null references directory_organisation (code),
  framework    text not null references directory_framework (code),
  valid_from   date not null,
  valid_to     date check (valid_to is null or valid_to > valid_from),
  status       text not null check (status in ('ACTIVE', 'SUSPENDED')),
  source       text not null check (source <> ''),
  evidence     char(1) not null check (evidence in ('D', 'I', 'U')),
  primary key (organisation, framework, valid_from),
  exclude using gist (organisation with =, framework with =, daterange(valid_from, valid_to) with &&)
);
create index directory_membership_framework on directory_membership (framework);

-- Names an organisation bore before its current one (e.g. "the former Yugoslav Republic of Macedonia").
create table directory_former_name (
  organisation text not null references directory_organisation (code),
  name_en      text not null,
  name_fr      text not null,
  valid_from   date,
  valid_to     date not null,
  source       text not null,
  evidence     char(1) not null check (evidence in ('D', 'I', 'U')),
  primary key (organisation, valid_to)
);

create table directory_strategic_objective (
  code     text primary key,
  number   int not null unique check (number between 1 and 99),
  name_en  text not null,
  name_fr  text not null,
  source   text not null,
  evidence char(1) not null check (evidence in ('D', 'I', 'U'))
);

create table directory_priority_area (
  code     text primary key,
  number   int not null unique check (number between 1 and 99),
  name_en  text not null,
  name_fr  text not null,
  source   text not null,
  evidence char(1) not null check (evidence in ('D', 'I', 'U'))
);

create table directory_area_of_cooperation (
  code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  name_en  text not null,
  name_fr  text not null,
  source   text not null,
  evidence char(1) not null check (evidence in ('D', 'I', 'U'))
);

-- Which version of each reference file is loaded, so that a start with unchanged files writes nothing.
create table directory_reference_file (
  name      text primary key,
  sha256    text not null,
  row_count int not null,
  loaded_at timestamptz not null default now()
);

-- Reference data is public: the application role reads it all and the loader keeps it current.
grant select, insert, update, delete on
  directory_framework, directory_organisation, directory_membership, directory_former_name,
  directory_strategic_objective, directory_priority_area, directory_area_of_cooperation,
  directory_reference_file
to entente_app;
