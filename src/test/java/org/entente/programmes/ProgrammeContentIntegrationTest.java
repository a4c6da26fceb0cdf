package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a programme may plan (published activities the partner is eligible for), what the menu's later news
 * does to it (flags), what a bad text answers, and who reads programmes at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeContentIntegrationTest {

  @LocalServerPort int port;
  Http http;
  Drafting drafting;
  final int year = LocalDate.now().getYear();

  @BeforeAll
  void setUp() {
    http = new Http(port);
    drafting = new Drafting(http, "GEO", 2);
  }

  private List<String> names(JsonNode problem) {
    return StreamSupport.stream(problem.get("invalid-params").spliterator(), false).map(p -> p.get("name").asString()).toList();
  }

  @Test
  void onlyPublishedActivitiesThePartnerIsEligibleForArePlanned() {
    var japanOnly = Menu.uniqueCode("NSO-JPN");
    var draft = Menu.draft(japanOnly, "NSO");
    draft.put("eligibility", Map.of("kind", "NATIONS", "nations", List.of("JPN")));
    draft.put("marking", Map.of("level", "PUBLIC", "releasableTo", List.of())); // visible, but not open to Georgia
    drafting.menu.publish(draft);
    var unpublished = Menu.uniqueCode("NSO-DRAFT");
    assertThat(drafting.menu.post("/api/v1/activities", Menu.draft(unpublished, "NSO"), drafting.menu.provider).status()).isEqualTo(201);

    var refused = drafting.create("GEO", "ITPP", LocalDate.of(year, 1, 1),
        Drafting.content("ELIG", List.of(drafting.activities.get(0), japanOnly, unpublished, "NSO-NOTHING", drafting.activities.get(0)), year));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(names(refused.json())).containsExactly("activities[1].code", "activities[2].code", "activities[3].code", "activities[4].code");
    assertThat(refused.body()).contains("not eligible");
    assertThat(http.get("/api/v1/programmes?partner=GEO", drafting.coordinator.bearer()).body()).doesNotContain("ELIG");
  }

  @Test
  void everyWrongFieldIsNamedAtOnce() {
    var body = Map.of("partner", "JOR", "type", "PLAN", "startsOn", "2001-01-01");
    var refused = drafting.menu.post("/api/v1/programmes", body, drafting.coordinator);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(names(refused.json())).containsExactlyInAnyOrder("partner", "type", "startsOn");

    var ally = new Accounts(http).create("FRA:NATIONAL_COORDINATOR");
    var forAnAlly = drafting.menu.post("/api/v1/programmes", Map.of("partner", "FRA", "type", "ITPP", "startsOn", year + "-01-01"), ally);
    assertThat(forAnAlly.status()).isEqualTo(400);
    assertThat(forAnAlly.body()).contains("not a partner");

    var content = Map.<String, Object>of(
        "objectives", List.of(Map.of("text", Map.of(), "priorityAreas", List.of("PA99"),
            "targets", List.of(Map.of("text", Map.of("en", "x"), "value", -1, "year", year + 5)))),
        "activities", List.of(Map.of("code", drafting.activities.get(0), "plannedParticipants", Map.of("1999", 2, String.valueOf(year), 5000))),
        "goals", List.of(Map.of("key", "bad key!", "text", Map.of("fr", "Un but"))));
    var bad = drafting.create("GEO", "ITPP", LocalDate.of(year, 1, 1), content);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(names(bad.json())).contains("objectives[0].text", "objectives[0].priorityAreas", "objectives[0].targets[0].value",
        "objectives[0].targets[0].year", "activities[0].plannedParticipants", "activities[0].plannedParticipants." + year, "goals[0].key");

    var twice = drafting.create("GEO", "ITPP", LocalDate.of(year, 1, 1), Map.of("goals",
        List.of(Map.of("key", "G1", "text", Map.of("en", "One")), Map.of("key", "g1", "text", Map.of("en", "Two")))));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(names(twice.json())).containsExactly("goals[1].key");

    var classified = drafting.menu.post("/api/v1/programmes", Map.of("partner", "GEO", "type", "ITPP", "startsOn", year + "-01-01",
        "marking", Map.of("level", "NATO SECRET")), drafting.coordinator);
    assertThat(classified.status()).isEqualTo(422);
  }

  @Test
  void activitiesDiscardedOrWithoutEventsInThePeriodAreFlagged() {
    var noEvent = drafting.publish(false);
    var toDiscard = drafting.publish(true);
    var created = drafting.create("GEO", "ITPP", LocalDate.of(year, 1, 1),
        Drafting.content("FLAGS", List.of(drafting.activities.get(0), noEvent, toDiscard), year));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var id = created.json().get("programme").get("id").asString();
    var discarded = drafting.menu.move(toDiscard, "DISCARDED", "No longer relevant", drafting.staff);
    assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);

    var planned = http.get("/api/v1/programmes/" + id, drafting.coordinator.bearer()).json().get("planned");
    assertThat(flags(planned)).containsEntry(drafting.activities.get(0), "[]")
        .containsEntry(noEvent, "[\"NO_EVENT_IN_PERIOD\"]")
        .containsEntry(toDiscard, "[\"DISCARDED\"]");
    assertThat(http.get("/api/v1/activities/" + toDiscard, drafting.coordinator.bearer()).status())
        .as("the partner no longer sees the discarded activity itself").isEqualTo(404);

    // the partner may keep it while revising (the title it chose stays), but cannot add it anew elsewhere
    var kept = drafting.http.send("PUT", "/api/v1/programmes/" + id,
        Drafting.json(Drafting.content("FLAGS", List.of(toDiscard), year)), "Content-Type", "application/json",
        drafting.coordinator.bearer()[0], drafting.coordinator.bearer()[1]);
    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    assertThat(kept.json().get("programme").get("content").get("activities").get(0).get("title").get("en").asString()).contains(toDiscard);
    var fresh = drafting.create("GEO", "ITPP", LocalDate.of(year, 1, 1), Drafting.content("FRESH", List.of(toDiscard), year));
    assertThat(fresh.status()).isEqualTo(400);
  }

  @Test
  void programmesAreSeenByThePartnerStaffAndSecretariatAndOnceApprovedByAllies() {
    var draft = drafting.create("GEO", "ITPP", LocalDate.of(year + 1, 1, 1), Drafting.content("SEEN-DRAFT", drafting.activities, year + 1));
    var draftId = draft.json().get("programme").get("id").asString();
    var approved = drafting.approved("GEO", "SEEN-APPROVED", LocalDate.of(year, 1, 1));
    var accounts = new Accounts(http);

    assertThat(ids(drafting.coordinator)).contains(draftId, approved);
    assertThat(ids(drafting.staff)).contains(draftId, approved);
    assertThat(ids(drafting.secretariat.proposer)).contains(draftId, approved);
    var france = accounts.create("FRA:NATIONAL_COORDINATOR");
    assertThat(ids(france)).contains(approved).doesNotContain(draftId);
    assertThat(http.get("/api/v1/programmes/" + draftId, france.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/programmes/" + approved + "/comments", france.bearer()).status()).as("the review stays between the parties").isEqualTo(404);
    assertThat(http.get("/api/v1/programmes/" + approved + "/versions", france.bearer()).status()).isEqualTo(404);
    for (var outsider : List.of(accounts.create("JOR:NATIONAL_COORDINATOR"), accounts.create("GEO:PARTICIPANT"), accounts.create("NSO:PROVIDER_MANAGER"))) {
      assertThat(ids(outsider)).doesNotContain(draftId, approved);
      assertThat(http.get("/api/v1/programmes/" + approved, outsider.bearer()).status()).isEqualTo(404);
      assertThat(http.get("/api/v1/programmes/" + approved + ".pdf", outsider.bearer()).status()).isEqualTo(404);
    }
    assertThat(drafting.move(approved, "CLOSED", null, france).status()).as("Allies read, they do not act").isEqualTo(403);
    assertThat(drafting.menu.post("/api/v1/programmes/" + approved + "/comments", Map.of("body", "A remark"), france).status())
        .as("nor do they join the review").isEqualTo(403);
    assertThat(http.get("/api/v1/programmes").status()).isEqualTo(401);
  }

  private List<String> ids(Accounts.Account as) {
    var response = http.get("/api/v1/programmes", as.bearer());
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("total").asInt()).isEqualTo(response.json().get("items").size());
    return StreamSupport.stream(response.json().get("items").spliterator(), false).map(p -> p.get("id").asString()).toList();
  }

  private static Map<String, String> flags(JsonNode planned) {
    var map = new java.util.LinkedHashMap<String, String>();
    planned.forEach(p -> map.put(p.get("activity").get("code").asString(), p.get("flags").toString()));
    return map;
  }
}
