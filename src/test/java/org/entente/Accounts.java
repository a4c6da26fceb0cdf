package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts for tests, made the way an administrator makes them: through the real API, signed in as the
 * administrator whose password the test configuration sets.
 */
public final class Accounts {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "Tested-passphrase-7Qx-lab";
  /** The second administrator, who confirms the grants of ADMIN, AUDITOR and COUNCIL_SECRETARIAT the first proposes. */
  public static final String SECOND_ADMIN = "admin2";
  public static final String SECOND_ADMIN_PASSWORD = "Second-passphrase-4Kd-lab";
  private static final AtomicInteger sequence = new AtomicInteger();

  private final Http http;

  public Accounts(Http http) {
    this.http = http;
  }

  /** An account with its password and a token to act as it. */
  public record Account(UUID id, String username, String password, String token) {
    public String[] bearer() {
      return new String[] {"Authorization", "Bearer " + token};
    }
  }

  public String token(String username, String password) {
    var response =
        http.send("POST", "/api/v1/auth/token",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
            "Content-Type", "application/json");
    assertThat(response.status()).as("token for %s: %s", username, response.body()).isEqualTo(201);
    return response.json().get("token").asString();
  }

  public String adminToken() {
    return token(ADMIN, ADMIN_PASSWORD);
  }

  public String secondAdminToken() {
    return token(SECOND_ADMIN, SECOND_ADMIN_PASSWORD);
  }

  /** The second administrator confirms what the first proposed for this account (four eyes). */
  public void confirmPendingGrants(UUID user) {
    var pending = http.get("/api/v1/pending-grants?user=" + user, "Authorization", "Bearer " + adminToken());
    assertThat(pending.status()).as(pending.body()).isEqualTo(200);
    if (pending.json().get("items").isEmpty()) {
      return;
    }
    var second = "Bearer " + secondAdminToken();
    for (var grant : pending.json().get("items")) {
      var confirmed = http.send("POST", "/api/v1/pending-grants/" + grant.get("id").asString() + "/confirm", "",
          "Authorization", second);
      assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    }
  }

  /** A new account holding these roles ("ORG:ROLE"), with a token. */
  public Account create(String... grants) {
    var username = "t" + sequence.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    var password = "Pw-" + UUID.randomUUID();
    var memberships = new StringBuilder();
    for (var grant : grants) {
      var parts = grant.split(":");
      memberships.append(memberships.isEmpty() ? "" : ",")
          .append("{\"organisation\":\"").append(parts[0]).append("\",\"role\":\"").append(parts[1]).append("\"}");
    }
    var body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"displayName\":\"Test "
        + username + "\",\"email\":\"" + username + "@example.org\",\"memberships\":[" + memberships + "]}";
    var created = http.send("POST", "/api/v1/users", body, "Content-Type", "application/json",
        "Authorization", "Bearer " + adminToken());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var id = UUID.fromString(created.json().get("id").asString());
    confirmPendingGrants(id);
    return new Account(id, username, password, token(username, password));
  }
}
