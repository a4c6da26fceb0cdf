package org.entente.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.catalogue.Menu;
import org.entente.council.Secretariat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wider engagement (para 10): an interlocutor without a partnership is engaged only by a confirmed Council
 * decision, within its period — engaged on its last day, no longer on its review date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InterlocutorIntegrationTest {

  private static final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void engagedOnACouncilDecisionUntilItsReviewDate() {
    var http = new Http(port);
    var accounts = new Accounts(http);
    var staff = accounts.create("IS:STAFF");
    var ally = accounts.create("NLD:NATIONAL_COORDINATOR");
    var partner = accounts.create("JOR:NATIONAL_COORDINATOR");
    var secretariat = new Secretariat(http);
    var today = LocalDate.now();
    var until = today.plusMonths(6);

    var body = Map.of("organisation", "SGP", "name", Map.of("en", "Singapore", "fr", "Singapour"), "scope", "ACTIVITIES",
        "activities", List.of("MARITIME-101"), "validFrom", today.toString(), "validTo", until.toString());
    var proposed = http.send("POST", "/api/v1/engagement/interlocutors", json.writeValueAsString(body), "Content-Type", "application/json",
        staff.bearer()[0], staff.bearer()[1]);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    var id = proposed.json().get("id").asString();
    assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
    assertThat(http.get("/api/v1/council/agenda", secretariat.proposer.bearer()).body()).contains("engagement:" + id, "Engagement with Singapore");
    assertThat(http.get("/api/v1/engagement/interlocutors?organisation=SGP&on=" + today, staff.bearer()).json().get("total").asInt())
        .as("not before the Council decides").isZero();

    secretariat.decide("OTHER", "engagement:" + id, List.of(), "APPROVED");
    var engaged = http.get("/api/v1/engagement/interlocutors/" + id, staff.bearer()).json();
    assertThat(engaged.get("status").asString()).isEqualTo("ENGAGED");
    assertThat(engaged.get("decision").asString()).startsWith("PO(");

    var on = "/api/v1/engagement/interlocutors?organisation=SGP&on=";
    assertThat(http.get(on + today, ally.bearer()).json().get("total").asInt()).isEqualTo(1);
    assertThat(http.get(on + until.minusDays(1), ally.bearer()).json().get("total").asInt()).isEqualTo(1);
    assertThat(http.get(on + until, ally.bearer()).json().get("total").asInt()).as("the engagement has ended").isZero();
    assertThat(http.get(on + today.minusDays(1), ally.bearer()).json().get("total").asInt()).isZero();
    assertThat(http.get("/api/v1/engagement/interlocutors", partner.bearer()).body()).as("a partner does not read the register").doesNotContain("SGP");
    assertThat(http.get("/engagement?on=" + today, ally.bearer()).body()).contains("Singapore");

    var partnerAsInterlocutor = http.send("POST", "/api/v1/engagement/interlocutors",
        json.writeValueAsString(Map.of("organisation", "GEO", "scope", "DIALOGUE")), "Content-Type", "application/json", staff.bearer()[0], staff.bearer()[1]);
    assertThat(partnerAsInterlocutor.status()).isEqualTo(400);
    assertThat(partnerAsInterlocutor.body()).contains("organisation");
    assertThat(http.send("POST", "/api/v1/engagement/interlocutors", json.writeValueAsString(Map.of("organisation", "AU", "scope", "DIALOGUE")),
        "Content-Type", "application/json", staff.bearer()[0], staff.bearer()[1]).status()).as("the African Union, named by the directory").isEqualTo(201);
    assertThat(http.send("POST", "/api/v1/engagement/interlocutors", json.writeValueAsString(Map.of("organisation", "IND", "scope", "DIALOGUE")),
        "Content-Type", "application/json", ally.bearer()[0], ally.bearer()[1]).status()).isEqualTo(403);
  }

  @Test
  void theMenuAdmitsAnEngagedInterlocutorWithinItsScopeAndOnlyWhileTheEngagementRuns() {
    var http = new Http(port);
    var menu = new Menu(http, "NSO");
    var secretariat = new Secretariat(http);
    var today = LocalDate.now();
    var tag = "interloc" + UUID.randomUUID().toString().substring(0, 6);
    var inScope = Menu.uniqueCode("NSO-ENG");
    var otherArea = Menu.uniqueCode("NSO-ENG");
    var namedNations = Menu.uniqueCode("NSO-ENG");
    for (var code : List.of(inScope, otherArea, namedNations)) {
      var draft = Menu.draft(code, "NSO");
      draft.put("title", Map.of("en", "Course " + tag + " " + code, "fr", "Cours " + tag + " " + code));
      draft.put("priorityAreas", List.of(code.equals(otherArea) ? "PA1" : "PA3"));
      if (code.equals(namedNations)) draft.put("eligibility", Map.of("kind", "NATIONS", "nations", List.of("GEO")));
      menu.publish(draft);
    }
    // a nation without a partnership, unknown to the directory: only the engagement can open the menu to it
    var interlocutor = "X" + java.util.concurrent.ThreadLocalRandom.current().ints(5, 'A', 'Z' + 1)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    var from = today.minusDays(10);
    var until = today.plusDays(20);
    var proposed = menu.post("/api/v1/engagement/interlocutors", Map.of("organisation", interlocutor,
        "name", Map.of("en", "Interlocutor " + interlocutor, "fr", "Interlocuteur " + interlocutor), "scope", "PRIORITY_AREAS",
        "priorityAreas", List.of("PA3"), "validFrom", from.toString(), "validTo", until.toString()), menu.staff);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    var eligible = "/api/v1/activities?q=" + tag + "&eligibleFor=" + interlocutor;
    assertThat(codes(http.get(eligible, menu.staff.bearer()).json())).as("proposed, not yet decided").isEmpty();

    secretariat.decide("OTHER", "engagement:" + proposed.json().get("id").asString(), List.of(), "APPROVED");
    assertThat(codes(http.get(eligible, menu.staff.bearer()).json()))
        .as("within its priority areas; not another area, not an activity for named nations").containsExactly(inScope);

    // the menu's own rule on a date, read as staff would (row-level security applies)
    var on = "select catalogue_eligible_on(a, :org, :on) from catalogue_activity a where a.code = :code";
    var staff = new Caller(UUID.randomUUID(), "eligibility-" + UUID.randomUUID(), List.of(new Caller.Grant("IS", Role.STAFF)));
    for (var day : List.of(from.minusDays(1), from, until.minusDays(1), until)) {
      var admitted = new AtomicReference<Boolean>();
      Callers.runAs(staff, () -> transactions.executeWithoutResult(t ->
          admitted.set(jdbc.sql(on).param("org", interlocutor).param("on", day).param("code", inScope).query(Boolean.class).single())));
      assertThat(admitted.get()).as("on %s", day).isEqualTo(!day.isBefore(from) && day.isBefore(until));
    }
  }

  private static List<String> codes(tools.jackson.databind.JsonNode page) {
    var codes = new java.util.ArrayList<String>();
    page.get("items").forEach(hit -> codes.add(hit.get("activity").get("code").asString()));
    return codes;
  }
}
