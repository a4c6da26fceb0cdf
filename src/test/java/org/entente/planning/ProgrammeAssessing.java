package org.entente.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.programmes.Drafting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Yearly assessments of programmes for tests, through the real API: an IPAP drafted by the partner and approved by
 * a confirmed Council decision, its year opened and rated by staff, sent, commented and agreed by the partner.
 */
public final class ProgrammeAssessing {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Drafting drafting;
  public final Accounts.Account staff;
  public final Accounts.Account coordinator;

  public ProgrammeAssessing(Http http, String partner) {
    this.http = http;
    this.drafting = new Drafting(http, partner, 2);
    this.staff = drafting.staff;
    this.coordinator = drafting.coordinator;
  }

  /** An IPAP of the partner (one objective O1 with its target O1-T1) approved by a confirmed Council decision: its id. */
  public String ipap(String partner, String marker, LocalDate startsOn) {
    var created = drafting.create(partner, "IPAP", startsOn, Drafting.content(marker, drafting.activities, startsOn.getYear()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var id = created.json().get("programme").get("id").asString();
    drafting.moved(id, "SUBMITTED", null, coordinator);
    drafting.moved(id, "IN_REVIEW", null, staff);
    drafting.moved(id, "AGREED", null, coordinator);
    drafting.secretariat.decide("PROGRAMME", id, List.of(), "APPROVED");
    return id;
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

  /** Staff open the programme's year: the assessment's id. */
  public String open(String programme, int year) {
    return expect(201, "POST", "/api/v1/planning/programme-assessments", Map.of("programme", programme, "year", year), staff)
        .get("assessment").get("id").asString();
  }

  public static Map<String, Object> rating(String item, String progress, String narrative) {
    return Map.of("item", item, "progress", progress, "narrative", Map.of("en", narrative, "fr", narrative));
  }

  /** Both items rated by staff. */
  public JsonNode rate(String id, String progress, String narrative) {
    return expect(200, "PUT", "/api/v1/planning/programme-assessments/" + id + "/ratings",
        Map.of("ratings", List.of(rating("O1", progress, narrative), rating("O1-T1", progress, narrative + " (target)"))), staff);
  }

  public JsonNode move(String id, String to, Accounts.Account as) {
    return expect(200, "POST", "/api/v1/planning/programme-assessments/" + id + "/transitions", Map.of("to", to), as);
  }

  /** Every table of programme assessments holds a row: an IPAP of Georgia, its first year rated, sent and commented on. */
  public static void seedEveryTable(Http http) {
    var assessing = new ProgrammeAssessing(http, "GEO");
    var start = LocalDate.now().plusYears(1).withDayOfYear(1);
    var programme = assessing.ipap("GEO", "RLS assessed", start);
    var id = assessing.open(programme, start.getYear());
    assessing.rate(id, "LIMITED", "Begun");
    assessing.move(id, "WITH_PARTNER", assessing.staff);
    assessing.expect(201, "POST", "/api/v1/planning/programme-assessments/" + id + "/comments", Map.of("item", "O1", "body", "Noted"),
        assessing.coordinator);
    // a goal of Moldova's cycle (seeded by Parp.seedEveryTable) served by a menu activity
    var parp = new Parp(http);
    var year = LocalDate.now().getYear() - LocalDate.now().getYear() % 2;
    var cycle = parp.cycle("MDA", year);
    parp.expect(201, "POST", "/api/v1/planning/cycles/" + cycle + "/goals/L0101/links",
        Map.of("activity", org.entente.capabilities.Occ.publishedActivity(http)), parp.staff);
    // a version of the ministerial guidance (a draft: another year each time)
    var drafted = assessing.send("POST", "/api/v1/planning/guidance", Map.of("year", 2100 + 2 * java.util.concurrent.ThreadLocalRandom.current()
        .nextInt(50), "title", Map.of("en", "Guidance"), "text", Map.of("en", "Text")), parp.staff);
    assertThat(drafted.status()).as(drafted.body()).isIn(201, 409);
  }
}
