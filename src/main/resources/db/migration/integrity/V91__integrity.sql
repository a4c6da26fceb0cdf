-- Building Integrity (BI, within PAP-DIB since 2007; open to Allies and partners): a nation asks; staff issue a
-- version of the Self-Assessment Questionnaire; the nation answers it; a peer review team led by staff (three or
-- four experts from nations and organisations) visits; the team's report is agreed with the nation; a tailored
-- follow-up plan links its actions to menu activities. The nation's answers and the report are for that nation's
-- coordinators, staff and the members of the team only.

-- the questionnaire, versioned: a nation answers the version it was issued; EN and FR for every question
create table integrity_question_set (
  version       int primary key check (version >= 1),
  published_on  date not null,
  note_en       text,
  note_fr       text
);
create table integrity_question (
  version   int not null references integrity_question_set (version),
  position  int not null check (position >= 1),
  area      text not null,
  text_en   text not null,
  text_fr   text not null,
  primary key (version, position)
);

insert into integrity_question_set values (1, date '2009-01-01', 'The Integrity Self-Assessment Questionnaire (2009), practical performance rather than legislation.',
  'Le questionnaire d’autoévaluation de l’intégrité (2009), axé sur la pratique plutôt que sur la législation.');
insert into integrity_question values
  (1, 1, 'DEMOCRATIC_CONTROL', 'How does parliament oversee the defence budget and its execution in practice?', 'Comment le parlement contrôle-t-il en pratique le budget de la défense et son exécution ?'),
  (1, 2, 'NATIONAL_ANTI_CORRUPTION', 'Which national anti-corruption laws and bodies apply to the defence establishment, and how are they used?', 'Quelles lois et quels organismes nationaux de lutte contre la corruption s’appliquent à la défense, et comment sont-ils employés ?'),
  (1, 3, 'ANTI_CORRUPTION_POLICY', 'Does the ministry of defence have an integrity policy or code of conduct, and how is it communicated and enforced?', 'Le ministère de la défense a-t-il une politique d’intégrité ou un code de conduite, et comment est-il diffusé et appliqué ?'),
  (1, 4, 'PERSONNEL', 'How are appointments and promotions decided, and how are conflicts of interest declared?', 'Comment les nominations et les promotions sont-elles décidées, et comment les conflits d’intérêts sont-ils déclarés ?'),
  (1, 5, 'BUDGETING', 'How transparent is the defence budget to the public, and how are off-budget revenues accounted for?', 'Dans quelle mesure le budget de la défense est-il transparent pour le public, et comment les recettes hors budget sont-elles comptabilisées ?'),
  (1, 6, 'PROCUREMENT', 'How are defence contracts awarded, and which share is awarded without competition?', 'Comment les contrats de défense sont-ils attribués, et quelle part l’est sans mise en concurrence ?'),
  (1, 7, 'AUDIT', 'Which internal and external audits examine defence spending, and are their findings published?', 'Quels audits internes et externes examinent les dépenses de défense, et leurs conclusions sont-elles publiées ?'),
  (1, 8, 'OPERATIONS', 'How is integrity taken into account in the planning and conduct of operations?', 'Comment l’intégrité est-elle prise en compte dans la planification et la conduite des opérations ?');

create table integrity_assessment (
  id              uuid primary key default gen_random_uuid(),
  nation          text not null,
  requested_by    text not null,
  version         int references integrity_question_set (version),
  status          text not null default 'REQUESTED' check (status in ('REQUESTED', 'SAQ_ISSUED', 'SAQ_SUBMITTED', 'VISIT_SCHEDULED',
                    'VISIT_CONDUCTED', 'REPORT_DRAFT', 'REPORT_AGREED', 'FOLLOW_UP', 'CLOSED', 'WITHDRAWN')),
  -- the accounts of the peer review team (kept here from integrity_team_member for the read rule)
  team            text[] not null default '{}',
  visit_from      date,
  visit_to        date,
  visit_place     text check (length(visit_place) <= 200),
  report_en       text check (length(report_en) <= 50000),
  report_fr       text check (length(report_fr) <= 50000),
  agreed_on       date,
  reason          text check (length(reason) <= 2000),
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  check (status in ('REQUESTED', 'WITHDRAWN') or version is not null),
  check (status not in ('VISIT_SCHEDULED', 'VISIT_CONDUCTED', 'REPORT_DRAFT', 'REPORT_AGREED', 'FOLLOW_UP', 'CLOSED')
         or (visit_from is not null and visit_to >= visit_from)),
  check (status not in ('REPORT_DRAFT', 'REPORT_AGREED', 'FOLLOW_UP', 'CLOSED') or report_en is not null or report_fr is not null),
  check (status not in ('REPORT_AGREED', 'FOLLOW_UP', 'CLOSED') or agreed_on is not null)
);
create index integrity_by_status on integrity_assessment (status, created_at);

