package org.entente.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A nation's coordinator, staff and a team expert, and the steps of a Building Integrity assessment through the
 * API; for the tests of this module and of the harnesses that seed every table.
 */
public final class Assessing {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts.Account coordinator;
  public final Accounts.Account staff;
  public final Accounts.Account expert;

  public Assessing(Http http, String nation) {
    this.http = http;
    var accounts = new Accounts(http);
    this.coordinator = accounts.create(nation + ":NATIONAL_COORDINATOR");
    this.staff = accounts.create("IS:STAFF");
    this.expert = accounts.create("NOR:PARTICIPANT");
  }

  public Http.Response send(String method, String path, Object body, Accounts.Account as) {
    return http.send(method, path, json.writeValueAsString(body), "Content-Type", "application/json", as.bearer()[0], as.bearer()[1]);
  }

  public JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 201);
    return response.json();
  }

  public String path(String id, String tail) {
    return "/api/v1/integrity/assessments/" + id + tail;
  }

  public Http.Response move(String id, String to, String reason, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("to", to);
    body.put("reason", reason);
    return send("POST", path(id, "/transitions"), body, as);
  }

  public String requested() {
    return ok(send("POST", "/api/v1/integrity/assessments", Map.of(), coordinator)).get("assessment").get("id").asString();
  }

  /** Issued by staff, answered in full and submitted by the nation. */
  public JsonNode submitted(String id, String secret) {
    if (ok(http.get(path(id, ""), staff.bearer())).get("assessment").get("status").asString().equals("REQUESTED")) {
      ok(move(id, "SAQ_ISSUED", null, staff));
    }
    var version = ok(http.get(path(id, ""), coordinator.bearer())).get("assessment").get("version").asInt();
    var questions = ok(http.get("/api/v1/integrity/questionnaires/" + version, coordinator.bearer())).get("questions");
    var answers = new LinkedHashMap<String, String>();
    questions.forEach(q -> answers.put(q.get("position").asString(), secret + " answer " + q.get("position").asString()));
    ok(send("PUT", path(id, "/answers"), Map.of("answers", answers), coordinator));
    return ok(move(id, "SAQ_SUBMITTED", null, coordinator)).get("assessment");
  }

  public Map<String, Object> peerReview(LocalDate from) {
    var team = List.of(
        member("Team lead", "IS", staff.username(), true), member("Expert of Norway", "NOR", expert.username(), false),
        member("Expert of Poland", "POL", null, false), member("Expert of Switzerland", "CHE", null, false));
    var body = new LinkedHashMap<String, Object>();
    body.put("team", team);
    body.put("from", from.toString());
    body.put("to", from.plusDays(2).toString());
    body.put("place", "Ministry of Defence");
    return body;
  }

  private static Map<String, Object> member(String name, String organisation, String account, boolean leads) {
    var m = new LinkedHashMap<String, Object>();
    m.put("name", name);
    m.put("organisation", organisation);
    m.put("account", account);
    m.put("leads", leads);
    return m;
  }

  /** The team formed, the visit held today, the report drafted and agreed by the nation. */
  public JsonNode agreed(String id, String secret) {
    ok(send("PUT", path(id, "/peer-review"), peerReview(LocalDate.now()), staff));
    ok(move(id, "VISIT_CONDUCTED", null, staff));
    ok(send("PUT", path(id, "/report"), Map.of("report", Map.of("en", secret + " report")), staff));
    return ok(move(id, "REPORT_AGREED", null, coordinator)).get("assessment");
  }

  /** A published menu activity's code. */
  public static String publishedActivity(Http http, String provider) {
    var menu = new Menu(http, provider);
    var code = Menu.uniqueCode("BI");
    menu.publish(Menu.draft(code, provider));
    return code;
  }

  /** One row in every table of the module, through the API, for {@code RowLevelSecurityIntegrationTest}. */
  public static void seedEveryTable(Http http) {
    var georgia = new Assessing(http, "GEO");
    var id = georgia.requested();
    georgia.submitted(id, "rls");
    georgia.agreed(id, "rls");
    georgia.ok(georgia.send("POST", georgia.path(id, "/actions"), Map.of("title", Map.of("en", "Integrity course"),
        "activity", publishedActivity(http, "NSO")), georgia.staff));
  }
}
