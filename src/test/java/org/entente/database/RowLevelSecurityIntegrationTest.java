package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second line of need-to-know: every table either carries forced row-level security with a policy, or
 * is declared public here with the reason; and the application role, with no caller context, reads
 * nothing from a guarded table that holds rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RowLevelSecurityIntegrationTest {

  /** Tables without row-level security, each with why nothing in it is any nation's to hide. */
  static final Map<String, String> PUBLIC_TABLES =
      Map.ofEntries(
          Map.entry("flyway_schema_history", "the migrations applied"),
          Map.entry("directory_framework", "public reference data"),
          Map.entry("directory_organisation", "public reference data"),
          Map.entry("directory_membership", "public reference data"),
          Map.entry("directory_former_name", "public reference data"),
          Map.entry("directory_strategic_objective", "public reference data"),
          Map.entry("directory_priority_area", "public reference data"),
          Map.entry("directory_area_of_cooperation", "public reference data"),
          Map.entry("directory_reference_file", "checksums of the reference files"),
          Map.entry("registration_transition", "the legal moves between nomination states, the same for everyone"),
          Map.entry("trustfunds_transition", "the legal moves between trust fund stages, the same for everyone"),
          Map.entry("emergencies_transition", "the legal moves of incidents and offer lines, the same for everyone"),
          Map.entry("science_transition", "the legal moves between SPS review phases, the same for everyone"),
          Map.entry("science_instalment_transition", "the legal moves of an SPS grant's instalments, the same for everyone"),
          Map.entry("capacitybuilding_transition", "the legal moves of capacity building packages, the same for everyone"),
          Map.entry("integrity_transition", "the legal moves of Building Integrity assessments, the same for everyone"),
          Map.entry("audit_head", "the last sequence number and hash of the audit chain, nothing else"),
          Map.entry("spring_session", "found by a random id before anyone is known; no nation's data"),
          Map.entry("spring_session_attributes", "belongs to spring_session"),
          // engagement (issue 16): public facts, each with its source; written by the reference loader or by staff
          Map.entry("engagement_operation", "public reference data"),
          Map.entry("engagement_contribution", "public reference data"),
          Map.entry("engagement_status", "public reference data"),
          Map.entry("engagement_reference_file", "checksums of the reference files"),
          Map.entry("engagement_contact_point", "public fact: NATO publishes which Allied embassy is each partner's contact point"),
          Map.entry("engagement_mission", "public fact: a partner's mission to NATO and its address"),
          // planning (issue 17)
          Map.entry("planning_transition", "the legal moves of PARP cycles, the same for everyone"),
          Map.entry("planning_question", "the survey's versioned questions, the same for every partner"),
          // capabilities (issue 17, OCC)
          Map.entry("capabilities_transition", "the legal moves of units, evaluations and remedial actions, the same for everyone"),
          // education (issue 18, DEEP and PDP)
          Map.entry("education_transition", "the legal moves of DEEP and PDP programmes, the same for everyone"),
          // exercises (issue 18)
          Map.entry("exercises_transition", "the legal moves of exercise programme versions, the same for everyone"),
          Map.entry("exercises_centre", "public fact: NATO publishes the training centres network and each centre's accreditation"),
          // prioritisation (issue 19)
          Map.entry("prioritisation_transition", "the legal moves of weight sets and allocation runs, the same for everyone"),
          // search (issue 20)
          Map.entry("catalogue_menu_version", "a counter of the menu's changes, nothing else; only its trigger writes it"));

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @BeforeEach
  void somethingInEveryTable() {
    var http = new Http(port);
    var accounts = new Accounts(http);
    accounts.create("GEO:NATIONAL_COORDINATOR"); // a user, memberships, a token, audit records
    http.get("/api/v1/audit/verify", accounts.create("IS:AUDITOR").bearer()); // a verification of the trail
    http.send("POST", "/api/v1/auth/token", "{\"username\":\"nobody\",\"password\":\"wrong-password-1\"}",
        "Content-Type", "application/json"); // a failed sign-in
    var menu = new org.entente.catalogue.Menu(http, "NSO"); // an activity, its revisions, an event
    var code = org.entente.catalogue.Menu.uniqueCode("NSO-RLS");
    menu.publish(org.entente.catalogue.Menu.draft(code, "NSO"));
    menu.addEvent(code, java.time.LocalDate.now().plusMonths(2), 10);
    http.upload("/api/v1/imports", "rls.csv", ("activity,starts_on,ends_on,city,country,seats,nominations_open,"
        + "nominations_close,nation_quota\n" + code + ",2000-01-01,2000-01-02,,,1,2000-01-01,2000-01-01,\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), menu.provider.bearer()); // an import report
    menu.post("/api/v1/activities/" + code + "/reviews",
        java.util.Map.of("year", 2026, "decision", "RETAIN", "reason", "kept"), menu.staff); // a review decision
    // a programme approved by a Council decision (versions, an agenda item, a decision), and a comment on it
    var drafting = new org.entente.programmes.Drafting(http, "GEO", 1);
    var programme = drafting.approved("GEO", "RLS", java.time.LocalDate.now().plusYears(1).withDayOfYear(1));
    drafting.menu.post("/api/v1/programmes/" + programme + "/comments", java.util.Map.of("body", "noted"), drafting.staff);
    // registration: a participant, an invitation with a quota (and its seat counters), a nomination, an idempotency key
    var reg = new org.entente.registration.Registrar(http, "NSO");
    var coordinator = reg.coordinator("GEO");
    var event = reg.event(10);
    menu.http.send("PUT", "/api/v1/events/" + event + "/invitation", "{\"nationQuota\":2,\"frameworkQuotas\":{\"EAPC_PFP\":5}}",
        "Content-Type", "application/json", "Authorization", "Bearer " + reg.menu.provider.token());
    reg.nominate(event, reg.participant(coordinator, "Rls", "Seed"), coordinator, "Idempotency-Key", java.util.UUID.randomUUID().toString());
    // an attended event: a certificate, feedback, a report (and notices in the outbox all along)
    var today = java.time.LocalDate.now();
    var held = reg.event(5, today);
    reg.openUntilStart(held, today);
    var attended = reg.nominated(held, reg.participant(coordinator, "Rls", "Attended"), coordinator).get("id").asString();
    reg.move(attended, "CONFIRMED", reg.menu.provider);
    reg.move(attended, "ATTENDED", reg.menu.provider);
    reg.menu.post("/api/v1/nominations/" + attended + "/feedback", java.util.Map.of("relevance", 4, "quality", 4, "organisation", 4), coordinator);
    menu.http.send("PUT", "/api/v1/events/" + held + "/report", "{\"text\":{\"en\":\"Held.\"}}",
        "Content-Type", "application/json", "Authorization", "Bearer " + reg.menu.provider.token());
    // --- harden: a grant of AUDITOR awaiting a second administrator ---
    org.entente.identity.PendingGrants.seed(http);
    // --- daily work (issue 11): a notice marked read by its reader ---
    org.entente.notifications.ReadNotices.markOneRead(http, coordinator);
    // --- end daily work ---
    // --- trustfunds: a launched fund with its parties, budget and ledger ---
    org.entente.trustfunds.Funds.seedEveryTable(http);
    // --- emergencies: an incident with needs, places, contacts, an accepted offer, a report; a point of contact
    org.entente.emergencies.Responders.seedEveryTable(http);
    // --- end emergencies
    // --- consultations: a consultation approved by the Council, held, with a document, minutes and its public record ---
    org.entente.consultations.ConsultationSeed.seed(http);
    org.entente.engagement.EngagementSeed.seed(http); // a person of a partner's mission
    // --- end consultations ---
    // --- science: a call, a panel, an application awarded after review (one reviewer declined) ---
    org.entente.science.Sps.seedEveryTable(http);
    // --- end science ---
    // --- capacitybuilding: a package drafted, approved by the Council and reviewed (areas, projects, experts, progress) ---
    org.entente.capacitybuilding.Packaging.seedEveryTable(http);
    // --- end capacitybuilding ---
    // --- integrity: an assessment answered, peer reviewed, its report agreed and an action linked to a menu activity ---
    org.entente.integrity.Assessing.seedEveryTable(http);
    // --- end integrity ---
    // --- planning: Moldova admitted to PARP by the Council, a cycle with its survey, goals version, comment and history ---
    org.entente.planning.Parp.seedEveryTable(http);
    // --- end planning ---
    // --- capabilities: Moldova's unit declared, accepted, self- and NATO-evaluated, certified, with a remedial action ---
    org.entente.capabilities.Occ.seedEveryTable(http);
    // --- end capabilities ---
    // --- exercises: a version of the exercise programme approved, with an exercise, its conferences and its menu activity ---
    org.entente.exercises.Mtep.seedEveryTable(http);
    // --- end exercises ---
    // --- prioritisation: Moldova's profile, a judgement entered and values derived ---
    org.entente.prioritisation.Priorities.seedEveryTable(http);
    // --- end prioritisation ---
    // --- education: Ukraine's PDP programme active, with an expert, a placement and a menu event ---
    org.entente.education.Deep.seedEveryTable(http);
    // --- end education ---
    // --- planning (programme assessments): an IPAP of Georgia approved, its first year rated, sent and commented on ---
    org.entente.planning.ProgrammeAssessing.seedEveryTable(http);
    // --- end planning (programme assessments) ---
  }

  private List<String> tables() {
    return jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
        .query(String.class)
        .list();
  }

  @Test
  void everyTableIsGuardedOrDeclaredPublic() {
    var unguarded = new ArrayList<String>();
    for (var table : tables()) {
      var guarded =
          jdbc.sql(
                  """
                  select c.relrowsecurity and c.relforcerowsecurity
                         and exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname)
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where n.nspname = 'public' and c.relname = :table
                  """)
              .param("table", table)
              .query(Boolean.class)
              .single();
      if (!guarded && !PUBLIC_TABLES.containsKey(table)) {
        unguarded.add(table);
      }
      if (guarded) {
        assertThat(PUBLIC_TABLES).as("%s is guarded: take it off the public list", table).doesNotContainKey(table);
      }
    }
    assertThat(unguarded).as("tables with neither forced row-level security and a policy, nor a reason to be public").isEmpty();
  }

  @Test
  void withNoCallerEveryGuardedTableReadsEmpty() {
    var guarded = tables().stream().filter(t -> !PUBLIC_TABLES.containsKey(t)).toList();
    assertThat(guarded).contains("identity_user", "identity_membership", "identity_token", "identity_login_failure", "audit_record");
    for (var table : guarded) {
      // outside a transaction: no context at all
      assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
      // inside one, with no caller
      long inTransaction = transactions.execute(s -> count(table));
      assertThat(inTransaction).as(table).isZero();
      // not vacuous: the rows are there for the system
      long forSystem = SystemWork.run("test", () -> transactions.execute(s -> count(table)));
      assertThat(forSystem).as("%s holds rows", table).isPositive();
    }
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void theApplicationRoleCannotSwitchSecurityOff() {
    var error = org.assertj.core.api.Assertions.catchThrowable(
        () -> jdbc.sql("alter table identity_user disable row level security").update());
    assertThat(error).isNotNull();
    assertThat(org.assertj.core.util.Throwables.getRootCause(error)).hasMessageContaining("must be owner");
  }
}
