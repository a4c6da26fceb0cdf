package org.entente.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.Http;
import org.entente.work.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat's start-page items: a proposal waits for the other member's confirmation (never for its own
 * proposer's), and is gone once confirmed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CouncilWorkIntegrationTest {

  @LocalServerPort int port;

  @Test
  void aProposalWaitsForTheOtherMemberOnly() {
    var http = new Http(port);
    var secretariat = new Secretariat(http);
    var forProposer = WorkItems.count(http, secretariat.proposer, "council.to-confirm");
    var forConfirmer = WorkItems.count(http, secretariat.confirmer, "council.to-confirm");
    var proposed = secretariat.propose("OTHER", "work-" + System.nanoTime(), List.of(), "NOTED");
    assertThat(WorkItems.count(http, secretariat.confirmer, "council.to-confirm")).isEqualTo(forConfirmer + 1);
    assertThat(WorkItems.count(http, secretariat.proposer, "council.to-confirm")).isEqualTo(forProposer);
    assertThat(WorkItems.item(http, secretariat.confirmer, "council.to-propose").get("href").asString()).isEqualTo("/council#agenda");

    var confirmed = http.send("POST", "/api/v1/council/decisions/" + proposed.get("id").asString() + "/confirm", "",
        secretariat.confirmer.bearer());
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(WorkItems.count(http, secretariat.confirmer, "council.to-confirm")).isEqualTo(forConfirmer);
    // staff read the register but do not record decisions: no council items
    var staff = new org.entente.Accounts(http).create("IS:STAFF");
    assertThat(WorkItems.has(http, staff, "council.to-confirm")).isFalse();
  }
}
