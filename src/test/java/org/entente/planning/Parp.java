package org.entente.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.council.Secretariat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people of PARP for tests and the steps of a cycle through the real API: a partner admitted by the Council,
 * a cycle opened by staff, the survey answered and submitted, goals drafted, talks, the Council's approval, the
 * assessment.
 */
public final class Parp {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts accounts;
  public Accounts.Account staff;
  private Secretariat secretariat;
  private final Map<String, Accounts.Account> people = new HashMap<>();

  public Parp(Http http) {
    this.http = http;
    this.accounts = new Accounts(http);
    this.staff = accounts.create("IS:STAFF");
  }

  public Secretariat secretariat() {
    if (secretariat == null) secretariat = new Secretariat(http);
    return secretariat;
  }

  public Accounts.Account coordinator(String nation) {
    return people.computeIfAbsent(nation + ":NATIONAL_COORDINATOR", accounts::create);
  }

  /** Signs everyone in again (after a test clock moved past their tokens' lifetime). */
  public void refresh() {
    staff = again(staff);
    people.replaceAll((k, a) -> again(a));
    if (secretariat != null) secretariat = new Secretariat(http);
  }

  private Accounts.Account again(Accounts.Account a) {
    return new Accounts.Account(a.id(), a.username(), a.password(), accounts.token(a.username(), a.password()));
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

  /** The partner admitted to PARP by a confirmed Council decision (once: later calls find it). */
  public void admitted(String partner) {
    var found = expect(200, "GET", "/api/v1/planning/participations?partner=" + partner, null, staff);
    for (var p : found.get("items")) {
      if (p.get("tool").asString().equals("PARP") && p.get("status").asString().equals("APPROVED")) return;
    }
    var id = expect(201, "POST", "/api/v1/planning/participations", Map.of("partner", partner, "tool", "PARP"), coordinator(partner))
        .get("id").asString();
    secretariat().decide("PLANNING", id, List.of(partner), "APPROVED");
  }

  /** The partner's cycle of this (even) year: the one there is, or a new one. */
  public String cycle(String partner, int year) {
    admitted(partner);
    var found = expect(200, "GET", "/api/v1/planning/cycles?partner=" + partner, null, staff);
    for (var c : found.get("items")) {
      if (c.get("year").asInt() == year) return c.get("id").asString();
    }
    return expect(201, "POST", "/api/v1/planning/cycles", Map.of("partner", partner, "year", year), staff).get("cycle").get("id").asString();
  }

  public String status(String id) {
    return expect(200, "GET", "/api/v1/planning/cycles/" + id, null, staff).get("cycle").get("status").asString();
  }

  public JsonNode move(String id, String to, Accounts.Account as) {
    return expect(200, "POST", "/api/v1/planning/cycles/" + id + "/transitions", Map.of("to", to), as);
  }

  /** Every answer of the first question set, the texts carrying {@code marker}. */
  public static Map<String, String> answers(String marker) {
    var answers = new LinkedHashMap<String, String>();
    answers.put("F1", "20500");
    answers.put("F2", "3");
    answers.put("F3", "MEDIUM");
    answers.put("F4", "A light infantry battalion and a medical team " + marker);
    answers.put("P1", "Defence review to 2032 " + marker);
    answers.put("P2", "UNDERWAY");
    answers.put("P3", "Two brigades reorganised");
    answers.put("B1", "1350");
    answers.put("B2", "2.1");
    answers.put("B3", "Budget plans " + marker);
    return answers;
  }

  public void submitSurvey(String id, String partner, String marker) {
    expect(200, "PUT", "/api/v1/planning/cycles/" + id + "/survey", Map.of("answers", answers(marker)), coordinator(partner));
    move(id, "SURVEY_SUBMITTED", coordinator(partner));
  }

  public static Map<String, Object> goal(String code, String title, String area, LocalDate target) {
    var g = new LinkedHashMap<String, Object>();
    g.put("code", code);
    g.put("title", Map.of("en", title, "fr", title + " (fr)"));
    g.put("description", Map.of("en", "Description of " + title));
    g.put("area", area);
    g.put("targetDate", target.toString());
    return g;
  }

  public void goals(String id, List<Map<String, Object>> goals) {
    expect(200, "PUT", "/api/v1/planning/cycles/" + id + "/goals", Map.of("goals", goals), staff);
  }

  /** From a new cycle to a package the Council approved (in the cycle's even year). */
  public String approved(String partner, int year, String marker) {
    var id = cycle(partner, year);
    submitSurvey(id, partner, marker);
    goals(id, List.of(goal("L0101", "Light infantry battalion " + marker, "LAND", LocalDate.of(year + 4, 12, 31)),
        goal("M0201", "Harbour protection", "MARITIME", LocalDate.of(year + 3, 6, 30))));
    move(id, "BILATERAL", staff);
    move(id, "MULTILATERAL", staff);
    move(id, "AT_COUNCIL", staff);
    secretariat().decide("PLANNING", id, List.of(partner), "APPROVED");
    return id;
  }

  /** A cycle in every planning table, for the row-level security test (Moldova, the current even year). */
  public static void seedEveryTable(Http http) {
    var parp = new Parp(http);
    var year = LocalDate.now().getYear() - LocalDate.now().getYear() % 2;
    var id = parp.cycle("MDA", year);
    if (!parp.status(id).equals("SURVEY")) return;
    parp.submitSurvey(id, "MDA", "rls");
    parp.goals(id, List.of(goal("L0101", "Infantry company", "LAND", LocalDate.of(year + 3, 12, 31))));
    parp.move(id, "BILATERAL", parp.staff);
    parp.expect(201, "POST", "/api/v1/planning/cycles/" + id + "/comments", Map.of("section", "goal:L0101", "body", "Which company?"),
        parp.coordinator("MDA"));
  }
}
