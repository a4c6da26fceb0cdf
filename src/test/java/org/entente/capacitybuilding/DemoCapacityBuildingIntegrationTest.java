package org.entente.capacitybuilding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A new demo installation shows packages for Georgia (implemented and reviewed), Jordan (before the Council) and Moldova, and Building Integrity assessments at three stages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoCapacityBuildingIntegrationTest {

  @LocalServerPort int port;

  @Test
  void packagesAtDifferentStagesForGeorgiaJordanAndMoldova() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var listed = http.get("/api/v1/capacity-building/packages?size=100", staff.bearer()).json();
    var byPartner = new java.util.HashMap<String, String>();
    listed.get("items").forEach(p -> byPartner.put(p.get("partner").asString(), p.get("status").asString()));
    assertThat(byPartner).containsEntry("GEO", "IMPLEMENTING").containsEntry("JOR", "BEFORE_COUNCIL").containsEntry("MDA", "REQUESTED");
    var georgia = StreamSupport.stream(listed.get("items").spliterator(), false).filter(p -> p.get("partner").asString().equals("GEO"))
        .findFirst().orElseThrow();
    var full = http.get("/api/v1/capacity-building/packages/" + georgia.get("id").asString(), staff.bearer()).json().get("capacityPackage");
    assertThat(full.get("reviews")).hasSize(1);
    assertThat(full.get("areas").get(0).get("progress").asInt()).isEqualTo(80);
    // Jordan's coordinators do not read Georgia's package; a German one does (an Ally, once approved)
    var jordan = new Accounts(http).create("JOR:NATIONAL_COORDINATOR");
    assertThat(http.get("/api/v1/capacity-building/packages/" + georgia.get("id").asString(), jordan.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/capacity-building/" + georgia.get("id").asString() + "?lang=fr", staff.bearer()).body())
        .contains("Paquet substantiel OTAN-Géorgie", "progress-areas", "echarts");
    // and Building Integrity: Georgia in follow-up with an agreed report and a plan, Ukraine answering, Jordan requested
    var integrity = http.get("/api/v1/integrity/assessments?size=100", staff.bearer()).json();
    var byNation = new java.util.HashMap<String, String>();
    integrity.get("items").forEach(a -> byNation.put(a.get("nation").asString(), a.get("status").asString()));
    assertThat(byNation).containsEntry("GEO", "FOLLOW_UP").containsEntry("UKR", "SAQ_ISSUED").containsEntry("JOR", "REQUESTED");
    assertThat(http.get("/api/v1/integrity/assessments?nation=GEO", jordan.bearer()).json().get("total").asInt()).isZero();
  }
}
