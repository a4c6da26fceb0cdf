package org.entente.science;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A multi-year project through the real API on PostgreSQL: approved by the nations, it cannot be awarded at once
 * (409) but takes a planning grant (less than its budget), a co-director submits the full plan, the panel reviews it
 * a second time under the same blind rules (a co-director's nation or a declared conflict refused with 409; a
 * reviewer who declines loses access; others' reviews unseen before one's own is submitted; applicants never), and
 * only then staff award the full grant. A short mechanism (ARW) never takes a planning grant. Every move audited and
 * told through the outbox; the database's transition table refuses a move the Java table refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScienceMultiYearIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private long count(String sql, String id) {
    return SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(sql).param("id", id).query(Long.class).single()));
  }

  @Test
  void aMultiYearProjectTakesAPlanningGrantAndASecondReviewBeforeTheFullAward() {
    var sps = new Sps(new Http(port));
    var call = sps.call("Multi-year call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var myp = sps.applyAs(call, "MYP", "Multi-year sensors", "NLD", ally, "GEO", partner);
    var arw = sps.applyAs(call, "ARW", "A workshop", "NLD", ally, "GEO", partner);
    var base = "/api/v1/science/applications/" + myp;
    var dutch = sps.reviewer("NLD");
    var conflicted = sps.reviewer("DNK");
    var first = sps.reviewer("ITA");
    var second = sps.reviewer("NOR");
    var decliner = sps.reviewer("ESP");
    for (var id : List.of(myp, arw)) {
      sps.toPanelReview(id);
      assertThat(sps.assign(id, first).status()).isEqualTo(200);
      sps.score(id, first, 4, 4, 4, 4, "Sound.");
    }
    assertThat(sps.assign(myp, conflicted).status()).isEqualTo(200);
    sps.expect(204, "POST", base + "/decline", Map.of("conflict", true), conflicted);
    for (var id : List.of(myp, arw)) {
      sps.move(id, "RANKED", null, sps.staff);
      sps.secretariat().decide("SCIENCE", id, List.of("NLD", "GEO"), "APPROVED");
    }

    // a short mechanism is awarded at once and never takes a planning grant; a multi-year project the other way round
    assertThat(sps.expect(200, "GET", "/api/v1/science/applications/" + arw, null, sps.staff).get("next").toString()).contains("AWARDED")
        .doesNotContain("PLANNING_GRANT");
    assertThat(sps.send("POST", "/api/v1/science/applications/" + arw + "/transitions", Map.of("to", "PLANNING_GRANT", "amount", "1000"),
        sps.staff).status()).isEqualTo(409);
    assertThat(sps.expect(200, "GET", base, null, sps.staff).get("next").toString()).contains("PLANNING_GRANT").doesNotContain("AWARDED");
    assertThat(sps.send("POST", base + "/transitions", Map.of("to", "AWARDED", "amount", "100000.00"), sps.staff).status()).isEqualTo(409);

    // the planning grant: an amount, smaller than the budget (145000.00)
    assertThat(sps.send("POST", base + "/transitions", Map.of("to", "PLANNING_GRANT"), sps.staff).status()).isEqualTo(400);
    assertThat(sps.send("POST", base + "/transitions", Map.of("to", "PLANNING_GRANT", "amount", "145000.00"), sps.staff).status()).isEqualTo(400);
    var granted = sps.expect(200, "POST", base + "/transitions", Map.of("to", "PLANNING_GRANT", "amount", "20000"), sps.staff);
    assertThat(granted.get("application").get("status").asString()).isEqualTo("PLANNING_GRANT");
    assertThat(granted.get("application").get("planningAmount").asString()).isEqualTo("20000.00");
    // the database's table says the same: no award straight from the planning grant
    assertThatThrownBy(() -> SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "update science_application set status = 'AWARDED', awarded_amount = 1 where id = :id::uuid").param("id", myp).update())))
        .hasMessageContaining("illegal science move");

    // the full plan, by a co-director only
    assertThat(sps.send("POST", base + "/transitions", Map.of("to", "PLAN_SUBMITTED", "comment", "Plan."), sps.staff).status()).isEqualTo(409);
    assertThat(sps.send("POST", base + "/transitions", Map.of("to", "PLAN_SUBMITTED"), partner).status()).isEqualTo(400);
    sps.move(myp, "PLAN_SUBMITTED", "Year 1: sensors; year 2: network; year 3: training.", partner);
    assertThat(sps.send("POST", base + "/transitions", Map.of("to", "AWARDED", "amount", "100000.00"), sps.staff).status()).isEqualTo(409);

    // the second review: the same panel rules
    assertThat(sps.send("POST", base + "/plan-reviewers", Map.of("reviewer", dutch.id().toString()), sps.staff).status()).isEqualTo(409);
    assertThat(sps.send("POST", base + "/plan-reviewers", Map.of("reviewer", conflicted.id().toString()), sps.staff).status()).isEqualTo(409);
    for (var r : List.of(first, second, decliner)) {
      assertThat(sps.send("POST", base + "/plan-reviewers", Map.of("reviewer", r.id().toString()), sps.staff).status()).isEqualTo(200);
    }
    assertThat(sps.send("POST", base + "/plan-reviewers", Map.of("reviewer", second.id().toString()), sps.staff).status()).isEqualTo(409);
    // scoring waits for the review to open
    assertThat(sps.send("POST", base + "/plan-review", Map.of("merit", 4, "relevance", 4, "capacity", 4, "value", 4, "comment", "Early."), second)
        .status()).isEqualTo(409);
    sps.move(myp, "PLAN_REVIEW", null, sps.staff);
    assertThat(sps.send("POST", base + "/transitions", Map.of("to", "AWARDED", "amount", "100000.00"), sps.staff).status())
        .as("reviews of the plan pending").isEqualTo(409);

    // a reviewer who declines loses access at once
    assertThat(sps.send("GET", base, null, decliner).status()).isEqualTo(200);
    sps.expect(204, "POST", base + "/plan-decline", Map.of("conflict", false, "reason", "No time."), decliner);
    assertThat(sps.send("GET", base, null, decliner).status()).isEqualTo(404);

    // blind: before submitting, a reviewer reads only their own; applicants never
    sps.expect(200, "POST", base + "/plan-review", Map.of("merit", 5, "relevance", 4, "capacity", 4, "value", 3, "comment", "Second reviewer secret view."),
        second);
    var before = sps.expect(200, "GET", base + "/plan-reviews", null, first);
    assertThat(before.get("total").asInt()).isEqualTo(1);
    assertThat(before.toString()).doesNotContain("Second reviewer secret view");
    assertThat(sps.send("GET", base + "/plan-reviews", null, partner).status()).isEqualTo(404);
    assertThat(sps.send("GET", base + "/plan-reviews", null, ally).status()).isEqualTo(404);
    sps.expect(200, "POST", base + "/plan-review", Map.of("merit", 4, "relevance", 4, "capacity", 4, "value", 4, "comment", "Realistic plan."), first);
    assertThat(sps.expect(200, "GET", base + "/plan-reviews", null, first).toString()).contains("Second reviewer secret view");
    assertThat(sps.send("POST", base + "/plan-review", Map.of("merit", 4, "relevance", 4, "capacity", 4, "value", 4, "comment", "Again."), first)
        .status()).isEqualTo(409);
    assertThat(sps.expect(200, "GET", base, null, partner).toString()).doesNotContain(second.username()).doesNotContain("Second reviewer secret view");

    // the plan page: staff read the reviews with names, the co-directors the plan and never a review
    var http = sps.http;
    assertThat(http.get("/science/applications/" + myp + "/plan", sps.staff.bearer()).body()).contains("Second reviewer secret view", "Year 1: sensors");
    assertThat(http.get("/science/applications/" + myp + "/plan?lang=fr", partner.bearer()).body()).contains("Plan complet du projet", "Year 1: sensors")
        .doesNotContain("Second reviewer secret view").doesNotContain("Realistic plan.");
    assertThat(http.get("/science/plan-reviews", second.bearer()).body()).contains("/science/applications/" + myp + "/plan");

    // the full award
    var awarded = sps.expect(200, "POST", base + "/transitions", Map.of("to", "AWARDED", "amount", "120000.00"), sps.staff);
    assertThat(awarded.get("application").get("status").asString()).isEqualTo("AWARDED");
    assertThat(awarded.get("application").get("planningAmount").asString()).isEqualTo("20000.00");
    for (var action : List.of("SCIENCE_APPLICATION_PLANNING_GRANT", "SCIENCE_APPLICATION_PLAN_SUBMITTED", "SCIENCE_APPLICATION_PLAN_REVIEW",
        "SCIENCE_PLAN_REVIEWER_ASSIGNED", "SCIENCE_PLAN_REVIEW_SUBMITTED", "SCIENCE_PLAN_REVIEW_DECLINED", "SCIENCE_APPLICATION_AWARDED")) {
      assertThat(count("select count(*) from audit_record where action = '" + action + "' and entity_id = :id", myp)).as(action).isPositive();
    }
    assertThat(count("select count(*) from notifications_outbox where link = '/science/applications/' || :id and 'PLANNING_GRANT' = any (arguments)",
        myp)).isPositive();
  }
}
