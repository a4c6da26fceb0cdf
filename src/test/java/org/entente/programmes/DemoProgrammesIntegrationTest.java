package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A new demo installation shows programmes in every stage, made by the demo accounts through the real doors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoProgrammesIntegrationTest {

  @LocalServerPort int port;

  @Test
  void programmesInEveryStageForTheDemoPartners() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var listed = http.get("/api/v1/programmes", staff.bearer()).json();
    var byPartnerAndStatus = new HashMap<String, String>();
    StreamSupport.stream(listed.get("items").spliterator(), false)
        .forEach(p -> byPartnerAndStatus.merge(p.get("partner").asString(), p.get("status").asString(), (a, b) -> a + "," + b));
    assertThat(byPartnerAndStatus).containsEntry("JPN", "AGREED").containsEntry("CHE", "RETURNED")
        .containsEntry("JOR", "IN_REVIEW").containsEntry("QAT", "SUBMITTED");
    assertThat(byPartnerAndStatus.get("GEO")).contains("ACTIVE", "DRAFT");
    StreamSupport.stream(listed.get("items").spliterator(), false).forEach(p ->
        assertThat(p.get("content").get("activities").size()).as(p.get("partner").asString()).isBetween(1, 6));

    // Georgia's active programme is this demo's; other modules' demos may approve programmes too (planning: Moldova's IPAP)
    var decisions = StreamSupport.stream(http.get("/api/v1/council/decisions?subjectType=PROGRAMME&size=200", staff.bearer()).json().get("items")
        .spliterator(), false).toList();
    assertThat(decisions.stream().filter(d -> d.get("concerns").toString().contains("GEO")).toList()).hasSize(1);
    assertThat(decisions).allSatisfy(d -> {
      assertThat(d.get("status").asString()).isEqualTo("CONFIRMED");
      assertThat(d.get("proposedBy").asString()).isNotEqualTo(d.get("confirmedBy").asString());
    });
    assertThat(http.get("/api/v1/council/agenda", staff.bearer()).body()).contains("ITPP Japan");
  }
}
