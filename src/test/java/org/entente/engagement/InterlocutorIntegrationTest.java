package org.entente.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.council.Secretariat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wider engagement (para 10): an interlocutor without a partnership is engaged only by a confirmed Council
 * decision, within its period — engaged on its last day, no longer on its review date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InterlocutorIntegrationTest {

  private static final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort int port;

  @Test
  void engagedOnACouncilDecisionUntilItsReviewDate() {
    var http = new Http(port);
    var accounts = new Accounts(http);
    var staff = accounts.create("IS:STAFF");
    var ally = accounts.create("NLD:NATIONAL_COORDINATOR");
    var partner = accounts.create("JOR:NATIONAL_COORDINATOR");
    var secretariat = new Secretariat(http);
    var today = LocalDate.now();
    var until = today.plusMonths(6);

    var body = Map.of("organisation", "SGP", "name", Map.of("en", "Singapore", "fr", "Singapour"), "scope", "ACTIVITIES",
        "activities", List.of("MARITIME-101"), "validFrom", today.toString(), "validTo", until.toString());
    var proposed = http.send("POST", "/api/v1/engagement/interlocutors", json.writeValueAsString(body), "Content-Type", "application/json",
        staff.bearer()[0], staff.bearer()[1]);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    var id = proposed.json().get("id").asString();
    assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
    assertThat(http.get("/api/v1/council/agenda", secretariat.proposer.bearer()).body()).contains("engagement:" + id, "Engagement with Singapore");
    assertThat(http.get("/api/v1/engagement/interlocutors?organisation=SGP&on=" + today, staff.bearer()).json().get("total").asInt())
        .as("not before the Council decides").isZero();

    secretariat.decide("OTHER", "engagement:" + id, List.of(), "APPROVED");
    var engaged = http.get("/api/v1/engagement/interlocutors/" + id, staff.bearer()).json();
    assertThat(engaged.get("status").asString()).isEqualTo("ENGAGED");
    assertThat(engaged.get("decision").asString()).startsWith("PO(");

    var on = "/api/v1/engagement/interlocutors?organisation=SGP&on=";
    assertThat(http.get(on + today, ally.bearer()).json().get("total").asInt()).isEqualTo(1);
    assertThat(http.get(on + until.minusDays(1), ally.bearer()).json().get("total").asInt()).isEqualTo(1);
    assertThat(http.get(on + until, ally.bearer()).json().get("total").asInt()).as("the engagement has ended").isZero();
    assertThat(http.get(on + today.minusDays(1), ally.bearer()).json().get("total").asInt()).isZero();
    assertThat(http.get("/api/v1/engagement/interlocutors", partner.bearer()).body()).as("a partner does not read the register").doesNotContain("SGP");
    assertThat(http.get("/engagement?on=" + today, ally.bearer()).body()).contains("Singapore");

    var partnerAsInterlocutor = http.send("POST", "/api/v1/engagement/interlocutors",
        json.writeValueAsString(Map.of("organisation", "GEO", "scope", "DIALOGUE")), "Content-Type", "application/json", staff.bearer()[0], staff.bearer()[1]);
    assertThat(partnerAsInterlocutor.status()).isEqualTo(400);
    assertThat(partnerAsInterlocutor.body()).contains("organisation");
    assertThat(http.send("POST", "/api/v1/engagement/interlocutors", json.writeValueAsString(Map.of("organisation", "AU", "scope", "DIALOGUE")),
        "Content-Type", "application/json", staff.bearer()[0], staff.bearer()[1]).status()).as("the African Union, named by the directory").isEqualTo(201);
    assertThat(http.send("POST", "/api/v1/engagement/interlocutors", json.writeValueAsString(Map.of("organisation", "IND", "scope", "DIALOGUE")),
        "Content-Type", "application/json", ally.bearer()[0], ally.bearer()[1]).status()).isEqualTo(403);
  }
}
