package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A programme from draft to active and closed, the illegal moves on the way, and what each party sees. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeLifecycleIntegrationTest {

  @LocalServerPort int port;
  Http http;
  Drafting drafting;
  final int year = LocalDate.now().getYear();

  @BeforeAll
  void setUp() {
    http = new Http(port);
    drafting = new Drafting(http, "GEO", 7);
  }

  private List<String> names(JsonNode problem) {
    return StreamSupport.stream(problem.get("invalid-params").spliterator(), false).map(p -> p.get("name").asString()).toList();
  }

  private JsonNode get(String path, Accounts.Account as) {
    var response = http.get(path, as.bearer());
    assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void fromDraftThroughReturnAndAgreementToACouncilApprovalThatMakesItActive() {
    var codes = drafting.activities;
    var created = drafting.create("GEO", "ITPP", LocalDate.of(year, 1, 1), Drafting.content("LIFE", codes.subList(0, 5), year));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var programme = created.json().get("programme");
    var id = programme.get("id").asString();
    assertThat(programme.get("status").asString()).isEqualTo("DRAFT");
    assertThat(programme.get("endsOn").asString()).isEqualTo(year + 1 + "-12-31");
    assertThat(programme.get("content").get("activities")).hasSize(5);
    assertThat(programme.get("content").get("objectives").get(0).get("key").asString()).isEqualTo("O1");
    assertThat(created.json().get("next").toString()).contains("SUBMITTED");

    var early = drafting.move(id, "IN_REVIEW", null, drafting.staff);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("detail").asString()).contains("DRAFT");

    drafting.moved(id, "SUBMITTED", null, drafting.coordinator);
    var locked = drafting.http.send("PUT", "/api/v1/programmes/" + id, "{\"objectives\":[]}", "Content-Type", "application/json",
        drafting.coordinator.bearer()[0], drafting.coordinator.bearer()[1]);
    assertThat(locked.status()).as("a submitted text is frozen").isEqualTo(409);
    assertThat(drafting.move(id, "AGREED", null, drafting.coordinator).status()).as("staff open the review first").isEqualTo(409);

    drafting.moved(id, "IN_REVIEW", null, drafting.staff);
    var comment = drafting.menu.post("/api/v1/programmes/" + id + "/comments",
        Map.of("section", "activity:" + codes.get(4), "body", "Is this course needed twice a year?"), drafting.staff);
    assertThat(comment.status()).as(comment.body()).isEqualTo(201);
    var reply = drafting.menu.post("/api/v1/programmes/" + id + "/comments",
        Map.of("replyTo", comment.json().get("id").asString(), "body", "No: once is enough."), drafting.coordinator);
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().get("section").asString()).as("a reply stays in its thread").isEqualTo("activity:" + codes.get(4));

    var bare = drafting.move(id, "RETURNED", null, drafting.staff);
    assertThat(bare.status()).isEqualTo(400);
    assertThat(names(bare.json())).containsExactly("comment");
    drafting.moved(id, "RETURNED", "Plan the fifth course once and add a maritime one.", drafting.staff);

    // the partner revises: one activity out, one in, one planned differently, an objective reworded
    var revised = Drafting.content("LIFE revised", List.of(codes.get(0), codes.get(1), codes.get(2), codes.get(3), codes.get(5)), year);
    @SuppressWarnings("unchecked")
    var planned = new ArrayList<>((List<Map<String, Object>>) revised.get("activities"));
    planned.set(0, Map.of("code", codes.get(0), "plannedParticipants", Map.of(String.valueOf(year), 6)));
    revised.put("activities", planned);
    var put = drafting.http.send("PUT", "/api/v1/programmes/" + id, Drafting.json(revised), "Content-Type", "application/json",
        drafting.coordinator.bearer()[0], drafting.coordinator.bearer()[1]);
    assertThat(put.status()).as(put.body()).isEqualTo(200);

    drafting.moved(id, "AGREED", null, drafting.coordinator);
    var agenda = get("/api/v1/council/agenda", drafting.secretariat.proposer);
    assertThat(agenda.toString()).contains(id);
    assertThat(drafting.move(id, "APPROVED", null, drafting.staff).status()).as("only the Council approves").isEqualTo(409);

    var versions = get("/api/v1/programmes/" + id + "/versions", drafting.coordinator);
    assertThat(versions.get("total").asInt()).isEqualTo(2);
    var compared = get("/api/v1/programmes/" + id + "/versions/1/compare/2", drafting.staff);
    assertThat(changes(compared.get("activities"))).containsEntry(codes.get(4), "REMOVED").containsEntry(codes.get(5), "ADDED")
        .containsEntry(codes.get(0), "CHANGED").containsEntry(codes.get(1), "UNCHANGED");
    assertThat(changes(compared.get("objectives"))).containsEntry("O1", "CHANGED");
    assertThat(changes(compared.get("goals"))).containsEntry("G1", "CHANGED");
    assertThat(http.get("/api/v1/programmes/" + id + "/versions/1/compare/9", drafting.staff.bearer()).status()).isEqualTo(404);

    var proposed = drafting.secretariat.propose("PROGRAMME", id, List.of(), "APPROVED");
    assertThat(proposed.get("concerns").toString()).contains("GEO");
    var decision = proposed.get("id").asString();
    var ownConfirmation = http.send("POST", "/api/v1/council/decisions/" + decision + "/confirm", "", drafting.secretariat.proposer.bearer());
    assertThat(ownConfirmation.status()).isEqualTo(409);
    assertThat(get("/api/v1/programmes/" + id, drafting.coordinator).get("programme").get("status").asString())
        .as("nothing takes effect on one pair of eyes").isEqualTo("AGREED");
    var confirmed = http.send("POST", "/api/v1/council/decisions/" + decision + "/confirm", "", drafting.secretariat.confirmer.bearer());
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);

    var active = get("/api/v1/programmes/" + id, drafting.coordinator).get("programme");
    assertThat(active.get("status").asString()).as("its period has begun").isEqualTo("ACTIVE");
    assertThat(active.get("decision").asString()).isEqualTo(proposed.get("reference").asString());
    assertThat(get("/api/v1/council/agenda", drafting.secretariat.proposer).toString()).doesNotContain(id);

    // a new programme supersedes it as it becomes active
    var successor = drafting.approved("GEO", "NEXT", LocalDate.of(year, 6, 1));
    assertThat(get("/api/v1/programmes/" + successor, drafting.coordinator).get("programme").get("status").asString()).isEqualTo("ACTIVE");
    var old = get("/api/v1/programmes/" + id, drafting.coordinator).get("programme");
    assertThat(old.get("status").asString()).isEqualTo("CLOSED");
    assertThat(old.get("supersededBy").asString()).isEqualTo(successor);
    assertThat(drafting.move(id, "ACTIVE", null, drafting.staff).json().get("detail").asString()).contains("CLOSED");
  }

  @Test
  void aRejectionReturnsTheProgrammeWithTheDecisionAsAComment() {
    var created = drafting.create("GEO", "ANP", LocalDate.of(year + 1, 1, 1), Drafting.content("REJ", drafting.activities.subList(0, 2), year + 1, year + 1));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var id = created.json().get("programme").get("id").asString();
    assertThat(created.json().get("programme").get("endsOn").asString()).isEqualTo(year + 1 + "-12-31");
    drafting.moved(id, "SUBMITTED", null, drafting.coordinator);
    drafting.moved(id, "IN_REVIEW", null, drafting.staff);
    drafting.moved(id, "AGREED", null, drafting.coordinator);
    var rejected = drafting.secretariat.decide("PROGRAMME", id, List.of(), "REJECTED");
    assertThat(get("/api/v1/programmes/" + id, drafting.coordinator).get("programme").get("status").asString()).isEqualTo("RETURNED");
    assertThat(get("/api/v1/programmes/" + id + "/comments", drafting.coordinator).toString()).contains(rejected.get("reference").asString());
    var late = drafting.menu.post("/api/v1/council/decisions", Map.of("reference", org.entente.council.Secretariat.reference(),
        "decidedOn", LocalDate.now().toString(), "subjectType", "PROGRAMME", "subjectId", id, "outcome", "APPROVED",
        "text", Map.of("en", "Approved after all")), drafting.secretariat.proposer);
    assertThat(late.status()).as("a returned programme no longer awaits the Council").isEqualTo(400);
  }

  private static Map<String, String> changes(JsonNode differences) {
    var map = new java.util.LinkedHashMap<String, String>();
    differences.forEach(d -> map.put(d.get("key").asString(), d.get("change").asString()));
    return map;
  }
}
