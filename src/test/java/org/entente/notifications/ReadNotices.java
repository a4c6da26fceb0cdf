package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Http;

/** Test help: a reader marks the first of their notices read through the API. */
public final class ReadNotices {

  private ReadNotices() {}

  public static void markOneRead(Http http, Accounts.Account reader) {
    var notices = http.get("/api/v1/notifications", reader.bearer()).json().get("items");
    assertThat(notices.size()).as("the reader has notices").isPositive();
    var read = http.send("POST", "/api/v1/notifications/" + notices.get(0).get("id").asString() + "/read", "", reader.bearer());
    assertThat(read.status()).as(read.body()).isEqualTo(204);
  }
}
