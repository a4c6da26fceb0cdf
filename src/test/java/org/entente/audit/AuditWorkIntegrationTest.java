package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Http;
import org.entente.work.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The auditor's start-page items: the chain as last verified, and the accesses refused since the last review. */
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

    // an auditor's verification is kept: the start page reads it instead of walking the trail again on each look,
    // so its figure stays while the trail grows (a new account is audited), until the next verification
    var verified = http.get("/api/v1/audit/verify", auditor.bearer()).json();
    assertThat(verified.get("intact").asBoolean()).isTrue();
    var records = verified.get("records").asLong();
    accounts.create("JOR:NATIONAL_COORDINATOR");
    assertThat(WorkItems.item(http, auditor, "audit.chain").get("label").asString()).contains("(" + records + " records, verified ");
    var again = http.get("/api/v1/audit/verify", auditor.bearer()).json().get("records").asLong();
    assertThat(again).isGreaterThan(records);
    assertThat(WorkItems.item(http, auditor, "audit.chain").get("label").asString()).contains("(" + again + " records, verified ");
    var refused = WorkItems.count(http, auditor, "audit.refusals");
    var coordinator = accounts.create("GEO:NATIONAL_COORDINATOR");
    assertThat(http.get("/api/v1/audit", coordinator.bearer()).status()).isEqualTo(403);
    assertThat(WorkItems.count(http, auditor, "audit.refusals")).isEqualTo(refused + 1);
    assertThat(WorkItems.item(http, auditor, "audit.refusals").get("href").asString()).isEqualTo("/audit/refusals");
    assertThat(WorkItems.has(http, coordinator, "audit.refusals")).isFalse();

    // the auditor reviews them on their page: the item is gone, and the review is itself in the chained trail
    var browser = Http.withCookies(port);
    var login = browser.get("/login");
    browser.form("/login", java.util.Map.of("username", auditor.username(), "password", auditor.password(), "_csrf", Http.csrf(login.body())));
    var page = browser.get("/audit/refusals");
    assertThat(page.body()).contains(coordinator.username(), "READ_AUDIT_GLOBALLY");
    assertThat(browser.form("/audit/refusals/reviewed", java.util.Map.of("_csrf", Http.csrf(page.body()))).status()).isEqualTo(302);
    assertThat(browser.get("/audit/refusals").body()).contains("id=\"done\"", "id=\"no-refusals\"");
    assertThat(WorkItems.count(http, auditor, "audit.refusals")).isZero();
    assertThat(http.get("/api/v1/audit?action=REFUSALS_REVIEWED", auditor.bearer()).json().get("total").asLong()).isPositive();
    assertThat(WorkItems.item(http, auditor, "audit.chain").get("count").asLong()).isZero();
    // nobody else reviews refusals
    var other = Http.withCookies(port);
    var otherLogin = other.get("/login");
    other.form("/login", java.util.Map.of("username", coordinator.username(), "password", coordinator.password(), "_csrf",
        Http.csrf(otherLogin.body())));
    assertThat(other.get("/audit/refusals").status()).isEqualTo(403);
  }
}
