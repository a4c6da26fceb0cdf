package org.entente.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new demo installation shows Moldova's IPAP with two yearly assessments (last year's agreed, this year's with the
 * partner), the ministerial guidance in force, and Georgia's first goal served by menu activities and its unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoProgrammeAssessmentsIntegrationTest {

  @LocalServerPort int port;

  @Test
  void moldovasIpapAssessedTwiceTheGuidanceInForceAndGeorgiasGoalLinked() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var year = LocalDate.now().getYear();
    var assessments = http.get("/api/v1/planning/programme-assessments?partner=MDA", staff.bearer()).json();
    assertThat(assessments.get("total").asInt()).isEqualTo(2);
    assertThat(assessments.get("items").get(0).get("programmeType").asString()).isEqualTo("IPAP");
    assertThat(assessments.get("items").get(0).get("year").asInt()).isEqualTo(year - 1);
    assertThat(assessments.get("items").get(0).get("status").asString()).isEqualTo("AGREED");
    assertThat(assessments.get("items").get(1).get("status").asString()).isEqualTo("WITH_PARTNER");
    var programme = assessments.get("items").get(0).get("programme").asString();
    var browser = Http.withCookies(port);
    var login = browser.get("/login");
    browser.form("/login", java.util.Map.of("username", staff.username(), "password", staff.password(), "_csrf", Http.csrf(login.body())));
    var page = browser.get("/planning/programmes/" + programme + "/assessments");
    assertThat(page.body()).contains("id=\"ratings-chart\"", "data-item=\"O1-T1\"");

    var guidance = http.get("/api/v1/planning/guidance", staff.bearer()).json().toString();
    assertThat(guidance).contains("IN_FORCE", "SUPERSEDED");

    var cycles = http.get("/api/v1/planning/cycles?partner=GEO", staff.bearer()).json();
    var linked = false;
    for (var c : cycles.get("items")) {
      if (c.get("goals").isEmpty()) continue;
      var goal = c.get("goals").get(0).get("code").asString();
      var links = http.get("/api/v1/planning/cycles/" + c.get("id").asString() + "/goals/" + goal, staff.bearer()).json();
      if (!links.get("activities").isEmpty()) {
        linked = true;
        assertThat(links.get("units")).isNotEmpty();
      }
    }
    assertThat(linked).as("a goal of Georgia served by menu activities").isTrue();
  }
}
