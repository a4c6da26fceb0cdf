package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Http;
import org.entente.work.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's start-page items: memberships granted in the last week, and accounts locked out after
 * failed sign-ins. Nobody else gets them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityWorkIntegrationTest {

  @LocalServerPort int port;

  @Test
  void membershipsGrantedAndAccountsLocked() {
    var http = new Http(port);
    var accounts = new Accounts(http);
    var admin = accounts.create("IS:ADMIN");
    var granted = WorkItems.count(http, admin, "identity.granted");
    var locked = WorkItems.count(http, admin, "identity.locked");
    var person = accounts.create("GEO:NATIONAL_COORDINATOR");
    assertThat(WorkItems.count(http, admin, "identity.granted")).isEqualTo(granted + 1);

    for (int i = 0; i < 5; i++) {
      var refused = http.send("POST", "/api/v1/auth/token", "{\"username\":\"" + person.username() + "\",\"password\":\"wrong-" + i + "\"}",
          "Content-Type", "application/json");
      assertThat(refused.status()).isIn(401, 429); // the fifth locks the account: 429 with Retry-After
    }
    assertThat(WorkItems.count(http, admin, "identity.locked")).isEqualTo(locked + 1);
    assertThat(WorkItems.has(http, person, "identity.locked")).isFalse();
    // the administrator lifts the lock-out: the item goes, and the person signs in again
    var unlocked = http.send("POST", "/api/v1/users/" + person.id() + "/unlock", "", admin.bearer());
    assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
    assertThat(unlocked.json().get("lockedUntil").isNull()).isTrue();
    assertThat(WorkItems.count(http, admin, "identity.locked")).isEqualTo(locked);
    assertThat(accounts.token(person.username(), person.password())).isNotBlank();
    assertThat(http.send("POST", "/api/v1/users/" + person.id() + "/unlock", "", person.bearer()).status()).isEqualTo(403);
  }
}
