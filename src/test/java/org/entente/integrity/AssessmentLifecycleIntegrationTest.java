package org.entente.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/**
 * Moldova's self-assessment, peer review, agreed report and follow-up plan: the answers are read by Moldova, staff
 * and the team's accounts only (not an Ally, not another partner, not an expert left off the team); the team is a
 * lead from staff and three or four experts; illegal moves 409; an action must cite a published menu activity.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentLifecycleIntegrationTest {

  @LocalServerPort int port;
  Http http;
  Assessing moldova;
  Accounts accounts;

  @BeforeAll
  void setUp() {
    http = new Http(port);
    accounts = new Accounts(http);
    moldova = new Assessing(http, "MDA");
  }

  private static List<String> names(JsonNode problem) {
    return StreamSupport.stream(problem.get("invalid-params").spliterator(), false).map(p -> p.get("name").asString()).toList();
  }

  @Test
  void selfAssessmentPeerReviewAgreedReportAndFollowUp() {
    var ally = accounts.create("NLD:NATIONAL_COORDINATOR");
    var georgia = accounts.create("GEO:NATIONAL_COORDINATOR");
    var outsider = accounts.create("NOR:PARTICIPANT");
    var id = moldova.requested();
    assertThat(moldova.move(id, "SAQ_SUBMITTED", null, moldova.coordinator).status()).isEqualTo(409);
    moldova.ok(moldova.move(id, "SAQ_ISSUED", null, moldova.staff));
    var issued = moldova.ok(http.get(moldova.path(id, ""), moldova.coordinator.bearer())).get("assessment");
    assertThat(issued.get("version").asInt()).isPositive();
    // staff do not answer for the nation; a partial questionnaire is not submitted
    assertThat(moldova.send("PUT", moldova.path(id, "/answers"), Map.of("answers", Map.of("1", "x")), moldova.staff).status()).isEqualTo(403);
    moldova.ok(moldova.send("PUT", moldova.path(id, "/answers"), Map.of("answers", Map.of("1", "Parliament votes the budget")), moldova.coordinator));
    assertThat(moldova.move(id, "SAQ_SUBMITTED", null, moldova.coordinator).status()).isEqualTo(409);
    var unknown = moldova.send("PUT", moldova.path(id, "/answers"), Map.of("answers", Map.of("999", "x")), moldova.coordinator);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(names(unknown.json())).containsExactly("answers.999");
    moldova.submitted(id, "lifecycle");
    // sent back by staff, with a reason, then submitted again
    var noReason = moldova.move(id, "SAQ_ISSUED", null, moldova.staff);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(names(noReason.json())).containsExactly("reason");
    moldova.ok(moldova.move(id, "SAQ_ISSUED", "Say more on procurement", moldova.staff));
    var submitted = moldova.ok(moldova.move(id, "SAQ_SUBMITTED", null, moldova.coordinator)).get("assessment");
    assertThat(submitted.get("status").asString()).isEqualTo("SAQ_SUBMITTED");
    // only Moldova and staff read the answers
    for (var reader : List.of(ally, georgia, outsider)) {
      assertThat(http.get(moldova.path(id, ""), reader.bearer()).status()).as(reader.username()).isEqualTo(404);
      assertThat(http.get("/integrity/" + id, reader.bearer()).status()).isEqualTo(404);
    }

    // a team needs a lead from staff and three or four experts
    var small = moldova.peerReview(LocalDate.now());
    small.put("team", ((List<?>) small.get("team")).subList(0, 2));
    var refused = moldova.send("PUT", moldova.path(id, "/peer-review"), small, moldova.staff);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(names(refused.json())).containsExactly("team");
    moldova.ok(moldova.send("PUT", moldova.path(id, "/peer-review"), moldova.peerReview(LocalDate.now()), moldova.staff));
    // the team's expert reads it now; someone else of the same nation does not
    assertThat(http.get(moldova.path(id, ""), moldova.expert.bearer()).body()).contains("lifecycle answer");
    assertThat(http.get(moldova.path(id, ""), outsider.bearer()).status()).isEqualTo(404);
    // the report comes after the visit, and only staff write it
    assertThat(moldova.send("PUT", moldova.path(id, "/report"), Map.of("report", Map.of("en", "early")), moldova.staff).status()).isEqualTo(409);
    moldova.ok(moldova.move(id, "VISIT_CONDUCTED", null, moldova.staff));
    moldova.ok(moldova.send("PUT", moldova.path(id, "/report"), Map.of("report", Map.of("en", "First draft")), moldova.staff));
    var back = moldova.move(id, "VISIT_CONDUCTED", null, moldova.coordinator);
    assertThat(back.status()).isEqualTo(400);
    assertThat(names(back.json())).containsExactly("reason");
    moldova.ok(moldova.move(id, "VISIT_CONDUCTED", "Procurement is missing", moldova.coordinator));
    moldova.ok(moldova.send("PUT", moldova.path(id, "/report"), Map.of("report", Map.of("en", "Second draft with procurement")), moldova.staff));
    assertThat(moldova.move(id, "REPORT_AGREED", null, moldova.staff).status()).isEqualTo(409);
    var agreed = moldova.ok(moldova.move(id, "REPORT_AGREED", null, moldova.coordinator)).get("assessment");
    assertThat(agreed.get("agreedOn").asString()).isEqualTo(LocalDate.now().toString());

    // the plan: an action must cite a published menu activity
    assertThat(moldova.move(id, "FOLLOW_UP", null, moldova.staff).status()).isEqualTo(409);
    var wrong = moldova.send("POST", moldova.path(id, "/actions"), Map.of("title", Map.of("en", "Course"), "activity", "NOPE-123"), moldova.staff);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(names(wrong.json())).containsExactly("activity");
    var code = Assessing.publishedActivity(http, "NSO");
    var planned = moldova.ok(moldova.send("POST", moldova.path(id, "/actions"),
        Map.of("title", Map.of("en", "Integrity in procurement course", "fr", "Cours sur l’intégrité dans les achats"), "activity", code,
            "dueOn", LocalDate.now().plusMonths(6).toString()), moldova.staff)).get("assessment");
    assertThat(planned.get("actions").get(0).get("activity").asString()).isEqualTo(code);
    moldova.ok(moldova.move(id, "FOLLOW_UP", null, moldova.staff));
    moldova.ok(moldova.move(id, "CLOSED", null, moldova.staff));
    assertThat(moldova.move(id, "FOLLOW_UP", null, moldova.staff).status()).isEqualTo(409);
    assertThat(http.get("/api/v1/notifications", moldova.coordinator.bearer()).body()).contains("peer review report");
  }
}
