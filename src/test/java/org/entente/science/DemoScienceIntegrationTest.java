package org.entente.science;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new demo installation shows an open call and a closed one whose applications were screened, reviewed by three
 * panel members, ranked, approved by the Council and awarded — made by the demo accounts through the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoScienceIntegrationTest {

  @LocalServerPort int port;

  @Test
  void anOpenCallAndAClosedOneReviewedRankedAndAwarded() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var calls = http.get("/api/v1/science/calls", staff.bearer()).json();
    assertThat(calls.get("total").asLong()).isEqualTo(2);
    var statuses = new ArrayList<String>();
    http.get("/api/v1/science/applications", staff.bearer()).json().get("items").forEach(a -> statuses.add(a.get("status").asString()));
    // a dozen applications in the closed call: two awarded, a multi-year project in its planning grant, eight ranked,
    // one ineligible; one submitted to the open call
    assertThat(statuses).containsOnly("SUBMITTED", "IN_PROGRESS", "AWARDED", "RANKED", "INELIGIBLE", "PLANNING_GRANT").hasSize(13);
    assertThat(statuses.stream().filter("RANKED"::equals).count()).isEqualTo(8);
    assertThat(statuses.stream().filter("PLANNING_GRANT"::equals).count()).isEqualTo(1);
    // the project in progress is monitored: its monitor has a report waiting for a note
    assertThat(http.get("/api/v1/science/applications?status=IN_PROGRESS", staff.bearer()).json().get("items").get(0).get("id").asString())
        .satisfies(id -> assertThat(http.get("/api/v1/science/applications/" + id + "/monitoring", staff.bearer()).json().get("monitor")
            .get("nation").asString()).isEqualTo("JPN"));
    var closed = calls.get("items").get(0).get("closed").asBoolean() ? calls.get("items").get(0) : calls.get("items").get(1);
    var ranking = http.get("/api/v1/science/calls/" + closed.get("id").asString() + "/ranking", staff.bearer()).json();
    assertThat(ranking.get("rows")).hasSize(11);
    ranking.get("rows").forEach(r -> assertThat(r.get("submitted").asInt()).isEqualTo(3));
    // the public sees the two awarded projects and the published calls, signed out
    assertThat(http.get("/api/v1/science/projects").json().get("total").asLong()).isEqualTo(2);
    assertThat(http.get("/api/v1/science/calls").json().get("total").asLong()).isEqualTo(2);
  }
}
