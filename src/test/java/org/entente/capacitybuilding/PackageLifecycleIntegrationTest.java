package org.entente.capacitybuilding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.trustfunds.Funds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Jordan's package from request to a biennial review: who reads it at each stage (Jordan, its contributors,
 * staff; Allies only once approved; Georgia never), the Council's confirmed decision as the only approval,
 * illegal moves 409, bad input 400 naming the field, every move audited and told through the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageLifecycleIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  Http http;
  Packaging jordan;
  Accounts accounts;

  @BeforeAll
  void setUp() {
    http = new Http(port);
    accounts = new Accounts(http);
    jordan = new Packaging(http, "JOR");
  }

  private static List<String> names(JsonNode problem) {
    return StreamSupport.stream(problem.get("invalid-params").spliterator(), false).map(p -> p.get("name").asString()).toList();
  }

  @Test
  void requestedAssessedDraftedApprovedByTheCouncilImplementedAndReviewed() {
    var germany = accounts.create("DEU:NATIONAL_COORDINATOR");
    var ally = accounts.create("NLD:NATIONAL_COORDINATOR");
    var georgia = accounts.create("GEO:NATIONAL_COORDINATOR");

    var id = jordan.requested("Cyber defence and counter-IED for Jordan");
    var requested = jordan.ok(http.get(jordan.path(id, ""), jordan.coordinator.bearer()));
    assertThat(requested.get("capacityPackage").get("status").asString()).isEqualTo("REQUESTED");
    assertThat(requested.get("next").toString()).contains("WITHDRAWN").doesNotContain("ASSESSING");
    // in preparation: neither an Ally nor another partner reads it
    assertThat(http.get(jordan.path(id, ""), ally.bearer()).status()).isEqualTo(404);
    assertThat(http.get(jordan.path(id, ""), georgia.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/capacity-building/" + id, georgia.bearer()).status()).isEqualTo(404);

    // the partner may not assess, and may not jump to the Council
    assertThat(jordan.move(id, "ASSESSING", jordan.coordinator).status()).isEqualTo(409);
    assertThat(jordan.move(id, "BEFORE_COUNCIL", jordan.staff).status()).isEqualTo(409);
    // a coordinator may not draft: 403
    assertThat(jordan.send("POST", jordan.path(id, "/areas"), Map.of("name", Map.of("en", "x")), jordan.coordinator).status()).isEqualTo(403);

    jordan.ok(jordan.move(id, "ASSESSING", jordan.staff));
    // drafted needs an assessment first
    assertThat(jordan.move(id, "DRAFTED", jordan.staff).status()).isEqualTo(409);
    var bad = jordan.send("POST", jordan.path(id, "/experts"), Map.of("nation", "JOR", "kind", "GUARD", "name", ""), jordan.staff);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(names(bad.json())).contains("nation", "kind", "name");
    var drafted = jordan.drafted(id, List.of("Cyber defence", "Counter-IED"), List.of("DEU"), "lifecycle");
    assertThat(drafted.get("contributors").toString()).isEqualTo("[\"DEU\"]");
    assertThat(drafted.get("areas")).hasSize(2);
    // the contributing nation reads it in preparation; an Ally that does not contribute does not
    assertThat(http.get(jordan.path(id, ""), germany.bearer()).status()).isEqualTo(200);
    assertThat(http.get(jordan.path(id, ""), ally.bearer()).status()).isEqualTo(404);

    // funding by a trust fund of the trust-fund module; an unknown one is refused by name
    var unknown = jordan.send("PUT", jordan.path(id, "/funding"), Map.of("trustFund", java.util.UUID.randomUUID().toString()), jordan.staff);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(names(unknown.json())).containsExactly("trustFund");
    var fund = new Funds(http).propose("JOR", "DCB fund for Jordan");
    var funded = jordan.ok(jordan.send("PUT", jordan.path(id, "/funding"), Map.of("trustFund", fund), jordan.staff)).get("capacityPackage");
    assertThat(funded.get("trustFund").asString()).isEqualTo(fund);

    // only the Council approves; a decision proposed but not confirmed changes nothing
    jordan.ok(jordan.move(id, "BEFORE_COUNCIL", jordan.staff));
    assertThat(jordan.move(id, "APPROVED", jordan.staff).status()).isEqualTo(409);
    var proposal = jordan.secretariat.propose("CAPACITY_BUILDING", id, List.of(), "APPROVED");
    assertThat(jordan.ok(http.get(jordan.path(id, ""), jordan.staff.bearer())).get("capacityPackage").get("status").asString())
        .isEqualTo("BEFORE_COUNCIL");
    // four eyes: the proposer may not confirm
    assertThat(http.send("POST", "/api/v1/council/decisions/" + proposal.get("id").asString() + "/confirm", "",
        jordan.secretariat.proposer.bearer()).status()).isBetween(400, 409);
    jordan.ok(http.send("POST", "/api/v1/council/decisions/" + proposal.get("id").asString() + "/confirm", "",
        jordan.secretariat.confirmer.bearer()));
    var approved = jordan.ok(http.get(jordan.path(id, ""), jordan.staff.bearer())).get("capacityPackage");
    assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.get("decision").asString()).startsWith("PO(");
    assertThat(approved.get("nextReview").isNull()).isFalse();
    // content is frozen once approved
    assertThat(jordan.send("POST", jordan.path(id, "/areas"), Map.of("name", Map.of("en", "Late")), jordan.staff).status()).isEqualTo(409);
    // now every Ally reads it; another partner still does not
    assertThat(http.get(jordan.path(id, ""), ally.bearer()).status()).isEqualTo(200);
    assertThat(http.get(jordan.path(id, ""), georgia.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/capacity-building/packages?partner=JOR", georgia.bearer()).json().get("total").asInt()).isZero();

    // a review only while one is open; it needs every area's progress
    jordan.ok(jordan.move(id, "IMPLEMENTING", jordan.staff));
    assertThat(jordan.send("POST", jordan.path(id, "/reviews"), Map.of("summary", Map.of("en", "x"), "progress", List.of()), jordan.staff).status())
        .isEqualTo(409);
    jordan.ok(jordan.move(id, "UNDER_REVIEW", jordan.staff));
    assertThat(jordan.move(id, "IMPLEMENTING", jordan.staff).status()).isEqualTo(400);
    var first = approved.get("areas").get(0).get("id").asString();
    var partial = jordan.send("POST", jordan.path(id, "/reviews"),
        Map.of("summary", Map.of("en", "x"), "progress", List.of(Map.of("area", first, "percent", 101))), jordan.staff);
    assertThat(partial.status()).isEqualTo(400);
    assertThat(names(partial.json())).containsExactly("progress[0].percent");
    var reviewed = jordan.reviewed(id, 70, "biennial");
    assertThat(reviewed.get("status").asString()).isEqualTo("IMPLEMENTING");
    assertThat(reviewed.get("reviews")).hasSize(1);
    assertThat(reviewed.get("areas").get(0).get("progress").asInt()).isEqualTo(70);
    jordan.ok(jordan.move(id, "CLOSED", jordan.staff));
    assertThat(jordan.move(id, "IMPLEMENTING", jordan.staff).status()).isEqualTo(409);

    // every move audited; the partner told through the outbox
    long audited = org.entente.database.SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where entity_type = 'capacity-package' and entity_id = :id").param("id", id).query(Long.class).single()));
    assertThat(audited).isGreaterThanOrEqualTo(12);
    var notices = http.get("/api/v1/notifications", jordan.coordinator.bearer());
    assertThat(notices.body()).contains("Cyber defence and counter-IED for Jordan");
  }

  @Test
  void thePartnerWithdrawsWithAReasonAndNobodyElsesPartnerMayAsk() {
    var id = jordan.requested("Withdrawn package");
    var noReason = jordan.move(id, "WITHDRAWN", jordan.coordinator);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(names(noReason.json())).containsExactly("reason");
    jordan.ok(jordan.send("POST", jordan.path(id, "/transitions"), Map.of("to", "WITHDRAWN", "reason", "Bilateral help instead"), jordan.coordinator));
    var other = jordan.send("POST", "/api/v1/capacity-building/packages", Map.of("partner", "GEO", "title", Map.of("en", "x"), "request",
        Map.of("en", "y")), jordan.coordinator);
    assertThat(other.status()).isEqualTo(400);
    assertThat(names(other.json())).containsExactly("partner");
    var participant = accounts.create("JOR:PARTICIPANT");
    assertThat(jordan.send("POST", "/api/v1/capacity-building/packages", Map.of("title", Map.of("en", "x"), "request", Map.of("en", "y")),
        participant).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/capacity-building/packages?status=NOPE", jordan.staff.bearer()).status()).isEqualTo(400);
    assertThat(http.get(jordan.path(java.util.UUID.randomUUID().toString(), ""), jordan.staff.bearer()).status()).isEqualTo(404);
  }
}
