package org.entente.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.council.Secretariat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A requester's coordinator, staff and two members of the secretariat, and the steps of a consultation through
 * the API; for the tests of this module and of the harnesses that seed every table.
 */
public final class Consulting {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts.Account coordinator;
  public final Accounts.Account staff;
  public final Secretariat secretariat;

  public Consulting(Http http, String requester) {
    this.http = http;
    var accounts = new Accounts(http);
    this.coordinator = accounts.create(requester + ":NATIONAL_COORDINATOR");
    this.staff = accounts.create("IS:STAFF");
    this.secretariat = new Secretariat(http);
  }

  public Http.Response send(String method, String path, Object body, Accounts.Account as) {
    return http.send(method, path, json.writeValueAsString(body), "Content-Type", "application/json", as.bearer()[0], as.bearer()[1]);
  }

  public Http.Response request(String subject, List<String> participants, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("subject", Map.of("en", subject, "fr", subject + " (fr)"));
    body.put("rationale", Map.of("en", "Why: " + subject));
    body.put("format", "THEMATIC");
    body.put("level", "AMBASSADORS");
    body.put("participants", participants);
    body.put("wishedFrom", LocalDate.now().plusDays(10).toString());
    return send("POST", "/api/v1/consultations", body, as);
  }

  /** A request by the coordinator; its id. */
  public String requested(String subject, List<String> participants) {
    var response = request(subject, participants, coordinator);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("consultation").get("id").asString();
  }

  public JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  public Http.Response move(String id, String to, String reason, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("to", to);
    body.put("reason", reason);
    return send("POST", "/api/v1/consultations/" + id + "/transitions", body, as);
  }

  /** Before the Council, approved with these participants by two members of the secretariat. */
  public JsonNode approved(String id, List<String> participants) {
    ok(move(id, "UNDER_CONSIDERATION", null, staff));
    secretariat.decide("CONSULTATION", id, participants, "APPROVED");
    return ok(http.get("/api/v1/consultations/" + id, staff.bearer())).get("consultation");
  }

  public JsonNode scheduled(String id, LocalDate on) {
    return ok(send("PUT", "/api/v1/consultations/" + id + "/meeting", Map.of("startsAt", on + "T10:00:00", "endsAt", on + "T12:30:00",
        "place", "NATO Headquarters, Brussels", "agenda", List.of(Map.of("en", "Opening", "fr", "Ouverture"),
            Map.of("en", "Maritime situation", "fr", "Situation maritime"))), staff)).get("consultation");
  }

  /** Requested, approved, scheduled today, held, minutes filed and summary shared; its id. */
  public String summarised(String subject, List<String> participants, String minutes, String summary) {
    var id = requested(subject, participants);
    approved(id, participants);
    scheduled(id, LocalDate.now());
    ok(send("POST", "/api/v1/consultations/" + id + "/attendance", Map.of("attended", participants), staff));
    ok(send("PUT", "/api/v1/consultations/" + id + "/minutes", Map.of("minutes", minutes), staff));
    ok(send("PUT", "/api/v1/consultations/" + id + "/summary", Map.of("summary", Map.of("en", summary, "fr", summary + " (fr)")), staff));
    return id;
  }

  public Http.Response upload(String id, String filename, byte[] content, Accounts.Account as) {
    return http.upload("/api/v1/consultations/" + id + "/documents", filename, content, as.bearer());
  }

  public static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