create table integrity_transition (
  from_status text not null,
  to_status   text not null,
  primary key (from_status, to_status)
);
insert into integrity_transition values
  ('REQUESTED', 'SAQ_ISSUED'), ('REQUESTED', 'WITHDRAWN'),
  ('SAQ_ISSUED', 'SAQ_SUBMITTED'), ('SAQ_ISSUED', 'WITHDRAWN'),
  ('SAQ_SUBMITTED', 'SAQ_ISSUED'), ('SAQ_SUBMITTED', 'VISIT_SCHEDULED'), ('SAQ_SUBMITTED', 'WITHDRAWN'),
  ('VISIT_SCHEDULED', 'VISIT_SCHEDULED'), ('VISIT_SCHEDULED', 'VISIT_CONDUCTED'), ('VISIT_SCHEDULED', 'WITHDRAWN'),
  ('VISIT_CONDUCTED', 'REPORT_DRAFT'),
  ('REPORT_DRAFT', 'REPORT_DRAFT'), ('REPORT_DRAFT', 'VISIT_CONDUCTED'), ('REPORT_DRAFT', 'REPORT_AGREED'),
  ('REPORT_AGREED', 'FOLLOW_UP'),
  ('FOLLOW_UP', 'CLOSED');

create function integrity_check_move() returns trigger language plpgsql as $$
begin
  if new.status <> old.status and not exists (select 1 from integrity_transition t
      where t.from_status = old.status and t.to_status = new.status) then
    raise exception 'integrity assessment % cannot move from % to %', old.id, old.status, new.status using errcode = '23514';
  end if;
  return new;
end $$;
create trigger integrity_moves before update on integrity_assessment for each row execute function integrity_check_move();

create table integrity_answer (
  assessment  uuid not null references integrity_assessment (id),
  position    int not null,
  answer      text not null check (length(answer) between 1 and 10000),
  answered_by text not null,
  answered_at timestamptz not null default now(),
  primary key (assessment, position)
);

create table integrity_team_member (
  id            uuid primary key default gen_random_uuid(),
  assessment    uuid not null references integrity_assessment (id),
  name          text not null check (length(name) between 1 and 200),
  organisation  text not null,
  account       text,
  leads         boolean not null default false
);
create index integrity_team_by_assessment on integrity_team_member (assessment);

-- the tailored follow-up plan: each action linked to a menu activity (by its code)
create table integrity_action (
  id          uuid primary key default gen_random_uuid(),
  assessment  uuid not null references integrity_assessment (id),
  title_en    text,
  title_fr    text,
  activity    text,
  due_on      date,
  check (title_en is not null or title_fr is not null)
);
create index integrity_action_by_assessment on integrity_action (assessment);

alter table integrity_assessment enable row level security;
alter table integrity_assessment force row level security;
create policy integrity_read on integrity_assessment for select using (
  (select app_is_system())
  or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
  or (select current_setting('app.username', true)) = any (team));
create policy integrity_request on integrity_assessment for insert with check (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or (nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])
      and requested_by = (select current_setting('app.username', true))));
create policy integrity_change on integrity_assessment for update using (
  (select app_is_system()) or (select app_has_any_role(array['STAFF']))
  or nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[]));

create function integrity_readable(a uuid) returns boolean language sql stable as
$$ select exists (select 1 from integrity_assessment x where x.id = a) $$;

-- the nation's own coordinators answer; staff do not write a nation's answers
create function integrity_answers_for_caller(a uuid) returns boolean language sql stable as
$$ select exists (select 1 from integrity_assessment x where x.id = a
                  and x.nation = any ((select app_organisations_with(array['NATIONAL_COORDINATOR']))::text[])) $$;

alter table integrity_answer enable row level security;
alter table integrity_answer force row level security;
create policy integrity_answer_read on integrity_answer for select using (integrity_readable(assessment));
create policy integrity_answer_write on integrity_answer for insert with check (
  ((select app_is_system()) or integrity_answers_for_caller(assessment)) and answered_by = coalesce((select current_setting('app.username', true)), answered_by));
create policy integrity_answer_change on integrity_answer for update using ((select app_is_system()) or integrity_answers_for_caller(assessment));

alter table integrity_team_member enable row level security;
alter table integrity_team_member force row level security;
create policy integrity_team_read on integrity_team_member for select using (integrity_readable(assessment));
create policy integrity_team_write on integrity_team_member for insert with check (
  ((select app_is_system()) or (select app_has_any_role(array['STAFF']))) and integrity_readable(assessment));
-- a visit rescheduled may change its team
create policy integrity_team_remove on integrity_team_member for delete using (
  ((select app_is_system()) or (select app_has_any_role(array['STAFF']))) and integrity_readable(assessment));

alter table integrity_action enable row level security;
alter table integrity_action force row level security;
create policy integrity_action_read on integrity_action for select using (integrity_readable(assessment));
create policy integrity_action_write on integrity_action for insert with check (
  ((select app_is_system()) or (select app_has_any_role(array['STAFF']))) and integrity_readable(assessment));

grant select, insert, update on integrity_assessment, integrity_answer to entente_app;
grant select, insert on integrity_team_member, integrity_action to entente_app;
grant delete on integrity_team_member to entente_app;
grant select on integrity_transition to entente_app;

-- the questionnaire is every signed-in reader's to read; staff publish a new version
do $$
declare t text;
begin
  foreach t in array array['integrity_question_set', 'integrity_question'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I for select using ((select app_is_system()) or (select app_user_id()) is not null)', t || '_read', t);
    execute format('create policy %I on %I for insert with check ((select app_is_system()) or (select app_has_any_role(array[''STAFF''])))', t || '_write', t);
    execute format('grant select, insert on %I to entente_app', t);
  end loop;
end $$;
