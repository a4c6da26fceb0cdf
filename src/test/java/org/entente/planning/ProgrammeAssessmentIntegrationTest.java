package org.entente.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly assessment of an IPAP through the API and its pages: staff open a year and rate each objective and
 * target, the partner comments and agrees; illegal moves answer 409, another partner 404; the page charts the
 * ratings over the years beside the planned and attended figures, and works without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeAssessmentIntegrationTest {

  private static final String BASE = "/api/v1/planning/programme-assessments";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void theJavaTableOfMovesIsTheDatabaseOne() {
    var inDatabase = new HashSet<List<ProgrammeAssessmentStatus>>();
    jdbc.sql("select from_status, to_status from planning_transition where machine = 'PROGRAMME_ASSESSMENT'").query((rs, n) -> inDatabase.add(
        List.of(ProgrammeAssessmentStatus.valueOf(rs.getString(1)), ProgrammeAssessmentStatus.valueOf(rs.getString(2))))).list();
    assertThat(inDatabase).isEqualTo(ProgrammeAssessmentStatus.legalMoves());
  }

  @Test
  void aYearDraftedCommentedAndAgreed() {
    var http = new Http(port);
    var a = new ProgrammeAssessing(http, "GEO");
    var start = LocalDate.now().plusYears(1).withDayOfYear(1);
    var programme = a.ipap("GEO", "Assessed", start);
    var jordan = new Accounts(http).create("JOR:NATIONAL_COORDINATOR");
    var ally = new Accounts(http).create("FRA:NATIONAL_COORDINATOR");

    // only staff open, only a year of the period, only once
    a.expect(403, "POST", BASE, Map.of("programme", programme, "year", start.getYear()), a.coordinator);
    var outside = a.send("POST", BASE, Map.of("programme", programme, "year", start.getYear() + 5), a.staff);
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.body()).contains("\"year\"");
    var id = a.open(programme, start.getYear());
    a.expect(409, "POST", BASE, Map.of("programme", programme, "year", start.getYear()), a.staff);

    // a draft cannot go to the partner with items unrated; the partner cannot agree a draft
    a.expect(200, "PUT", BASE + "/" + id + "/ratings", Map.of("ratings", List.of(ProgrammeAssessing.rating("O1", "SUBSTANTIAL", "Two courses held"))),
        a.staff);
    var unrated = a.send("POST", BASE + "/" + id + "/transitions", Map.of("to", "WITH_PARTNER"), a.staff);
    assertThat(unrated.status()).isEqualTo(409);
    assertThat(unrated.body()).contains("not rated yet");
    a.expect(409, "POST", BASE + "/" + id + "/transitions", Map.of("to", "AGREED"), a.coordinator);
    var wrong = a.send("PUT", BASE + "/" + id + "/ratings", Map.of("ratings", List.of(ProgrammeAssessing.rating("O9", "ACHIEVED", "x"),
        Map.of("item", "O1-T1", "progress", "GREAT"))), a.staff);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("ratings[0].item", "ratings[1].progress", "ratings[1].narrative");

    a.expect(200, "PUT", BASE + "/" + id + "/ratings", Map.of("ratings", List.of(ProgrammeAssessing.rating("O1-T1", "LIMITED", "12 of 40 trained"))),
        a.staff);
    var sent = a.move(id, "WITH_PARTNER", a.staff);
    assertThat(sent.get("waitsFor").asString()).isEqualTo("PARTNER");
    assertThat(sent.get("assessment").get("ratings")).hasSize(2);
    a.expect(409, "PUT", BASE + "/" + id + "/ratings", Map.of("ratings", List.of()), a.staff);

    // the partner comments and agrees; staff are told
    var comment = a.expect(201, "POST", BASE + "/" + id + "/comments", Map.of("item", "O1-T1", "body", "Eight more in November"), a.coordinator);
    assertThat(comment.get("item").asString()).isEqualTo("O1-T1");
    a.expect(400, "POST", BASE + "/" + id + "/comments", Map.of("item", "O7", "body", "x"), a.coordinator);
    var agreed = a.move(id, "AGREED", a.coordinator);
    assertThat(agreed.get("assessment").get("status").asString()).isEqualTo("AGREED");
    assertThat(agreed.get("assessment").get("agreedBy").asString()).isEqualTo(a.coordinator.username());
    assertThat(agreed.get("next")).isEmpty();
    a.expect(409, "POST", BASE + "/" + id + "/transitions", Map.of("to", "DRAFT"), a.staff);
    assertThat(audited(id)).as("audited").isGreaterThanOrEqualTo(5);

    // need-to-know: Jordan reads nothing of it; an Ally reads it as it reads the approved programme
    a.expect(404, "GET", BASE + "/" + id, null, jordan);
    a.expect(404, "GET", BASE + "/" + id + "/comments", null, jordan);
    a.expect(404, "POST", BASE + "/" + id + "/comments", Map.of("body", "x"), jordan);
    assertThat(a.expect(200, "GET", BASE + "?programme=" + programme, null, jordan).get("total").asInt()).isZero();
    assertThat(a.expect(200, "GET", BASE + "?partner=GEO", null, jordan).get("total").asInt()).isZero();
    assertThat(a.expect(200, "GET", BASE + "/" + id, null, ally).get("assessment").get("status").asString()).isEqualTo("AGREED");
    a.expect(409, "POST", BASE + "/" + id + "/comments", Map.of("body", "x"), ally);

    // the page: ratings over the years as a chart's table, next to planned and attended; the partner's work item
    var page = signedIn(a.coordinator).get("/planning/programmes/" + programme + "/assessments");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"ratings-chart\" data-chart", "data-value=\"2\"", "data-value=\"1\"", "id=\"planned-attended-table\"",
        "Eight more in November").containsPattern("src=\"/js/charts-[0-9a-f]{32}\\.js\"");
    var french = signedIn(a.coordinator).get("/planning/programmes/" + programme + "/assessments?lang=fr");
    assertThat(french.body()).contains("Notes au fil des années");
    assertThat(signedIn(jordan).get("/planning/programmes/" + programme + "/assessments").status()).isEqualTo(404);
  }

  @Test
  void staffRateOnThePageAndARefusalIsShownWhereItWasTyped() {
    var http = new Http(port);
    var a = new ProgrammeAssessing(http, "GEO");
    var start = LocalDate.now().plusYears(1).withDayOfYear(1);
    var programme = a.ipap("GEO", "Paged", start);
    var browser = signedIn(a.staff);
    var page = browser.get("/planning/programmes/" + programme + "/assessments");
    assertThat(page.body()).contains("id=\"open-assessment-form\"");
    var opened = browser.form("/planning/programmes/" + programme + "/assessments", Map.of("year", String.valueOf(start.getYear()),
        "_csrf", Http.csrf(page.body())));
    assertThat(opened.status()).isEqualTo(302);
    page = browser.get("/planning/programmes/" + programme + "/assessments");
    var id = a.expect(200, "GET", BASE + "?programme=" + programme, null, a.staff).get("items").get(0).get("id").asString();
    var refused = browser.form("/planning/programme-assessments/" + id + "/ratings", Map.of("item", "O1", "progress", "ACHIEVED",
        "narrativeEn", "", "narrativeFr", "", "_csrf", Http.csrf(page.body())));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("aria-invalid=\"true\" aria-describedby=\"narrative-" + start.getYear() + "-O1-error\"");
    var rated = browser.form("/planning/programme-assessments/" + id + "/ratings", Map.of("item", "O1", "progress", "ACHIEVED",
        "narrativeEn", "Done", "narrativeFr", "Fait", "_csrf", Http.csrf(page.body())));
    assertThat(rated.status()).isEqualTo(302);
    var sent = browser.form("/planning/programme-assessments/" + id + "/transitions", Map.of("to", "WITH_PARTNER", "_csrf", Http.csrf(page.body())));
    assertThat(sent.status()).isEqualTo(200);
    assertThat(sent.body()).contains("id=\"notice-" + start.getYear() + "\"", "not rated yet");
    var work = a.expect(200, "GET", "/api/v1/me/work", null, a.staff).toString();
    assertThat(work).contains("planning.programme-assessments-to-draft");
  }

  private long audited(String id) {
    return SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where entity_type = 'programme-assessment' and entity_id = :id").param("id", id)
        .query(Long.class).single()));
  }

  private Http signedIn(Accounts.Account account) {
    var browser = Http.withCookies(port);
    var login = browser.get("/login");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(), "_csrf", Http.csrf(login.body())));
    return browser;
  }
}
