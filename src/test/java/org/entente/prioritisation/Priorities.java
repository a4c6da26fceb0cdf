package org.entente.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The people of prioritisation for tests and its steps through the real API. */
public final class Priorities {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts accounts;
  public final Accounts.Account staff;
  private final Map<String, Accounts.Account> people = new HashMap<>();

  public Priorities(Http http) {
    this.http = http;
    this.accounts = new Accounts(http);
    this.staff = accounts.create("IS:STAFF");
  }

  public Accounts.Account person(String grant) {
    return people.computeIfAbsent(grant, accounts::create);
  }

  public Http.Response send(String method, String path, Object body, Accounts.Account as) {
    return http.send(method, path, body == null ? "" : json.writeValueAsString(body), "Content-Type", "application/json",
        "Authorization", "Bearer " + as.token());
  }

  public JsonNode expect(int status, String method, String path, Object body, Accounts.Account as) {
    var response = send(method, path, body, as);
    assertThat(response.status()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
    return response.body().isEmpty() ? null : response.json();
  }

  /** Starts a run of these events as {@code as} and waits until the background solver has proposed it; its detail. */
  public JsonNode runProposed(java.util.List<String> events, Accounts.Account as) {
    var id = expect(201, "POST", "/api/v1/prioritisation/runs", Map.of("events", events), as).get("run").get("id").asString();
    return settled(id, as);
  }

  /** Waits until the run is no longer QUEUED or SOLVING; its detail. */
  public JsonNode settled(String runId, Accounts.Account as) {
    var found = new java.util.concurrent.atomic.AtomicReference<JsonNode>();
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
      var detail = expect(200, "GET", "/api/v1/prioritisation/runs/" + runId, null, as);
      found.set(detail);
      var status = detail.get("run").get("status").asString();
      return !status.equals("QUEUED") && !status.equals("SOLVING");
    });
    return found.get();
  }

  /** Staff enter a judgement for a partner. */
  public JsonNode enter(String partner, String consideration, int value, String reasonEn) {
    return expect(201, "POST", "/api/v1/prioritisation/profiles/" + partner + "/values",
        Map.of("consideration", consideration, "value", value, "reason", Map.of("en", reasonEn, "fr", reasonEn + " (fr)")), staff);
  }

  /** Withdraws the weight set before the Council, if any (another test of the same context may have left one). */
  public void withdrawPending() {
    for (var set : expect(200, "GET", "/api/v1/prioritisation/weights", null, staff).get("items")) {
      if (set.get("status").asString().equals("PROPOSED")) {
        expect(200, "POST", "/api/v1/prioritisation/weights/" + set.get("id").asString() + "/withdrawal", null, staff);
      }
    }
  }

  /** For the row-level security test: a value entered and values derived, a weight set proposed, a run with its outcomes. */
  public static void seedEveryTable(Http http) {
    var p = new Priorities(http);
    p.enter("MDA", "STRATEGIC_IMPORTANCE", 40, "Seeded for row-level security");
    p.expect(200, "POST", "/api/v1/prioritisation/profiles/MDA/derivations", Map.of(), p.staff);
    var weights = new java.util.LinkedHashMap<String, Object>();
    for (var c : Consideration.values()) weights.put(c.name(), 5);
    p.withdrawPending();
    var proposed = p.expect(201, "POST", "/api/v1/prioritisation/weights", Map.of("weights", weights, "reason", Map.of("en", "Seeded")), p.staff);
    p.expect(200, "POST", "/api/v1/prioritisation/weights/" + proposed.get("id").asString() + "/withdrawal", null, p.staff);
    var reg = new org.entente.registration.Registrar(http, "NSO");
    var event = reg.event(1);
    var coordinator = reg.coordinator("MDA");
    for (var name : java.util.List.of("Rlsa", "Rlsb")) reg.nominated(event, reg.participant(coordinator, name, "Seed"), coordinator);
    p.runProposed(java.util.List.of(event), reg.menu.provider);
  }
}
