package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Http;
import org.entente.work.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The auditor's start-page items: the chain verified on each look, and the accesses refused this week. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditWorkIntegrationTest {

  @LocalServerPort int port;

  @Test
  void chainStatusAndRefusedAccesses() {
    var http = new Http(port);
    var accounts = new Accounts(http);
    var auditor = accounts.create("IS:AUDITOR");
    var chain = WorkItems.item(http, auditor, "audit.chain");
    assertThat(chain.get("count").asLong()).isZero();
    assertThat(chain.get("label").asString()).startsWith("The audit trail’s chain is intact (");
    var refused = WorkItems.count(http, auditor, "audit.refusals");
    var coordinator = accounts.create("GEO:NATIONAL_COORDINATOR");
    assertThat(http.get("/api/v1/audit", coordinator.bearer()).status()).isEqualTo(403);
    assertThat(WorkItems.count(http, auditor, "audit.refusals")).isEqualTo(refused + 1);
    assertThat(WorkItems.item(http, auditor, "audit.refusals").get("href").asString()).isEqualTo("/audit?action=ACCESS_DENIED");
    assertThat(WorkItems.has(http, coordinator, "audit.refusals")).isFalse();
  }
}
