package org.entente.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people of OCC Evaluation and Feedback for tests and the steps of a unit through the real API: declared by
 * its partner, accepted by staff, self-evaluated, evaluated by a NATO team, certified, a remedial plan.
 */
public final class Occ {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts accounts;
  public final Accounts.Account staff;
  private final Map<String, Accounts.Account> people = new HashMap<>();

  public Occ(Http http) {
    this.http = http;
    this.accounts = new Accounts(http);
    this.staff = accounts.create("IS:STAFF");
  }

  public Accounts.Account coordinator(String nation) {
    return people.computeIfAbsent(nation + ":NATIONAL_COORDINATOR", accounts::create);
  }

  public Accounts.Account secretariat() {
    return people.computeIfAbsent("NAC:COUNCIL_SECRETARIAT", accounts::create);
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

  public static Map<String, Object> unit(String name) {
    var u = new LinkedHashMap<String, Object>();
    u.put("name", Map.of("en", name, "fr", name + " (fr)"));
    u.put("service", "LAND");
    u.put("type", "INFANTRY");
    u.put("size", "COMPANY");
    u.put("personnel", 160);
    u.put("pool", "BOTH");
    u.put("contactName", "Maj. N. Beridze");
    u.put("contactEmail", "occ@example.org");
    return u;
  }

  /** A unit declared by the partner's coordinator; its id. */
  public String declared(String partner, String name) {
    var u = unit(name);
    u.put("partner", partner);
    return expect(201, "POST", "/api/v1/capabilities/units", u, coordinator(partner)).get("unit").get("id").asString();
  }

  public JsonNode moveUnit(String id, String to, String reason, Accounts.Account as) {
    var body = new HashMap<String, Object>();
    body.put("to", to);
    body.put("reason", reason);
    return expect(200, "POST", "/api/v1/capabilities/units/" + id + "/transitions", body, as);
  }

  /** Declared and accepted. */
  public String accepted(String partner, String name) {
    var id = declared(partner, name);
    moveUnit(id, "ACCEPTED", null, staff);
    return id;
  }

  public String openSel(String unit, String partner) {
    return expect(201, "POST", "/api/v1/capabilities/units/" + unit + "/evaluations",
        Map.of("kind", "SEL", "plannedOn", LocalDate.now().plusDays(10).toString()), coordinator(partner)).get("evaluation").get("id").asString();
  }

  public String openNel(String unit) {
    return expect(201, "POST", "/api/v1/capabilities/units/" + unit + "/evaluations",
        Map.of("kind", "NEL", "plannedOn", LocalDate.now().plusDays(30).toString(),
            "team", List.of(Map.of("name", "Lt Col. A. Berg", "organisation", "SWE"), Map.of("name", "Maj. P. Novak", "organisation", "POL"))),
        staff).get("evaluation").get("id").asString();
  }

  /** Every area rated: communications partially, with a finding carrying {@code marker}, the rest interoperable. */
  public static List<Map<String, Object>> ratings(String marker) {
    var ratings = new ArrayList<Map<String, Object>>();
    for (var area : Area.values()) {
      var r = new LinkedHashMap<String, Object>();
      r.put("area", area.name());
      if (area == Area.COMMUNICATIONS) {
        r.put("rating", "PARTIALLY_INTEROPERABLE");
        r.put("finding", Map.of("en", "HF radios " + marker, "fr", "Radios HF " + marker));
      } else {
        r.put("rating", area == Area.FORCE_PROTECTION ? "NOT_EVALUATED" : "INTEROPERABLE");
      }
      ratings.add(r);
    }
    return ratings;
  }

  public JsonNode rate(String evaluation, String marker, Accounts.Account as) {
    return expect(200, "PUT", "/api/v1/capabilities/evaluations/" + evaluation + "/ratings",
        Map.of("ratings", ratings(marker), "summary", Map.of("en", "Summary " + marker)), as);
  }

  public JsonNode moveEvaluation(String id, String to, String reason, Accounts.Account as) {
    var body = new HashMap<String, Object>();
    body.put("to", to);
    body.put("reason", reason);
    return expect(200, "POST", "/api/v1/capabilities/evaluations/" + id + "/transitions", body, as);
  }

  public JsonNode action(String evaluation, String title, String activity, Accounts.Account as) {
    var body = new HashMap<String, Object>();
    body.put("area", "COMMUNICATIONS");
    body.put("title", Map.of("en", title, "fr", title + " (fr)"));
    body.put("owner", "J6 Communications Directorate");
    body.put("dueOn", LocalDate.now().plusMonths(6).toString());
    body.put("activity", activity);
    return expect(201, "POST", "/api/v1/capabilities/evaluations/" + evaluation + "/actions", body, as);
  }

  /** A published menu activity's code. */
  public static String publishedActivity(Http http) {
    var menu = new Menu(http, "NSO");
    var code = Menu.uniqueCode("OCC");
    menu.publish(Menu.draft(code, "NSO"));
    return code;
  }

  /** From declaration to a certified NEL1 with a remedial action: the unit's id, the NEL's id in {@code [1]}. */
  public String[] certifiedAtLevelOne(String partner, String marker) {
    var unit = accepted(partner, "Light Infantry Company " + marker);
    var sel = openSel(unit, partner);
    rate(sel, marker, coordinator(partner));
    moveEvaluation(sel, "SUBMITTED", null, coordinator(partner));
    var nel = openNel(unit);
    rate(nel, marker, staff);
    moveEvaluation(nel, "SUBMITTED", null, staff);
    moveEvaluation(nel, "CERTIFIED", null, staff);
    action(nel, "Train signallers " + marker, null, coordinator(partner));
    return new String[] {unit, nel};
  }

  /** A unit in every capabilities table, for the row-level security test (Moldova). */
  public static void seedEveryTable(Http http) {
    new Occ(http).certifiedAtLevelOne("MDA", "rls");
  }
}
