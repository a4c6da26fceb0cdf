package org.entente.trustfunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entente.Http;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.work.WorkItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The start page's trust fund items count what waits for each role, through row-level security. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustFundsWorkIntegrationTest {

  @LocalServerPort int port;
  @Autowired TrustFundsWork work;
  @Autowired TransactionTemplate transactions;

  private Map<String, Long> items(String organisation, Role role) {
    var caller = new Caller(UUID.randomUUID(), "work-" + UUID.randomUUID(), List.of(new Caller.Grant(organisation, role)));
    var result = new java.util.concurrent.atomic.AtomicReference<List<WorkItem>>();
    Callers.runAs(caller, () -> transactions.executeWithoutResult(s -> result.set(work.itemsFor(caller))));
    return result.get().stream().collect(Collectors.toMap(WorkItem::id, WorkItem::count, Long::sum));
  }

  @Test
  void staffNationsAndTheAgentEachSeeTheirOwnItems() {
    var funds = new Funds(new Http(port));
    funds.propose("JOR", "Work idea " + UUID.randomUUID());
    var invited = funds.propose("GEO", "Work invitation " + UUID.randomUUID());
    funds.move(invited, "SCOPING", funds.staff);
    funds.expect(200, "POST", "/api/v1/trust-funds/" + invited + "/leads", Map.of("nation", "LTU"), funds.staff);
    var launched = funds.launched("GEO", "LVA", "NSPA", "Work pledge " + UUID.randomUUID());
    funds.recorded(launched, funds.coordinator("EST"), "PLEDGE", "EST", "10.00", "EUR", null, null);

    assertThat(items("IS", Role.STAFF).get("trustfunds.ideas-to-scope")).isPositive();
    assertThat(items("LTU", Role.NATIONAL_COORDINATOR).get("trustfunds.invitations")).isEqualTo(1);
    assertThat(items("LVA", Role.NATIONAL_COORDINATOR).get("trustfunds.pledges-to-confirm")).isEqualTo(1);
    // a nation with nothing to do sees zero, and a participant no trust fund item at all
    assertThat(items("MLT", Role.NATIONAL_COORDINATOR).get("trustfunds.invitations")).isZero();
    assertThat(items("JOR", Role.PARTICIPANT)).isEmpty();
  }
}
