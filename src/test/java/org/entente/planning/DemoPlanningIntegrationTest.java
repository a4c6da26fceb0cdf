package org.entente.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new demo installation shows Georgia and Jordan in PARP at different steps — Georgia's goals approved by the
 * Council, Jordan's in the bilateral talks with a question answered — each with last cycle's agreed assessment,
 * made by the demo accounts through the service, the past replayed on its own dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoPlanningIntegrationTest {

  @LocalServerPort int port;

  @Test
  void georgiaAndJordanAtDifferentStepsWithLastCyclesAssessment() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var year = LocalDate.now().getYear() - LocalDate.now().getYear() % 2;
    var cycles = http.get("/api/v1/planning/cycles", staff.bearer()).json();
    var steps = new HashMap<String, String>();
    var ids = new HashMap<String, String>();
    cycles.get("items").forEach(c -> {
      steps.put(c.get("partner").asString() + c.get("year").asInt(), c.get("status").asString());
      ids.put(c.get("partner").asString() + c.get("year").asInt(), c.get("id").asString());
    });
    assertThat(steps).containsEntry("GEO" + year, "GOALS_APPROVED").containsEntry("JOR" + year, "BILATERAL")
        .containsEntry("GEO" + (year - 2), "ASSESSMENT_AGREED").containsEntry("JOR" + (year - 2), "ASSESSMENT_AGREED");
    var georgia = http.get("/api/v1/planning/cycles/" + ids.get("GEO" + year), staff.bearer()).json();
    assertThat(georgia.get("cycle").get("goals").toString()).contains("\"code\":\"L0101\"", "\"carriedFrom\":" + (year - 2)).doesNotContain("D0101");
    var last = http.get("/api/v1/planning/cycles/" + ids.get("GEO" + (year - 2)), staff.bearer()).json();
    assertThat(last.get("cycle").get("assessment")).hasSize(2);
    assertThat(last.get("history").toString()).contains(year - 1 + "-04-20");
    var talks = http.get("/api/v1/planning/cycles/" + ids.get("JOR" + year) + "/comments", staff.bearer()).json();
    assertThat(talks.get("total").asLong()).isEqualTo(2);
    var participations = http.get("/api/v1/planning/participations", staff.bearer()).json();
    assertThat(participations.get("items").toString()).contains("PO(" + (year - 2) + ")PARTICIPATION-GEO", "PO(" + (year - 2) + ")PARTICIPATION-JOR");
  }
}
