package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.entente.Http;
import org.entente.work.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Programmes' start-page items on a real programme: the partner's draft awaits their move, staff see it once
 * submitted and in review, a comment of staff waits for the partner's answer until answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammesWorkIntegrationTest {

  @LocalServerPort int port;

  @Test
  void itemsFollowTheProgrammeThroughItsReview() {
    var http = new Http(port);
    var drafting = new Drafting(http, "GEO", 1);
    var coordinator = drafting.coordinator;
    var staff = drafting.staff;
    var awaiting = WorkItems.count(http, coordinator, "programmes.awaiting-move");
    var submitted = WorkItems.count(http, staff, "programmes.submitted");
    var inReview = WorkItems.count(http, staff, "programmes.in-review");
    var created = drafting.create("GEO", "ITPP", LocalDate.now().plusMonths(3),
        Drafting.content("WORK", drafting.activities, LocalDate.now().plusMonths(3).getYear()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var id = created.json().get("programme").get("id").asString();
    assertThat(WorkItems.count(http, coordinator, "programmes.awaiting-move")).isEqualTo(awaiting + 1);

    drafting.moved(id, "SUBMITTED", null, coordinator);
    assertThat(WorkItems.count(http, coordinator, "programmes.awaiting-move")).isEqualTo(awaiting);
    assertThat(WorkItems.count(http, staff, "programmes.submitted")).isEqualTo(submitted + 1);

    drafting.moved(id, "IN_REVIEW", null, staff);
    assertThat(WorkItems.count(http, staff, "programmes.submitted")).isEqualTo(submitted);
    assertThat(WorkItems.count(http, staff, "programmes.in-review")).isEqualTo(inReview + 1);
    // in review, the partner may agree: it awaits their move again
    assertThat(WorkItems.count(http, coordinator, "programmes.awaiting-move")).isEqualTo(awaiting + 1);

    var comments = WorkItems.count(http, coordinator, "programmes.comments");
    var comment = drafting.menu.post("/api/v1/programmes/" + id + "/comments", Map.of("section", "general", "body", "Please add a goal."), staff);
    assertThat(comment.status()).as(comment.body()).isEqualTo(201);
    assertThat(WorkItems.count(http, coordinator, "programmes.comments")).isEqualTo(comments + 1);
    var reply = drafting.menu.post("/api/v1/programmes/" + id + "/comments",
        Map.of("section", "general", "replyTo", comment.json().get("id").asString(), "body", "Added."), coordinator);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(WorkItems.count(http, coordinator, "programmes.comments")).isEqualTo(comments);
    // another partner's coordinator sees none of it
    var jordan = new org.entente.Accounts(http).create("JOR:NATIONAL_COORDINATOR");
    assertThat(WorkItems.item(http, jordan, "programmes.comments").get("href").asString()).doesNotContain(id);
  }
}
