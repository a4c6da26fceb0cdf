package org.entente.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Http;
import tools.jackson.databind.JsonNode;

/** Reads one caller's start-page items through the API, as a national system would. */
public final class WorkItems {

  private WorkItems() {}

  public static JsonNode board(Http http, Accounts.Account as) {
    var response = http.get("/api/v1/me/work", as.bearer());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** The item with this id, failing when the caller has none. */
  public static JsonNode item(Http http, Accounts.Account as, String id) {
    for (var section : board(http, as).get("sections")) {
      for (var item : section.get("items")) {
        if (item.get("id").asString().equals(id)) {
          return item;
        }
      }
    }
    throw new AssertionError("no start-page item " + id + " for " + as.username());
  }

  public static long count(Http http, Accounts.Account as, String id) {
    return item(http, as, id).get("count").asLong();
  }

  /** Whether the caller has an item with this id at all. */
  public static boolean has(Http http, Accounts.Account as, String id) {
    for (var section : board(http, as).get("sections")) {
      for (var item : section.get("items")) {
        if (item.get("id").asString().equals(id)) {
          return true;
        }
      }
    }
    return false;
  }
}
