package org.entente.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.capabilities.Occ;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partnership goal linked to the menu activities that serve it (and the programme line that plans one) and to the
 * partner's declared unit: the goal's page lists them with the partner's attendance, the unit's page its goals;
 * another partner reads nothing of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalLinksIntegrationTest {

  @LocalServerPort int port;

  @Test
  void aGoalServedByActivitiesAndAUnit() {
    var http = new Http(port);
    var parp = new Parp(http);
    var today = LocalDate.now();
    var year = today.getYear() % 2 == 0 ? today.getYear() : today.getYear() + 1;
    var cycle = parp.cycle("ARM", year);
    if (parp.status(cycle).equals("SURVEY")) parp.submitSurvey(cycle, "ARM", "links");
    if (parp.status(cycle).equals("SURVEY_SUBMITTED")) {
      parp.goals(cycle, List.of(Parp.goal("L0101", "Peacekeeping battalion", "LAND", LocalDate.of(year + 4, 12, 31))));
    }
    var base = "/api/v1/planning/cycles/" + cycle + "/goals/L0101";
    var activity = Occ.publishedActivity(http);
    var armenia = parp.coordinator("ARM");
    var jordan = parp.coordinator("JOR");

    var linked = parp.expect(201, "POST", base + "/links", Map.of("activity", activity), parp.staff);
    assertThat(linked.get("kind").asString()).isEqualTo("ACTIVITY");
    parp.expect(409, "POST", base + "/links", Map.of("activity", activity), armenia);
    var unknown = parp.send("POST", base + "/links", Map.of("activity", "NSO-NOTHING-9"), parp.staff);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"activity\"");
    parp.expect(400, "POST", base + "/links", Map.of(), parp.staff);
    parp.expect(404, "POST", "/api/v1/planning/cycles/" + cycle + "/goals/X9999/links", Map.of("activity", activity), parp.staff);

    // the partner's declared unit, not another partner's
    var occ = new Occ(http);
    var unit = occ.declared("ARM", "Peacekeeping company ARM");
    var georgian = occ.declared("GEO", "Light company GEO");
    parp.expect(201, "POST", base + "/links", Map.of("unit", unit), armenia);
    var other = parp.send("POST", base + "/links", Map.of("unit", georgian), parp.staff);
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.body()).contains("\"unit\"");

    var goal = parp.expect(200, "GET", base, null, armenia);
    assertThat(goal.get("activities")).hasSize(1);
    assertThat(goal.get("activities").get(0).get("activity").asString()).isEqualTo(activity);
    assertThat(goal.get("activities").get(0).get("attended").asInt()).isZero();
    assertThat(goal.get("units")).hasSize(1);
    assertThat(goal.get("mayLink").asBoolean()).isTrue();

    // need-to-know: Jordan reads nothing and links nothing
    parp.expect(404, "GET", base, null, jordan);
    parp.expect(404, "POST", base + "/links", Map.of("activity", activity), jordan);

    // the pages: the goal lists the activity, the unit its goal
    var browser = signedIn(armenia);
    var page = browser.get("/planning/cycles/" + cycle + "/goals/L0101");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("data-activity=\"" + activity + "\"", "id=\"link-activity\"", "Peacekeeping company ARM");
    var unitPage = browser.get("/capabilities/units/" + unit);
    assertThat(unitPage.body()).contains("id=\"unit-goals\"", "/planning/cycles/" + cycle + "/goals/L0101");
    assertThat(signedIn(jordan).get("/planning/cycles/" + cycle + "/goals/L0101").status()).isEqualTo(404);

    // removed: gone from the goal
    parp.expect(204, "DELETE", base + "/links/" + linked.get("id").asString(), null, parp.staff);
    assertThat(parp.expect(200, "GET", base, null, parp.staff).get("activities")).isEmpty();
  }

  private Http signedIn(Accounts.Account account) {
    var browser = Http.withCookies(port);
    var login = browser.get("/login");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(), "_csrf", Http.csrf(login.body())));
    return browser;
  }
}
