package org.entente.capacitybuilding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.council.Secretariat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner's coordinator, staff and two members of the secretariat, and the steps of a capacity building
 * package through the API; for the tests of this module and of the harnesses that seed every table.
 */
public final class Packaging {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts.Account coordinator;
  public final Accounts.Account staff;
  public final Secretariat secretariat;

  public Packaging(Http http, String partner) {
    this.http = http;
    var accounts = new Accounts(http);
    this.coordinator = accounts.create(partner + ":NATIONAL_COORDINATOR");
    this.staff = accounts.create("IS:STAFF");
    this.secretariat = new Secretariat(http);
  }

  public Http.Response send(String method, String path, Object body, Accounts.Account as) {
    return http.send(method, path, json.writeValueAsString(body), "Content-Type", "application/json", as.bearer()[0], as.bearer()[1]);
  }

  public JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 201);
    return response.json();
  }

  /** A request by the coordinator; its id. */
  public String requested(String title) {
    var response = send("POST", "/api/v1/capacity-building/packages",
        Map.of("title", Map.of("en", title, "fr", title + " (fr)"), "request", Map.of("en", "Asked: " + title)), coordinator);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("capacityPackage").get("id").asString();
  }

  public Http.Response move(String id, String to, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("to", to);
    return send("POST", "/api/v1/capacity-building/packages/" + id + "/transitions", body, as);
  }

  public String path(String id, String tail) {
    return "/api/v1/capacity-building/packages/" + id + tail;
  }

  /** Assessed and drafted by staff: one area with a project per name, an adviser from each contributor, a funding reference. */
  public JsonNode drafted(String id, List<String> areas, List<String> contributors, String secret) {
    var status = ok(http.get(path(id, ""), staff.bearer())).get("capacityPackage").get("status").asString();
    if (status.equals("REQUESTED")) ok(move(id, "ASSESSING", staff));
    ok(send("PUT", path(id, "/assessment"), Map.of("assessment", Map.of("en", secret + " assessment")), staff));
    for (var area : areas) {
      ok(send("POST", path(id, "/areas"), Map.of("name", Map.of("en", area, "fr", area + " (fr)"),
          "projects", List.of(Map.of("en", secret + " project in " + area))), staff));
    }
    for (var nation : contributors) {
      ok(send("POST", path(id, "/experts"), Map.of("nation", nation, "kind", "ADVISER", "name", "Adviser of " + nation), staff));
    }
    ok(send("PUT", path(id, "/funding"), Map.of("reference", secret + " funding"), staff));
    return ok(move(id, "DRAFTED", staff)).get("capacityPackage");
  }

  /** Before the Council, approved by two members of the secretariat. */
  public JsonNode approved(String id) {
    ok(move(id, "BEFORE_COUNCIL", staff));
    secretariat.decide("CAPACITY_BUILDING", id, List.of(), "APPROVED");
    return ok(http.get(path(id, ""), staff.bearer())).get("capacityPackage");
  }

  /** Implementing, a review opened and recorded with this progress for every area. */
  public JsonNode reviewed(String id, int percent, String secret) {
    var p = ok(http.get(path(id, ""), staff.bearer())).get("capacityPackage");
    if (p.get("status").asString().equals("APPROVED")) ok(move(id, "IMPLEMENTING", staff));
    if (!p.get("status").asString().equals("UNDER_REVIEW")) ok(move(id, "UNDER_REVIEW", staff));
    var progress = new java.util.ArrayList<Map<String, Object>>();
    p.get("areas").forEach(a -> progress.add(Map.of("area", a.get("id").asString(), "percent", percent, "note", secret + " note")));
    return ok(send("POST", path(id, "/reviews"), Map.of("summary", Map.of("en", secret + " review"), "progress", progress), staff))
        .get("capacityPackage");
  }

  /** One row in every table of the module, through the API, for {@code RowLevelSecurityIntegrationTest}. */
  public static void seedEveryTable(Http http) {
    var georgia = new Packaging(http, "GEO");
    var id = georgia.requested("RLS package");
    georgia.drafted(id, List.of("Cyber defence"), List.of("DEU"), "rls");
    georgia.approved(id);
    georgia.reviewed(id, 40, "rls");
  }
}
