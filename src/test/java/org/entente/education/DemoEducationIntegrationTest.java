package org.entente.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A new demo installation shows Georgia's DEEP programme whose past events' attendance shows in its figures, and
 * Ukraine's Professional Development Programme with its placements; Jordan sees neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoEducationIntegrationTest {

  @LocalServerPort int port;

  @Test
  void georgiasDeepWithAttendanceAndUkrainesPdp() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var byKey = new HashMap<String, JsonNode>();
    http.get("/api/v1/education/programmes", staff.bearer()).json().get("items")
        .forEach(p -> byKey.put(p.get("partner").asString() + "/" + p.get("kind").asString() + "/" + p.get("status").asString(), p));
    assertThat(byKey).containsKeys("GEO/DEEP/ACTIVE", "UKR/PDP/ACTIVE", "GEO/DEEP/PROPOSED");
    var georgia = http.get("/api/v1/education/programmes/" + byKey.get("GEO/DEEP/ACTIVE").get("id").asString(), staff.bearer()).json();
    assertThat(georgia.get("programme").get("events")).isNotEmpty();
    var attended = 0;
    for (var year : georgia.get("figures")) attended += year.get("attended").asInt();
    assertThat(attended).as("the past events' attendance shows in the figures").isPositive();
    var ukraine = http.get("/api/v1/education/programmes/" + byKey.get("UKR/PDP/ACTIVE").get("id").asString(), staff.bearer()).json();
    var placed = 0;
    for (var year : ukraine.get("figures")) placed += year.get("placed").asInt();
    assertThat(placed).isEqualTo(9);
    var jordan = new Accounts(http).create("JOR:NATIONAL_COORDINATOR");
    assertThat(http.get("/api/v1/education/programmes", jordan.bearer()).json().get("total").asInt()).isZero();
    assertThat(http.get("/api/v1/me/work", staff.bearer()).body()).contains("education.proposed");
  }
}
