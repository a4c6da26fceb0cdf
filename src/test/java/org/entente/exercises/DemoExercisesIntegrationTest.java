package org.entente.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A new demo installation shows the exercise programme in two versions (one in force, one circulated) and the training centres network. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoExercisesIntegrationTest {

  @LocalServerPort int port;

  @Test
  void twoVersionsOfTheProgrammeAndTheNetwork() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var versions = http.get("/api/v1/exercises/versions", staff.bearer()).json().get("items");
    var statuses = new ArrayList<String>();
    versions.forEach(v -> statuses.add(v.get("status").asString()));
    assertThat(statuses).contains("APPROVED", "CIRCULATED");
    var circulated = versions.get(0);
    assertThat(circulated.get("status").asString()).isEqualTo("CIRCULATED");
    var comparison = http.get("/api/v1/exercises/versions/" + circulated.get("id").asString() + "/comparison?with="
        + circulated.get("basedOn").asString(), staff.bearer()).json();
    assertThat(comparison.get("added").get(0).get("code").asString()).isEqualTo("VIGILANT-MEDIC");
    assertThat(comparison.get("dropped").get(0).get("code").asString()).isEqualTo("MOUNTAIN-RESCUE");
    assertThat(comparison.get("moved").get(0).get("after").get("code").asString()).isEqualTo("DESERT-COOPERATION");
    // Jordan sees the two exercises it is invited to; Georgia its five and a conference within 30 days on its start page
    var jordan = new Accounts(http).create("JOR:NATIONAL_COORDINATOR");
    var inForce = versions.get(1).get("id").asString();
    assertThat(http.get("/api/v1/exercises/versions/" + inForce, jordan.bearer()).json().get("exercises")).hasSize(2);
    var georgia = new Accounts(http).create("GEO:NATIONAL_COORDINATOR");
    assertThat(http.get("/api/v1/exercises/versions/" + inForce, georgia.bearer()).json().get("exercises")).hasSize(5);
    assertThat(http.get("/api/v1/me/work", georgia.bearer()).body()).contains("exercises.conferences");
    assertThat(http.get("/api/v1/me/work", staff.bearer()).body()).contains("exercises.to-approve");
    assertThat(http.get("/exercises/centres").body()).contains("Swedish Armed Forces International Centre");
  }
}
