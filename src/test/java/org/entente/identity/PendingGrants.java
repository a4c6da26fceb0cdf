package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Http;

/** Test seeds for the four-eyes grants: a grant of AUDITOR that the first administrator proposed and nobody confirmed. */
public final class PendingGrants {

  private PendingGrants() {}

  /** A new account with a pending AUDITOR grant; its id. */
  public static String seed(Http http) {
    var admin = new Accounts(http).adminToken();
    var username = "pending-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var created = http.send("POST", "/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"Pending-grant-pass-"
            + java.util.UUID.randomUUID() + "\",\"displayName\":\"Pending\",\"memberships\":[{\"organisation\":\"IS\",\"role\":\"STAFF\"},"
            + "{\"organisation\":\"IS\",\"role\":\"AUDITOR\"}]}",
        "Content-Type", "application/json", "Authorization", "Bearer " + admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }
}
