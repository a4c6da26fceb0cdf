package org.entente.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.registration.Registrar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff, a partner's coordinator, and the steps of a DEEP or PDP programme through the API; for the tests of this
 * module and the harnesses that seed every table.
 */
public final class Deep {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts accounts;
  public final Accounts.Account coordinator;
  public final Accounts.Account staff;
  public final String partner;

  public Deep(Http http, String partner) {
    this.http = http;
    this.partner = partner;
    this.accounts = new Accounts(http);
    this.coordinator = accounts.create(partner + ":NATIONAL_COORDINATOR");
    this.staff = accounts.create("IS:STAFF");
  }

  public Http.Response send(String method, String path, Object body, Accounts.Account as) {
    return http.send(method, path, json.writeValueAsString(body), "Content-Type", "application/json", as.bearer()[0], as.bearer()[1]);
  }

  public static JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 201);
    return response.json();
  }

  public static String path(String id, String tail) {
    return "/api/v1/education/programmes/" + id + tail;
  }

  public Http.Response propose(String kind, String institution, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("partner", partner);
    body.put("kind", kind);
    body.put("institutionType", kind.equals("PDP") ? "MINISTRY" : "DEFENCE_UNIVERSITY");
    body.put("institution", Map.of("en", institution, "fr", institution + " (fr)"));
    body.put("pillars", List.of("CURRICULUM_DEVELOPMENT", "PEER_TO_PEER"));
    body.put("curricula", List.of("GENERIC_OFFICER_PME"));
    return send("POST", "/api/v1/education/programmes", body, as);
  }

  /** Proposed by staff and activated; the programme's id. */
  public String active(String kind, String institution) {
    var id = ok(propose(kind, institution, staff)).get("programme").get("id").asString();
    ok(move(id, "ACTIVE", null, staff));
    return id;
  }

  public Http.Response move(String id, String to, String reason, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("to", to);
    body.put("reason", reason);
    return send("POST", path(id, "/transitions"), body, as);
  }

  public Http.Response expert(String id, String name, String organisation) {
    return send("POST", path(id, "/experts"), Map.of("name", name, "organisation", organisation, "pillar", "FACULTY_DEVELOPMENT"), staff);
  }

  public Http.Response link(String id, String event) {
    return send("POST", path(id, "/events"), Map.of("event", event), staff);
  }

  public Http.Response placement(String id, String host, LocalDate on, int people) {
    return send("POST", path(id, "/placements"), Map.of("host", host, "startsOn", on.toString(), "people", people), staff);
  }

  public JsonNode detail(String id, Accounts.Account as) {
    return ok(http.get(path(id, ""), as.bearer()));
  }

  /** An event of a provider's published activity held today, with these nations' people nominated, confirmed and attended; its id. */
  public static String heldToday(Http http, String provider, Map<Accounts.Account, Integer> attendees) {
    var reg = new Registrar(http, provider);
    var today = LocalDate.now();
    var event = reg.event(20, today);
    reg.openUntilStart(event, today);
    var n = 0;
    for (var entry : attendees.entrySet()) {
      for (int i = 0; i < entry.getValue(); i++) {
        var person = reg.participant(entry.getKey(), "Deep" + (n++), "Tamar");
        var nomination = reg.nominated(event, person, entry.getKey()).get("id").asString();
        assertThat(reg.move(nomination, "CONFIRMED", reg.menu.provider).status()).isEqualTo(200);
        assertThat(reg.move(nomination, "ATTENDED", reg.menu.provider).status()).isEqualTo(200);
        reg.menu.post("/api/v1/nominations/" + nomination + "/feedback", Map.of("relevance", 5, "quality", 4, "organisation", 3), entry.getKey());
      }
    }
    return event;
  }

  /** One row in every table of the module, through the API, for {@code RowLevelSecurityIntegrationTest}. */
  public static void seedEveryTable(Http http) {
    var ukraine = new Deep(http, "UKR");
    var id = ukraine.active("PDP", "Ministry of Defence of Ukraine (RLS)");
    ok(ukraine.expert(id, "Expert of the Marshall Center", "GCMC"));
    ok(ukraine.placement(id, "GCMC", LocalDate.now(), 3));
    ok(ukraine.link(id, new Registrar(http, "NSO").event(5)));
  }
}
