package org.entente.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A new demo installation shows the partners' profiles with their evidence and NSO's oversubscribed course with a proposed run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoPrioritisationIntegrationTest {

  @LocalServerPort int port;

  @Test
  void profilesAndAProposedRun() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var georgia = http.get("/api/v1/prioritisation/profiles/GEO", staff.bearer()).json();
    assertThat(georgia.toString()).contains("Bucharest", "NATO-Georgia");
    var runs = http.get("/api/v1/prioritisation/runs", staff.bearer()).json();
    assertThat(runs.get("total").asInt()).isEqualTo(1);
    var run = runs.get("items").get(0);
    assertThat(run.get("status").asString()).isEqualTo("PROPOSED");
    assertThat(run.get("provider").asString()).isEqualTo("NSO");
    var detail = http.get("/api/v1/prioritisation/runs/" + run.get("id").asString(), staff.bearer()).json();
    assertThat(detail.get("outcomes")).hasSize(8);
    var seated = 0;
    for (var o : detail.get("outcomes")) if (o.get("seated").asBoolean()) seated++;
    assertThat(seated).isEqualTo(3);
    // the profiles decide, not the order of arrival: Georgia's first nominee is seated, which first come would not do
    var georgiaSeated = false;
    for (var o : detail.get("outcomes")) {
      if (o.get("nation").asString().equals("GEO") && o.get("rank").asInt() == 1) georgiaSeated = o.get("seated").asBoolean() && !o.get("firstCome").asBoolean();
    }
    assertThat(georgiaSeated).isTrue();
  }
}
