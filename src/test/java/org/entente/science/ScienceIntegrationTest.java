package org.entente.science;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The SPS rules through the real API on PostgreSQL: the budget's rules with field errors, co-directors checked
 * against the directory, conflicts of interest (409), a decliner's loss of access (404), blind review, the review
 * phases in one table (illegal moves 409), the Council's approval, the award, and who reads what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScienceIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  /** Rows of a query as this account sees them through row-level security alone, without the service's checks. */
  private long rowsAs(Accounts.Account who, String nation, String sql, String id) {
    var caller = new Caller(who.id(), who.username(), List.of(new Caller.Grant(nation, Role.PARTICIPANT)));
    var result = new long[1];
    Callers.runAs(caller, () -> result[0] = transactions.execute(s -> jdbc.sql(sql).param("id", UUID.fromString(id)).query(Long.class).single()));
    return result[0];
  }

  private static List<String> invalid(Http.Response response) {
    var names = new ArrayList<String>();
    response.json().get("invalid-params").forEach(p -> names.add(p.get("name").asString()));
    return names;
  }

  @Test
  void theBudgetRulesAndTheCoDirectorsAreCheckedWithFieldErrors() {
    var sps = new Sps(new Http(port));
    var call = sps.call("Budget call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var overStipends = Sps.application(call, "Too many stipends", "NLD", ally, "GEO", partner,
        Map.of("EQUIPMENT", "80000.00", "STIPENDS", "20000.00"));
    var refused = sps.send("POST", "/api/v1/science/applications", overStipends, partner);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(invalid(refused)).containsExactly("budget.STIPENDS");
    // exactly 15 % is allowed: 15,000 of 100,000
    sps.expect(201, "POST", "/api/v1/science/applications", Sps.application(call, "Just enough stipends", "NLD", ally, "GEO", partner,
        Map.of("EQUIPMENT", "85000.00", "STIPENDS", "15000.00")), partner);
    var salaries = Sps.application(call, "Salaries", "NLD", ally, "GEO", partner,
        Map.of("EQUIPMENT", "80000.00", "SALARIES", "30000.00", "OVERHEADS", "5000"));
    var noSalaries = sps.send("POST", "/api/v1/science/applications", salaries, partner);
    assertThat(noSalaries.status()).isEqualTo(400);
    assertThat(invalid(noSalaries)).containsExactlyInAnyOrder("budget.SALARIES", "budget.OVERHEADS");
    var cents = sps.send("POST", "/api/v1/science/applications", Sps.application(call, "Cents", "NLD", ally, "GEO", partner,
        Map.of("EQUIPMENT", "100.001")), partner);
    assertThat(invalid(cents)).containsExactly("budget.EQUIPMENT");
    // the Ally's director must come from an Ally, the partner's from a partner, on today's date
    var swapped = sps.send("POST", "/api/v1/science/applications", Sps.application(call, "Swapped", "GEO", ally, "NLD", partner,
        Sps.budget()), partner);
    assertThat(invalid(swapped)).containsExactlyInAnyOrder("allyDirector.nation", "partnerDirector.nation");
    // amounts come back exact, as strings
    var created = sps.expect(201, "POST", "/api/v1/science/applications", Sps.application(call, "Exact", "NLD", ally, "GEO", partner,
        Map.of("EQUIPMENT", "0.10", "TRAVEL", 0.2)), partner).get("application").get("budget");
    assertThat(created.get("total").asString()).isEqualTo("0.30");
    assertThat(created.get("travel").isString()).isTrue();
  }

  @Test
  void conflictsOfInterestBlindReviewAndTheCouncilsApproval() {
    var sps = new Sps(new Http(port));
    var call = sps.call("Review call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var id = sps.apply(call, "Port sensors", "NLD", ally, "GEO", partner);
    var path = "/api/v1/science/applications/" + id;
    // the acknowledgement reached the outbox (e-mailed to both co-directors, listed for the applicant)
    var code = sps.expect(200, "GET", path, null, partner).get("application").get("code").asString();
    assertThat(sps.expect(200, "GET", "/api/v1/notifications", null, partner).toString()).contains("Application " + code + " received");
    // each co-director reads the application
    sps.expect(200, "GET", path, null, ally);
    // an illegal move: 409, whoever asks
    assertThat(sps.send("POST", path + "/transitions", Map.of("to", "RANKED"), sps.staff).status()).isEqualTo(409);
    assertThat(sps.send("POST", path + "/transitions", Map.of("to", "ELIGIBLE", "comment", "mine"), partner).status()).isEqualTo(409);
    // screening needs a reason
    var noReason = sps.send("POST", path + "/transitions", Map.of("to", "ELIGIBLE"), sps.staff);
    assertThat(invalid(noReason)).containsExactly("comment");
    sps.toPanelReview(id);

    var dutch = sps.reviewer("NLD");
    var georgian = sps.reviewer("GEO");
    var conflicted = sps.reviewer("DNK");
    var first = sps.reviewer("NOR");
    var second = sps.reviewer("CAN");
    var third = sps.reviewer("FRA");
    // a reviewer from either co-director's nation is refused
    assertThat(sps.assign(id, dutch).status()).isEqualTo(409);
    assertThat(sps.assign(id, georgian).status()).isEqualTo(409);
    // a reviewer who declines (a conflict) loses access at once, and cannot be assigned again
    assertThat(sps.assign(id, conflicted).status()).isEqualTo(200);
    sps.expect(200, "GET", path, null, conflicted);
    sps.expect(204, "POST", path + "/decline", Map.of("conflict", true, "reason", "I co-authored with the partner director."), conflicted);
    assertThat(sps.send("GET", path, null, conflicted).status()).isEqualTo(404);
    assertThat(sps.send("GET", path + "/reviews", null, conflicted).status()).isEqualTo(404);
    assertThat(sps.send("POST", path + "/review", Map.of("merit", 5, "relevance", 5, "capacity", 5, "value", 5, "comment", "x"), conflicted)
        .status()).isEqualTo(404);
    assertThat(sps.assign(id, conflicted).status()).isEqualTo(409);
    assertThat(sps.expect(200, "GET", "/api/v1/science/reviews", null, conflicted).get("total").asLong()).isZero();

    for (var r : List.of(first, second, third)) assertThat(sps.assign(id, r).status()).isEqualTo(200);
    // ranking before every review is in: 409
    assertThat(sps.send("POST", path + "/transitions", Map.of("to", "RANKED"), sps.staff).status()).isEqualTo(409);
    // no progress report before the award
    assertThat(sps.send("POST", path + "/reports", Map.of("body", "early"), partner).status()).isEqualTo(409);
    sps.score(id, first, 5, 4, 4, 3, "First reviewer's comment: strong method.");
    // before submitting, the second reviewer sees only their own assignment, nothing of the first's review
    var before = sps.send("GET", path + "/reviews", null, second);
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().get("total").asLong()).isEqualTo(1);
    assertThat(before.body()).doesNotContain("First reviewer").doesNotContain(first.id().toString());
    assertThat(sps.send("GET", path, null, second).body()).doesNotContain("First reviewer");
    // the same, said by row-level security alone: the second reviewer's own row only; the decliner reads nothing;
    // the applicant reads the application and no review
    var reviewsOf = "select count(*) from science_review where application = :id";
    var applicationRow = "select count(*) from science_application where id = :id";
    assertThat(rowsAs(second, "CAN", reviewsOf, id)).isEqualTo(1);
    assertThat(rowsAs(conflicted, "DNK", applicationRow, id)).isZero();
    assertThat(rowsAs(partner, "GEO", applicationRow, id)).isEqualTo(1);
    assertThat(rowsAs(partner, "GEO", reviewsOf, id)).isZero();
    sps.score(id, second, 2, 3, 2, 2, "Second reviewer's comment: weak partner capacity.");
    assertThat(rowsAs(second, "CAN", reviewsOf, id)).isEqualTo(2); // the first's and their own (not the third's, not yet in)
    var after = sps.expect(200, "GET", path + "/reviews", null, second);
    assertThat(after.get("total").asLong()).isEqualTo(2);
    assertThat(after.toString()).contains("First reviewer");
    sps.score(id, third, 4, 4, 4, 4, "Third reviewer's comment.");
    // a second submission: 409; a score out of range: 400 naming it
    assertThat(sps.send("POST", path + "/review", Map.of("merit", 5, "relevance", 5, "capacity", 5, "value", 5, "comment", "again"), third)
        .status()).isEqualTo(409);

    // applicants and co-directors never read reviewers' identities or comments
    assertThat(sps.send("GET", path + "/reviews", null, partner).status()).isEqualTo(404);
    assertThat(sps.send("GET", path + "/reviews", null, ally).status()).isEqualTo(404);
    for (var who : List.of(partner, ally)) {
      var body = sps.send("GET", path, null, who).body();
      assertThat(body).doesNotContain("reviewer's comment").doesNotContain(first.username()).doesNotContain(second.username());
    }

    // the ranking: weighted means with the spread
    var ranking = sps.expect(200, "GET", "/api/v1/science/calls/" + call + "/ranking", null, sps.staff);
    JsonNode row = ranking.get("rows").get(0);
    assertThat(row.get("submitted").asInt()).isEqualTo(3);
    // first 5*.40+4*.25+4*.20+3*.15 = 4.25; second 2*.4+3*.25+2*.2+2*.15 = 2.25; third 4.00
    assertThat(row.get("mean").asDouble()).isEqualTo(3.5);
    assertThat(row.get("spread").asDouble()).isEqualTo(2.0);
    assertThat(sps.send("GET", "/api/v1/science/calls/" + call + "/ranking", null, partner).status()).isEqualTo(403);

    sps.move(id, "RANKED", null, sps.staff);
    // the approval list: an Ally's coordinator reads it, a partner's does not
    var germany = sps.accounts.create("DEU:NATIONAL_COORDINATOR");
    var jordan = sps.accounts.create("JOR:NATIONAL_COORDINATOR");
    sps.expect(200, "GET", path, null, germany);
    assertThat(sps.send("GET", path, null, jordan).status()).isEqualTo(404);
    assertThat(sps.send("GET", path + "/reviews", null, germany).status()).isEqualTo(404);
    // approval only by a confirmed Council decision: staff cannot approve
    assertThat(sps.send("POST", path + "/transitions", Map.of("to", "APPROVED"), sps.staff).status()).isEqualTo(409);
    var proposed = sps.secretariat().propose("SCIENCE", id, List.of("NLD", "GEO"), "APPROVED");
    assertThat(sps.expect(200, "GET", path, null, sps.staff).get("application").get("status").asString()).isEqualTo("RANKED");
    var confirmed = sps.http.send("POST", "/api/v1/council/decisions/" + proposed.get("id").asString() + "/confirm", "",
        sps.secretariat().confirmer.bearer());
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    var approved = sps.expect(200, "GET", path, null, sps.staff).get("application");
    assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.get("decision").asString()).isEqualTo(proposed.get("reference").asString());
    // awarded: at most the budget (145,000.00), to the cent
    var tooMuch = sps.send("POST", path + "/transitions", Map.of("to", "AWARDED", "amount", "145000.01"), sps.staff);
    assertThat(invalid(tooMuch)).containsExactly("amount");
    var award = new HashMap<String, Object>(Map.of("to", "AWARDED", "amount", "145000.00"));
    sps.expect(200, "POST", path + "/transitions", award, sps.staff);
    // the public reads the awarded project, without e-mails
    var anonymous = sps.http.get("/api/v1/science/projects/" + id);
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.json().get("awardedAmount").asString()).isEqualTo("145000.00");
    assertThat(anonymous.body()).doesNotContain(Sps.email(ally)).doesNotContain("reviewer");
    assertThat(sps.http.get(path).status()).isEqualTo(401);
    sps.move(id, "IN_PROGRESS", null, sps.staff);
    // progress reports: by a co-director while the project runs; read by those who read the application, not the public
    var report = sps.send("POST", path + "/reports", Map.of("body", "Four sensors installed in Batumi."), partner);
    assertThat(report.status()).as(report.body()).isEqualTo(201);
    assertThat(report.header("Location")).endsWith(path + "/reports");
    assertThat(sps.expect(200, "GET", path + "/reports", null, ally).get("total").asLong()).isEqualTo(1);
    assertThat(sps.send("GET", path + "/reports", null, jordan).status()).isEqualTo(404);
    assertThat(sps.send("POST", path + "/reports", Map.of("body", "mine"), jordan).status()).isEqualTo(404);
    assertThat(invalid(sps.send("POST", path + "/reports", Map.of("body", " "), partner))).containsExactly("body");
    assertThat(sps.http.get("/api/v1/science/projects/" + id).body()).doesNotContain("Batumi");
    assertThat(sps.send("POST", path + "/transitions", Map.of("to", "FINAL_REPORT"), ally).status()).isEqualTo(400);
    sps.move(id, "FINAL_REPORT", "Sensors installed in Batumi and Poti.", ally);
    sps.move(id, "CLOSED", null, sps.staff);
  }
}
