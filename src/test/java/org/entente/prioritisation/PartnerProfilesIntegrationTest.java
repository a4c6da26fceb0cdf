package org.entente.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.entente.database.SystemWork;
import tools.jackson.databind.JsonNode;

/**
 * Partners' profiles through the API: values derived from the directory and engagement on a date, judgements
 * entered with a reason and never changed in place (a dated history), bad input named, and who reads whose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerProfilesIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  /** A count read past row-level security (as the application's own work), to check what the database holds. */
  private long count(String sql) {
    return SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(sql).query(Long.class).single()));
  }

  private static JsonNode value(JsonNode profile, String consideration) {
    for (var v : profile.get("values")) if (v.get("consideration").asString().equals(consideration)) return v;
    return null;
  }

  @Test
  void derivedFromWhatEntenteKnowsOnADate() {
    var p = new Priorities(new Http(port));
    // Georgia contributed to Resolute Support until 2021 and sits in the NATO-Georgia Commission since 2008
    p.expect(200, "POST", "/api/v1/prioritisation/profiles/GEO/derivations", Map.of("on", "2018-06-01"), p.staff);
    var then = p.expect(200, "GET", "/api/v1/prioritisation/profiles/GEO?on=2018-06-01", null, p.staff);
    assertThat(value(then, "OPERATIONS").get("value").asInt()).isEqualTo(60);
    assertThat(value(then, "OPERATIONS").get("evidence").get("en").asString()).contains("Resolute Support");
    assertThat(value(then, "OPERATIONS").get("source").asString()).isEqualTo("DERIVED");
    assertThat(value(then, "BILATERAL_FRAMEWORK").get("value").asInt()).isEqualTo(100);
    assertThat(value(then, "BILATERAL_FRAMEWORK").get("evidence").get("fr").asString()).contains("Géorgie");
    p.expect(200, "POST", "/api/v1/prioritisation/profiles/GEO/derivations", Map.of(), p.staff);
    var now = p.expect(200, "GET", "/api/v1/prioritisation/profiles/GEO", null, p.staff);
    assertThat(value(now, "OPERATIONS").get("value").asInt()).isZero();
    // the past stays as it was: a new row, not a change
    assertThat(value(p.expect(200, "GET", "/api/v1/prioritisation/profiles/GEO?on=2018-06-01", null, p.staff), "OPERATIONS").get("value").asInt())
        .isEqualTo(60);
    // nothing changed since: nothing recorded
    assertThat(p.expect(200, "POST", "/api/v1/prioritisation/profiles/GEO/derivations", Map.of(), p.staff)).isEmpty();
    assertThat(count("select count(*) from audit_record where action = 'PRIORITISATION_PROFILE_DERIVED' and entity_id = 'GEO'")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void judgementsWithAReasonMakeADatedHistory() {
    var p = new Priorities(new Http(port));
    var first = p.expect(201, "POST", "/api/v1/prioritisation/profiles/ukr/values", Map.of("consideration", "SELF_FINANCING", "value", 30,
        "validFrom", "2025-01-01", "reason", Map.of("en", "Budget under strain", "fr", "Budget sous tension")), p.staff);
    assertThat(first.get("partner").asString()).isEqualTo("UKR");
    assertThat(first.get("source").asString()).isEqualTo("ENTERED");
    p.expect(201, "POST", "/api/v1/prioritisation/profiles/UKR/values", Map.of("consideration", "SELF_FINANCING", "value", 55,
        "validFrom", "2026-01-01", "reason", Map.of("fr", "Aide extérieure reçue")), p.staff);
    assertThat(value(p.expect(200, "GET", "/api/v1/prioritisation/profiles/UKR?on=2025-06-01", null, p.staff), "SELF_FINANCING").get("value").asInt())
        .isEqualTo(30);
    var today = p.expect(200, "GET", "/api/v1/prioritisation/profiles/UKR?on=2026-06-01", null, p.staff);
    assertThat(value(today, "SELF_FINANCING").get("value").asInt()).isEqualTo(55);
    assertThat(value(today, "SELF_FINANCING").get("evidence").get("fr").asString()).isEqualTo("Aide extérieure reçue");
    var history = p.expect(200, "GET", "/api/v1/prioritisation/profiles/UKR/history", null, p.staff);
    var reasons = new ArrayList<String>();
    history.get("items").forEach(v -> reasons.add(v.get("value").asInt() + ":" + v.get("validFrom").asString()));
    assertThat(reasons).containsSubsequence("55:2026-01-01", "30:2025-01-01");
    assertThat(count("select count(*) from audit_record where action = 'PRIORITISATION_PROFILE_ENTERED' and entity_id = 'UKR'")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void badInputIsNamedAndOnlyStaffEnter() {
    var p = new Priorities(new Http(port));
    var wrong = p.send("POST", "/api/v1/prioritisation/profiles/UKR/values",
        Map.of("consideration", "PRIORITY_AREA", "value", 101, "validFrom", "1990-01-01"), p.staff);
    assertThat(wrong.status()).isEqualTo(400);
    var names = new ArrayList<String>();
    wrong.json().get("invalid-params").forEach(v -> names.add(v.get("name").asString()));
    assertThat(names).contains("consideration", "value", "validFrom", "reason");
    assertThat(p.send("POST", "/api/v1/prioritisation/profiles/UKR/values", Map.of("consideration", "NOPE", "value", 5,
        "reason", Map.of("en", "x")), p.staff).status()).isEqualTo(400);
    assertThat(p.send("POST", "/api/v1/prioritisation/profiles/UKR/values", Map.of("consideration", "ASPIRATION", "value", 90,
        "reason", Map.of("en", "x")), p.person("UKR:NATIONAL_COORDINATOR")).status()).isEqualTo(403);
    // an Ally is not a partner: no profile
    assertThat(p.send("GET", "/api/v1/prioritisation/profiles/FRA", null, p.staff).status()).isEqualTo(404);
    assertThat(p.send("POST", "/api/v1/prioritisation/profiles/GEO/derivations", Map.of("on", LocalDate.now().plusDays(3).toString()), p.staff)
        .status()).isEqualTo(400);
  }

  @Test
  void aPartnerReadsItsOwnProfileAndAlliesReadEvery() {
    var p = new Priorities(new Http(port));
    p.enter("GEO", "ASPIRATION", 100, "Bucharest Summit declaration");
    p.enter("JOR", "ASPIRATION", 0, "No membership aspiration declared");
    var georgia = p.person("GEO:NATIONAL_COORDINATOR");
    assertThat(p.expect(200, "GET", "/api/v1/prioritisation/profiles/GEO", null, georgia).get("partner").asString()).isEqualTo("GEO");
    assertThat(p.send("GET", "/api/v1/prioritisation/profiles/JOR", null, georgia).status()).isEqualTo(404);
    assertThat(p.send("GET", "/api/v1/prioritisation/profiles/JOR/history", null, georgia).status()).isEqualTo(404);
    var own = p.expect(200, "GET", "/api/v1/prioritisation/profiles", null, georgia);
    assertThat(own.get("total").asInt()).isEqualTo(1);
    assertThat(own.get("items").get(0).get("partner").asString()).isEqualTo("GEO");
    for (var reader : List.of(p.person("FRA:NATIONAL_COORDINATOR"), p.person("IS:COUNCIL_SECRETARIAT"))) {
      assertThat(p.expect(200, "GET", "/api/v1/prioritisation/profiles/JOR", null, reader).get("values")).isNotEmpty();
      assertThat(p.expect(200, "GET", "/api/v1/prioritisation/profiles", null, reader).get("total").asInt()).isGreaterThan(10);
    }
    var provider = p.person("NSO:PROVIDER_MANAGER");
    assertThat(p.send("GET", "/api/v1/prioritisation/profiles/GEO", null, provider).status()).isEqualTo(404);
    assertThat(p.expect(200, "GET", "/api/v1/prioritisation/profiles", null, provider).get("total").asInt()).isZero();
    // the database says the same without the Java check: without a caller it shows nothing, as the system everything
    assertThat(jdbc.sql("select count(*) from prioritisation_profile_value where partner = 'JOR'").query(Long.class).single()).isZero();
    assertThat(count("select count(*) from prioritisation_profile_value where partner = 'JOR'")).isPositive();
  }

  @Test
  void pagesInBothLanguagesWithTheStaffFormAndAWrongDateKept() {
    var p = new Priorities(new Http(port));
    p.enter("MDA", "STRATEGIC_IMPORTANCE", 45, "Neighbourhood");
    var page = p.http.get("/prioritisation/profiles/MDA", p.staff.bearer());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Neighbourhood").contains("45 / 100").contains("id=\"enter-form\"");
    var fr = p.http.get("/prioritisation/profiles/MDA", "Authorization", "Bearer " + p.staff.token(), "Accept-Language", "fr");
    assertThat(fr.body()).contains("Profil : ").contains("Considérations");
    var list = p.http.get("/prioritisation?on=not-a-date", p.staff.bearer());
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("aria-invalid=\"true\"").contains("value=\"not-a-date\"").contains("id=\"profile-MDA\"");
    // a partner's coordinator: no form, and another partner's profile page is absent
    var moldova = p.person("MDA:NATIONAL_COORDINATOR");
    assertThat(p.http.get("/prioritisation/profiles/MDA", moldova.bearer()).body()).doesNotContain("id=\"enter-form\"");
    assertThat(p.http.get("/prioritisation/profiles/GEO", moldova.bearer()).status()).isEqualTo(404);
  }
}
