package org.entente.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new demo installation shows Georgia's company certified at level 1 after its SEL1 and NEL1 with a remedial
 * plan (one action done, one in progress, one open), over the years of its timeline, and Ukraine's company in its
 * level 1 self-evaluation — made by the demo accounts through the service, the past replayed on its own dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoCapabilitiesIntegrationTest {

  @LocalServerPort int port;

  @Test
  void georgiaCertifiedAtLevelOneWithAPlanAndUkraineInItsSelfEvaluation() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var units = http.get("/api/v1/capabilities/units", staff.bearer()).json();
    var byPartner = new HashMap<String, String>();
    units.get("items").forEach(u -> byPartner.put(u.get("partner").asString(), u.get("id").asString()));
    assertThat(byPartner).containsKeys("GEO", "UKR");

    var georgia = http.get("/api/v1/capabilities/units/" + byPartner.get("GEO"), staff.bearer()).json();
    assertThat(georgia.get("unit").get("status").asString()).isEqualTo("L1_CERTIFIED");
    var codes = new StringBuilder();
    georgia.get("evaluations").forEach(e -> codes.append(e.get("kind").asString()).append(e.get("level").asInt()).append(':')
        .append(e.get("status").asString()).append(' '));
    assertThat(codes.toString().strip()).isEqualTo("SEL1:SUBMITTED NEL1:CERTIFIED");
    var states = new StringBuilder();
    georgia.get("actions").forEach(a -> states.append(a.get("status").asString()).append(' '));
    assertThat(states.toString()).contains("DONE", "IN_PROGRESS", "OPEN");
    var years = new java.util.TreeSet<Integer>();
    georgia.get("timeline").forEach(t -> years.add(Integer.parseInt(t.get("on").asString().substring(0, 4))));
    assertThat(years.size()).as("the timeline spans years").isGreaterThanOrEqualTo(2);
    assertThat(georgia.get("timeline").toString()).contains("geo.national-coordinator", "is.staff");

    var ukraine = http.get("/api/v1/capabilities/units/" + byPartner.get("UKR"), staff.bearer()).json();
    assertThat(ukraine.get("unit").get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(ukraine.get("evaluations")).hasSize(1);
    assertThat(ukraine.get("evaluations").get(0).get("kind").asString()).isEqualTo("SEL");
    assertThat(ukraine.get("evaluations").get(0).get("status").asString()).isEqualTo("OPEN");
    assertThat(ukraine.get("evaluations").get(0).get("ratings")).hasSize(3);
  }
}
