package org.entente.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A new demo installation shows consultations in every state, and Contact Point Embassies with their missions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoConsultationsIntegrationTest {

  @LocalServerPort int port;

  @Test
  void consultationsInEveryStateAndTheirPublicRecord() {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var listed = http.get("/api/v1/consultations?size=100", staff.bearer()).json();
    var statuses = StreamSupport.stream(listed.get("items").spliterator(), false).map(c -> c.get("status").asString()).distinct().toList();
    assertThat(statuses).containsExactlyInAnyOrder("REQUESTED", "UNDER_CONSIDERATION", "APPROVED", "SCHEDULED", "SUMMARY_SHARED",
        "CLOSED", "REJECTED", "WITHDRAWN");
    var maritime = StreamSupport.stream(listed.get("items").spliterator(), false)
        .filter(c -> c.get("subject").get("en").asString().startsWith("Maritime security in the Eastern")).findFirst().orElseThrow();
    assertThat(maritime.get("participants").toString()).isEqualTo("[\"JOR\",\"EGY\",\"MAR\"]");
    assertThat(maritime.get("proposed").toString()).contains("TUN");
    var georgia = new Accounts(http).create("GEO:NATIONAL_COORDINATOR");
    assertThat(http.get("/api/v1/consultations/records", georgia.bearer()).body()).contains("agreed to share more information");
    assertThat(http.get("/api/v1/engagement/contact-points?partner=GEO", staff.bearer()).body()).contains("NLD");
    assertThat(http.get("/api/v1/engagement/interlocutors?organisation=SGP&on=" + java.time.LocalDate.now(), staff.bearer()).json()
        .get("total").asInt()).isEqualTo(1);
    assertThat(http.get("/api/v1/engagement/interlocutors", staff.bearer()).body()).contains("\"IND\"", "PROPOSED");
  }
}
