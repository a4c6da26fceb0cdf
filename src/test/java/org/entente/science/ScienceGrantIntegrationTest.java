package org.entente.science;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Grant follow-up through the real API on PostgreSQL: the award split into instalments whose sum never passes it
 * (409), each moving planned → released → paid in one table (other moves 409), audited, staff only (403); spending
 * reported per budget category with progress reports, flagged beyond 10 % over a category's budget (exactly 10 %
 * is not), staff marking the flag reviewed; and staff's review summary released to the applicants once, after the
 * nations' decision, with the co-directors told through the outbox and no reviewer named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScienceGrantIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private static List<String> invalid(Http.Response response) {
    var names = new ArrayList<String>();
    response.json().get("invalid-params").forEach(p -> names.add(p.get("name").asString()));
    return names;
  }

  private static Map<String, Object> instalment(String amount, String milestone, String dueOn) {
    var body = new LinkedHashMap<String, Object>();
    body.put("amount", amount);
    if (milestone != null) body.put("milestone", milestone);
    if (dueOn != null) body.put("dueOn", dueOn);
    return body;
  }

  private static JsonNode grantOf(Sps sps, String path) {
    return sps.expect(200, "GET", path + "/grant", null, sps.staff);
  }

  private long count(String sql, String id) {
    return SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(sql).param("id", id).query(Long.class).single()));
  }

  @Test
  void instalmentsNeverPassTheAwardAndMoveInOneTable() {
    var sps = new Sps(new Http(port));
    var call = sps.call("Grant call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var outsider = sps.accounts.create("ARM:PARTICIPANT");
    var id = sps.apply(call, "Instalments", "NLD", ally, "GEO", partner);
    var path = "/api/v1/science/applications/" + id;
    // before the award there is no grant and no instalment
    assertThat(sps.send("GET", path + "/grant", null, sps.staff).status()).isEqualTo(404);
    assertThat(sps.send("POST", path + "/instalments", instalment("10.00", "Kick-off", null), sps.staff).status()).isEqualTo(409);
    sps.awarded(id, sps.reviewer("NOR"), "Good.", partner, "Started."); // award 100000.00

    var first = sps.expect(201, "POST", path + "/instalments", instalment("40000.00", null, java.time.LocalDate.now().toString()), sps.staff);
    assertThat(first.get("number").asInt()).isEqualTo(1);
    assertThat(first.get("amount").asString()).isEqualTo("40000.00");
    assertThat(first.get("state").asString()).isEqualTo("PLANNED");
    // neither a milestone nor a date; a fraction of a cent; a co-director planning
    assertThat(invalid(sps.send("POST", path + "/instalments", instalment("10.00", null, null), sps.staff))).containsExactly("dueOn");
    assertThat(invalid(sps.send("POST", path + "/instalments", instalment("10.001", "Mid-term", null), sps.staff))).containsExactly("amount");
    assertThat(sps.send("POST", path + "/instalments", instalment("10.00", "Mid-term", null), partner).status()).isEqualTo(403);
    // the sum never above the award: 60000.01 more would pass it by a cent; 60000.00 reaches it exactly
    var over = sps.send("POST", path + "/instalments", instalment("60000.01", "Final report accepted", null), sps.staff);
    assertThat(over.status()).as(over.body()).isEqualTo(409);
    assertThat(over.body()).contains("60000.00");
    sps.expect(201, "POST", path + "/instalments", instalment("60000", "Final report accepted", null), sps.staff);
    assertThat(sps.send("POST", path + "/instalments", instalment("0.01", "One cent more", null), sps.staff).status()).isEqualTo(409);

    // planned → released → paid; nothing else
    var moves = path + "/instalments/" + first.get("id").asString() + "/transitions";
    assertThat(sps.send("POST", moves, Map.of("to", "PAID"), sps.staff).status()).isEqualTo(409);
    assertThat(sps.send("POST", moves, Map.of("to", "RELEASED"), partner).status()).isEqualTo(403);
    assertThat(sps.expect(200, "POST", moves, Map.of("to", "RELEASED"), sps.staff).get("state").asString()).isEqualTo("RELEASED");
    assertThat(sps.expect(200, "POST", moves, Map.of("to", "PAID"), sps.staff).get("paidBy").asString()).isEqualTo(sps.staff.username());
    assertThat(sps.send("POST", moves, Map.of("to", "RELEASED"), sps.staff).status()).isEqualTo(409);
    assertThat(sps.send("POST", moves, Map.of("to", "SPENT"), sps.staff).status()).isEqualTo(400);
    assertThat(sps.send("POST", path + "/instalments/" + UUID.randomUUID() + "/transitions", Map.of("to", "RELEASED"), sps.staff).status())
        .isEqualTo(404);

    // the database holds the same rules, whoever writes: neither a cent above the award nor a skipped state
    var second = grantOf(sps, path).get("instalments").get(1).get("id").asString();
    assertThatThrownBy(() -> SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "insert into science_instalment (application, number, amount, milestone, planned_by) values (cast(:id as uuid), 99, 0.01, 'x', 'test')")
        .param("id", id).update()))).hasMessageContaining("above the award");
    assertThatThrownBy(() -> SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "update science_instalment set state = 'PAID', released_by = 'x', released_at = now(), paid_by = 'x', paid_at = now() where id = cast(:id as uuid)")
        .param("id", second).update()))).hasMessageContaining("illegal instalment move");

    // the co-directors read the grant, exact; an outsider finds nothing
    var grant = sps.expect(200, "GET", path + "/grant", null, partner);
    assertThat(grant.get("awarded").asString()).isEqualTo("100000.00");
    assertThat(grant.get("planned").asString()).isEqualTo("100000.00");
    assertThat(grant.get("paid").asString()).isEqualTo("40000.00");
    assertThat(grant.get("released").asString()).isEqualTo("40000.00");
    assertThat(grant.get("unplanned").asString()).isEqualTo("0.00");
    assertThat(sps.send("GET", path + "/grant", null, outsider).status()).isEqualTo(404);

    // audited, and the co-directors told of each move through the outbox
    assertThat(count("select count(*) from audit_record where entity_id = :id and action like 'SCIENCE_INSTALMENT_%'", id)).isEqualTo(4);
    assertThat(count("select count(*) from notifications_outbox where subject_key like 'science.notice.instalment.%.subject' and link like '%' || :id",
        id)).isEqualTo(4);
  }

  @Test
  void spendingBeyondTenPerCentFlagsTheReportForStaff() {
    var sps = new Sps(new Http(port));
    var call = sps.call("Spending call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var id = sps.apply(call, "Spending", "NLD", ally, "GEO", partner); // travel budget 20000.00
    var path = "/api/v1/science/applications/" + id;
    sps.awarded(id, sps.reviewer("NOR"), "Good.", partner, "Started.");

    var salaries = sps.send("POST", path + "/reports", Map.of("body", "Paid people.", "spending", Map.of("SALARIES", "100.00")), partner);
    assertThat(salaries.status()).isEqualTo(400);
    assertThat(invalid(salaries)).containsExactly("spending.SALARIES");
    var first = sps.expect(201, "POST", path + "/reports", Map.of("body", "Travel to Tbilisi.",
        "spending", Map.of("TRAVEL", "21000.00", "EQUIPMENT", 5000)), partner);
    assertThat(first.get("overspent")).isEmpty();
    assertThat(first.get("spending").toString()).contains("\"5000.00\"");
    // 22000.00 in all is exactly 10 % over: not flagged
    var exactly = sps.expect(201, "POST", path + "/reports", Map.of("body", "More travel.", "spending", Map.of("TRAVEL", "1000.00")), ally);
    assertThat(exactly.get("overspent")).isEmpty();
    // a cent more is
    var flagged = sps.expect(201, "POST", path + "/reports", Map.of("body", "A taxi.", "spending", Map.of("TRAVEL", "0.01")), partner);
    assertThat(flagged.get("overspent").toString()).isEqualTo("[\"TRAVEL\"]");
    var grant = sps.expect(200, "GET", path + "/grant", null, partner);
    JsonNode travel = null;
    for (var line : grant.get("spending")) if (line.get("category").asString().equals("TRAVEL")) travel = line;
    assertThat(travel.get("spent").asString()).isEqualTo("22000.01");
    assertThat(travel.get("budget").asString()).isEqualTo("20000.00");
    assertThat(travel.get("overspent").asBoolean()).isTrue();
    assertThat(count("select count(*) from notifications_outbox where subject_key = 'science.notice.overspent.subject' and link like '%' || :id",
        id)).isEqualTo(1);

    // staff mark it reviewed, once; co-directors cannot
    var review = path + "/reports/" + flagged.get("id").asString() + "/review";
    assertThat(sps.send("POST", review, null, partner).status()).isEqualTo(403);
    assertThat(sps.expect(200, "POST", review, null, sps.staff).get("reviewedBy").asString()).isEqualTo(sps.staff.username());
    assertThat(sps.send("POST", review, null, sps.staff).status()).isEqualTo(409);
    assertThat(sps.send("POST", path + "/reports/" + first.get("id").asString() + "/review", null, sps.staff).status()).isEqualTo(409);
  }

  @Test
  void staffReleaseAReviewSummaryOnceAfterTheDecision() {
    var sps = new Sps(new Http(port));
    var call = sps.call("Summary call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var id = sps.apply(call, "Summary", "NLD", ally, "GEO", partner);
    var path = "/api/v1/science/applications/" + id;
    var summary = Map.of("text", Map.of("en", "The panel praised the partner training.", "fr", "Le comité a salué la formation."));
    assertThat(sps.send("POST", path + "/summary", summary, sps.staff).status()).isEqualTo(409); // before the decision
    var reviewer = sps.reviewer("NOR");
    sps.awarded(id, reviewer, "Secret reviewer comment.", partner, "Started.");
    assertThat(sps.expect(200, "GET", path, null, partner).get("application").get("reviewSummary").isNull()).isTrue();
    assertThat(sps.send("POST", path + "/summary", summary, partner).status()).isEqualTo(403);
    assertThat(invalid(sps.send("POST", path + "/summary", Map.of("text", Map.of("en", " ")), sps.staff))).containsExactly("text");
    sps.expect(200, "POST", path + "/summary", summary, sps.staff);
    assertThat(sps.send("POST", path + "/summary", summary, sps.staff).status()).isEqualTo(409);
    var seen = sps.send("GET", path, null, partner);
    assertThat(seen.json().get("application").get("reviewSummary").get("en").asString()).contains("partner training");
    assertThat(seen.body()).doesNotContain("Secret reviewer comment").doesNotContain(reviewer.username());
    assertThat(count("select count(*) from notifications_outbox where subject_key = 'science.notice.summary.subject' and link like '%' || :id",
        id)).isEqualTo(2);
    assertThat(count("select count(*) from audit_record where entity_id = :id and action = 'SCIENCE_SUMMARY_RELEASED'", id)).isEqualTo(1);
  }
}
