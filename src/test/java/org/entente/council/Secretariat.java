package org.entente.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.Accounts;
import org.entente.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Two members of the Council secretariat, for tests of other modules that need a decision taken. */
public final class Secretariat {

  private static final AtomicInteger sequence = new AtomicInteger();
  private static final JsonMapper json = JsonMapper.builder().build();

  private final Http http;
  public final Accounts.Account proposer;
  public final Accounts.Account confirmer;

  public Secretariat(Http http) {
    this.http = http;
    var accounts = new Accounts(http);
    this.proposer = accounts.create("NAC:COUNCIL_SECRETARIAT");
    this.confirmer = accounts.create("NAC:COUNCIL_SECRETARIAT");
  }

  /** A reference no other test uses. */
  public static String reference() {
    return "PO(2026)" + String.format("%04d", sequence.incrementAndGet()) + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  /** Proposes by one member, confirms by the other; the confirmed decision. */
  public JsonNode decide(String subjectType, String subjectId, List<String> concerns, String outcome) {
    var proposed = propose(subjectType, subjectId, concerns, outcome);
    var confirmed = http.send("POST", "/api/v1/council/decisions/" + proposed.get("id").asString() + "/confirm", "", confirmer.bearer());
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    return confirmed.json();
  }

  public JsonNode propose(String subjectType, String subjectId, List<String> concerns, String outcome) {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("reference", reference());
    body.put("decidedOn", LocalDate.now().toString());
    body.put("subjectType", subjectType);
    body.put("subjectId", subjectId);
    body.put("concerns", concerns);
    body.put("outcome", outcome);
    body.put("text", Map.of("en", "The Council " + outcome.toLowerCase() + " " + subjectId + ".",
        "fr", "Le Conseil statue (" + outcome + ") sur " + subjectId + "."));
    var proposed = http.send("POST", "/api/v1/council/decisions", json.writeValueAsString(body),
        "Content-Type", "application/json", proposer.bearer()[0], proposer.bearer()[1]);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    return proposed.json();
  }
}
