package org.entente.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The planning board (staff) and the steps of the exercise programme through the API; for the tests of this module
 * and of the harnesses that seed every table.
 */
public final class Mtep {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts accounts;
  public final Accounts.Account board;

  public Mtep(Http http) {
    this.http = http;
    this.accounts = new Accounts(http);
    this.board = accounts.create("IS:STAFF");
  }

  public Http.Response send(String method, String path, Object body, Accounts.Account as) {
    return http.send(method, path, json.writeValueAsString(body), "Content-Type", "application/json", as.bearer()[0], as.bearer()[1]);
  }

  public static JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 204);
    return response.json();
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  /** A new draft version (from the one in force) starting in {@code firstYear}; its id. */
  public String draft(int firstYear) {
    var body = new LinkedHashMap<String, Object>();
    body.put("firstYear", firstYear);
    body.put("note", Map.of("en", "Test version", "fr", "Version d’essai"));
    return ok(send("POST", "/api/v1/exercises/versions", body, board)).get("version").get("id").asString();
  }

  public Http.Response move(String version, String to, String reason) {
    var body = new LinkedHashMap<String, Object>();
    body.put("to", to);
    body.put("reason", reason);
    return send("POST", "/api/v1/exercises/versions/" + version + "/transitions", body, board);
  }

  /** An exercise with its three planning conferences, in May of {@code year}. */
  public static Map<String, Object> exercise(String code, String name, int year, List<String> invited, String activity) {
    var body = new LinkedHashMap<String, Object>();
    body.put("code", code);
    body.put("name", Map.of("en", name, "fr", name + " (FR)"));
    body.put("kind", "CPX");
    body.put("startsOn", year + "-05-08");
    body.put("endsOn", year + "-05-19");
    body.put("place", "Tbilisi");
    body.put("invited", invited);
    body.put("activity", activity);
    body.put("conferences", List.of(
        Map.of("kind", "IPC", "startsOn", (year - 1) + "-09-14", "endsOn", (year - 1) + "-09-16", "place", "Stavanger"),
        Map.of("kind", "MPC", "startsOn", (year - 1) + "-12-07", "endsOn", (year - 1) + "-12-09", "place", "Tbilisi"),
        Map.of("kind", "FPC", "startsOn", year + "-03-15", "endsOn", year + "-03-17", "place", "Tbilisi")));
    return body;
  }

  public Http.Response add(String version, Map<String, Object> exercise) {
    return send("POST", "/api/v1/exercises/versions/" + version + "/exercises", exercise, board);
  }

  /** Circulated and approved: in force from now. */
  public void approved(String version) {
    ok(move(version, "CIRCULATED", null));
    ok(move(version, "APPROVED", null));
  }

  /** A published menu activity of type EXERCISE; its code. */
  public static String menuExercise(Http http, String provider) {
    var menu = new Menu(http, provider);
    var code = Menu.uniqueCode("EX");
    var draft = Menu.draft(code, provider);
    draft.put("type", "EXERCISE");
    menu.publish(draft);
    return code;
  }

  /** One row in every table of the module, through the API, for {@code RowLevelSecurityIntegrationTest}. */
  public static void seedEveryTable(Http http) {
    var mtep = new Mtep(http);
    var version = mtep.draft(2027);
    ok(mtep.add(version, exercise(unique("RLS"), "Row-level security exercise", 2028, List.of("GEO"), menuExercise(http, "NSO"))));
    mtep.approved(version);
  }
}
