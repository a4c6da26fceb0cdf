package org.entente.science;

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
 * The people of the Science for Peace and Security programme for tests, and the steps of a grant through the real
 * API: staff publish a call, co-directors apply, staff screen, appointed reviewers score, staff rank, two members of
 * the secretariat approve, staff award.
 */
public final class Sps {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts accounts;
  public final Accounts.Account staff;
  private Secretariat secretariat;

  public Sps(Http http) {
    this.http = http;
    this.accounts = new Accounts(http);
    this.staff = accounts.create("IS:STAFF");
  }

  public Secretariat secretariat() {
    if (secretariat == null) secretariat = new Secretariat(http);
    return secretariat;
  }

  public static String email(Accounts.Account account) {
    return account.username() + "@example.org";
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

  /** A published call open to every mechanism, its deadline a month ahead. */
  public String call(String title) {
    var body = new LinkedHashMap<String, Object>();
    body.put("title", Map.of("en", title, "fr", title + " (fr)"));
    body.put("priorities", List.of("CYBER_DEFENCE", "BORDER_SECURITY", "ENERGY_SECURITY"));
    body.put("mechanisms", List.of("MYP", "ARW", "ASI", "ATC"));
    var today = LocalDate.now();
    body.put("deadline", today.plusMonths(1).toString());
    body.put("panelFrom", today.plusMonths(2).toString());
    body.put("panelTo", today.plusMonths(2).plusDays(2).toString());
    var id = expect(201, "POST", "/api/v1/science/calls", body, staff).get("id").asString();
    expect(200, "POST", "/api/v1/science/calls/" + id + "/publish", null, staff);
    return id;
  }

  public static Map<String, Object> application(String call, String title, String allyNation, Accounts.Account ally, String partnerNation,
      Accounts.Account partner, Map<String, Object> budget) {
    var body = new LinkedHashMap<String, Object>();
    body.put("call", call);
    body.put("mechanism", "ARW"); // awarded at once; a multi-year project (MYP) takes a planning grant first
    body.put("title", Map.of("en", title, "fr", title + " (fr)"));
    body.put("summary", Map.of("en", "Abstract of " + title, "fr", "Résumé de " + title));
    body.put("priorities", List.of("CYBER_DEFENCE"));
    body.put("allyDirector", Map.of("nation", allyNation, "name", "Dr " + ally.username(), "email", email(ally)));
    body.put("partnerDirector", Map.of("nation", partnerNation, "name", "Dr " + partner.username(), "email", email(partner)));
    body.put("budget", budget);
    return body;
  }

  public static Map<String, Object> budget() {
    return Map.of("EQUIPMENT", "100000.00", "TRAVEL", "20000.00", "TRAINING", "10000.00", "STIPENDS", "15000.00");
  }

  /** The partner co-director applies; the application's id. */
  public String apply(String call, String title, String allyNation, Accounts.Account ally, String partnerNation, Accounts.Account partner) {
    return expect(201, "POST", "/api/v1/science/applications", application(call, title, allyNation, ally, partnerNation, partner, budget()),
        partner).get("application").get("id").asString();
  }

  /** The partner co-director applies under a mechanism; the application's id. */
  public String applyAs(String call, String mechanism, String title, String allyNation, Accounts.Account ally, String partnerNation,
      Accounts.Account partner) {
    var body = application(call, title, allyNation, ally, partnerNation, partner, budget());
    body.put("mechanism", mechanism);
    return expect(201, "POST", "/api/v1/science/applications", body, partner).get("application").get("id").asString();
  }

  /** An expert nominated by staff for a nation and appointed. */
  public Accounts.Account reviewer(String nation) {
    var account = accounts.create(nation + ":PARTICIPANT");
    expect(201, "POST", "/api/v1/science/panel", Map.of("account", account.id().toString(), "nation", nation), staff);
    expect(200, "POST", "/api/v1/science/panel/" + account.id() + "/appoint", null, staff);
    return account;
  }

  public JsonNode move(String id, String to, String comment, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("to", to);
    if (comment != null) body.put("comment", comment);
    return expect(200, "POST", "/api/v1/science/applications/" + id + "/transitions", body, as);
  }

  public void toPanelReview(String id) {
    move(id, "ELIGIBLE", "Serves cyber defence.", staff);
    move(id, "PANEL_REVIEW", null, staff);
  }

  public Http.Response assign(String id, Accounts.Account reviewer) {
    return send("POST", "/api/v1/science/applications/" + id + "/reviewers", Map.of("reviewer", reviewer.id().toString()), staff);
  }

  public JsonNode score(String id, Accounts.Account reviewer, int merit, int relevance, int capacity, int value, String comment) {
    return expect(200, "POST", "/api/v1/science/applications/" + id + "/review",
        Map.of("merit", merit, "relevance", relevance, "capacity", capacity, "value", value, "comment", comment), reviewer);
  }

  /** From submitted to awarded: screened, reviewed by one reviewer, ranked, approved by the Council, awarded. */
  public void awarded(String id, Accounts.Account reviewer, String comment, Accounts.Account coDirector, String progress) {
    toPanelReview(id);
    assertThat(assign(id, reviewer).status()).isEqualTo(200);
    score(id, reviewer, 4, 4, 4, 4, comment);
    move(id, "RANKED", null, staff);
    var app = expect(200, "GET", "/api/v1/science/applications/" + id, null, staff).get("application");
    secretariat().decide("SCIENCE", id, List.of(app.get("allyDirector").get("nation").asString(),
        app.get("partnerDirector").get("nation").asString()), "APPROVED");
    expect(200, "POST", "/api/v1/science/applications/" + id + "/transitions", Map.of("to", "AWARDED", "amount", "100000.00"), staff);
    expect(201, "POST", "/api/v1/science/applications/" + id + "/reports", Map.of("body", progress), coDirector);
  }

  /** A real PDF of so many pages, made with PDFBox, each page carrying the text. */
  public static byte[] pdf(int pages, String text) {
    try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
      for (int i = 0; i < pages; i++) {
        var page = new org.apache.pdfbox.pdmodel.PDPage();
        document.addPage(page);
        try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(72, 700);
          content.showText(text);
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A co-director adds a team member; its JSON. */
  public JsonNode teamMember(String id, String name, String nation, Accounts.Account coDirector) {
    return expect(201, "POST", "/api/v1/science/applications/" + id + "/team",
        Map.of("name", name, "role", "Researcher", "organisation", "Institute of " + name, "nation", nation), coDirector);
  }

  /** A co-director uploads a PDF; the response. */
  public Http.Response attach(String id, String filename, byte[] content, Accounts.Account coDirector) {
    return http.upload("/api/v1/science/applications/" + id + "/attachments", filename, content, "Authorization", "Bearer " + coDirector.token());
  }

  /** For RowLevelSecurityIntegrationTest: a call, a panel, an awarded application with its review, one declined. */
  public static void seedEveryTable(Http http) {
    var sps = new Sps(http);
    var call = sps.call("RLS call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var id = sps.apply(call, "RLS application", "NLD", ally, "GEO", partner);
    // the team and a PDF attachment, while the application is being completed
    sps.teamMember(id, "RLS team member", "GEO", partner);
    assertThat(sps.attach(id, "rls.pdf", pdf(1, "RLS attachment"), partner).status()).isEqualTo(201);
    var decliner = sps.reviewer("DNK");
    sps.toPanelReview(id);
    sps.assign(id, decliner);
    sps.expect(204, "POST", "/api/v1/science/applications/" + id + "/decline", Map.of("conflict", true), decliner);
    var reviewer = sps.reviewer("NOR");
    assertThat(sps.assign(id, reviewer).status()).isEqualTo(200);
    sps.score(id, reviewer, 5, 4, 3, 4, "Sound.");
    sps.move(id, "RANKED", null, sps.staff);
    sps.secretariat().decide("SCIENCE", id, List.of("NLD", "GEO"), "APPROVED");
    sps.expect(200, "POST", "/api/v1/science/applications/" + id + "/transitions", Map.of("to", "AWARDED", "amount", "90000.00"), sps.staff);
    sps.expect(201, "POST", "/api/v1/science/applications/" + id + "/reports", Map.of("body", "Under way."), partner);
    // grant follow-up: an instalment released, spending reported with a report
    var instalment = sps.expect(201, "POST", "/api/v1/science/applications/" + id + "/instalments",
        Map.of("amount", "30000.00", "milestone", "Kick-off"), sps.staff);
    sps.expect(200, "POST", "/api/v1/science/applications/" + id + "/instalments/" + instalment.get("id").asString() + "/transitions",
        Map.of("to", "RELEASED"), sps.staff);
    var report = sps.expect(201, "POST", "/api/v1/science/applications/" + id + "/reports",
        Map.of("body", "Equipment bought.", "spending", Map.of("EQUIPMENT", "25000.00")), partner).get("id").asString();
    // monitoring: a panel member appointed to monitor the project notes the report
    var monitor = sps.reviewer("ITA");
    sps.expect(200, "POST", "/api/v1/science/applications/" + id + "/monitor", Map.of("monitor", monitor.id().toString()), sps.staff);
    sps.expect(201, "POST", "/api/v1/science/applications/" + id + "/reports/" + report + "/note", Map.of("body", "Seen."), monitor);
    // a multi-year project: its planning grant, its full plan and the plan's second review by a panel member
    var myp = sps.applyAs(call, "MYP", "RLS multi-year project", "NLD", ally, "GEO", partner);
    sps.multiYearInReview(myp, reviewer, partner, "The plan.");
    sps.expect(200, "POST", "/api/v1/science/applications/" + myp + "/plan-review",
        Map.of("merit", 4, "relevance", 4, "capacity", 4, "value", 4, "comment", "A realistic plan."), reviewer);
  }

  /** A multi-year project from submitted to its plan in review: reviewed, approved, planning grant, plan, the reviewer assigned to the plan. */
  public void multiYearInReview(String id, Accounts.Account reviewer, Accounts.Account coDirector, String plan) {
    toPanelReview(id);
    assertThat(assign(id, reviewer).status()).isEqualTo(200);
    score(id, reviewer, 4, 4, 4, 4, "Sound.");
    move(id, "RANKED", null, staff);
    var app = expect(200, "GET", "/api/v1/science/applications/" + id, null, staff).get("application");
    secretariat().decide("SCIENCE", id, List.of(app.get("allyDirector").get("nation").asString(),
        app.get("partnerDirector").get("nation").asString()), "APPROVED");
    expect(200, "POST", "/api/v1/science/applications/" + id + "/transitions", Map.of("to", "PLANNING_GRANT", "amount", "10000.00"), staff);
    move(id, "PLAN_SUBMITTED", plan, coDirector);
    move(id, "PLAN_REVIEW", null, staff);
    expect(200, "POST", "/api/v1/science/applications/" + id + "/plan-reviewers", Map.of("reviewer", reviewer.id().toString()), staff);
  }
}
