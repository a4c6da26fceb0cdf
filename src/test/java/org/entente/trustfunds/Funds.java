package org.entente.trustfunds;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The people of a trust fund for tests, and the steps of its life through the real API: a host proposes,
 * staff scope and invite a lead, the lead accepts and names the executing agent, the three agree, staff
 * present it, two members of the secretariat launch it.
 */
public final class Funds {

  private static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts accounts;
  public final Accounts.Account staff;
  private Secretariat secretariat;
  private final Map<String, Accounts.Account> people = new HashMap<>();

  public Funds(Http http) {
    this.http = http;
    this.accounts = new Accounts(http);
    this.staff = accounts.create("IS:STAFF");
  }

  public Secretariat secretariat() {
    if (secretariat == null) secretariat = new Secretariat(http);
    return secretariat;
  }

  /** The coordinator of a nation (one account per nation per helper). */
  public Accounts.Account coordinator(String nation) {
    return people.computeIfAbsent(nation + ":NATIONAL_COORDINATOR", accounts::create);
  }

  public Accounts.Account agent(String organisation) {
    return people.computeIfAbsent(organisation + ":EXECUTING_AGENT", accounts::create);
  }

  public Http.Response send(String method, String path, Object body, Accounts.Account as) {
    return http.send(method, path, json.writeValueAsString(body), "Content-Type", "application/json", "Authorization", "Bearer " + as.token());
  }

  /** Sends and expects this status; the answer's JSON. */
  public JsonNode expect(int status, String method, String path, Object body, Accounts.Account as) {
    var response = send(method, path, body, as);
    assertThat(response.status()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
    return response.body().isEmpty() ? null : response.json();
  }

  public String propose(String host, String title) {
    var body = new LinkedHashMap<String, Object>();
    body.put("host", host);
    body.put("title", Map.of("en", title, "fr", title + " (fr)"));
    body.put("purpose", Map.of("en", "Purpose of " + title));
    body.put("category", "MINES_MUNITIONS_SALW");
    body.put("location", "Zarqa");
    body.put("startsOn", "2026-01-01");
    body.put("endsOn", "2027-12-31");
    body.put("currency", "EUR");
    return expect(201, "POST", "/api/v1/trust-funds", body, coordinator(host)).get("fund").get("id").asString();
  }

  public JsonNode move(String id, String to, Accounts.Account as) {
    return expect(200, "POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", to), as);
  }

  /** From idea to a proposal on the Council's agenda, led by {@code lead}, executed by {@code agent}. */
  public String presented(String host, String lead, String agent, String title) {
    var id = propose(host, title);
    move(id, "SCOPING", staff);
    expect(200, "POST", "/api/v1/trust-funds/" + id + "/leads", Map.of("nation", lead), staff);
    expect(200, "POST", "/api/v1/trust-funds/" + id + "/leads/accept", Map.of("nation", lead), coordinator(lead));
    move(id, "FEASIBILITY", coordinator(lead));
    expect(200, "PUT", "/api/v1/trust-funds/" + id + "/executing-agent", Map.of("agent", agent), coordinator(lead));
    expect(200, "PUT", "/api/v1/trust-funds/" + id + "/budget", Map.of("lines", List.of(
        Map.of("label", Map.of("en", "Equipment", "fr", "Équipement"), "amount", "750000.00"),
        Map.of("label", Map.of("en", "Training", "fr", "Formation"), "amount", "250000.00"))), coordinator(lead));
    move(id, "PROPOSAL_AGREED", coordinator(lead));
    move(id, "PROPOSAL_AGREED", coordinator(host));
    move(id, "PROPOSAL_AGREED", agent(agent));
    move(id, "PRESENTED", staff);
    return id;
  }

  /** Launched by a confirmed Council decision. */
  public String launched(String host, String lead, String agent, String title) {
    var id = presented(host, lead, agent, title);
    secretariat().decide("TRUST_FUND", id, List.of(host), "APPROVED");
    return id;
  }

  /** Launched, agreements signed and the work begun: money may come in and go out. */
  public String implementing(String host, String lead, String agent, String title) {
    var id = launched(host, lead, agent, title);
    move(id, "AGREEMENTS_SIGNED", coordinator(lead));
    move(id, "IMPLEMENTING", coordinator(lead));
    return id;
  }

  public Http.Response record(String id, Accounts.Account as, String kind, String organisation, String amount, String currency,
      String rate, String description) {
    var body = new LinkedHashMap<String, Object>();
    body.put("kind", kind);
    if (organisation != null) body.put("organisation", organisation);
    body.put("amount", amount);
    body.put("currency", currency);
    if (rate != null) {
      body.put("rate", rate);
      body.put("rateOn", java.time.LocalDate.now().minusDays(1).toString());
    }
    if (description != null) body.put("description", description);
    return send("POST", "/api/v1/trust-funds/" + id + "/ledger", body, as);
  }

  public JsonNode recorded(String id, Accounts.Account as, String kind, String organisation, String amount, String currency,
      String rate, String description) {
    var response = record(id, as, kind, organisation, amount, currency, rate, description);
    assertThat(response.status()).as(kind + ": " + response.body()).isEqualTo(201);
    return response.json();
  }

  /** For RowLevelSecurityIntegrationTest: a row in every trust fund table (a launched fund with parties, budget, ledger). */
  public static void seedEveryTable(Http http) {
    var funds = new Funds(http);
    var id = funds.implementing("JOR", "ESP", "NSPA", "RLS fund");
    funds.recorded(id, funds.coordinator("DEU"), "PLEDGE", "DEU", "100.00", "EUR", null, "seed");
  }

  public JsonNode detail(String id, Accounts.Account as) {
    return expect(200, "GET", "/api/v1/trust-funds/" + id, "", as);
  }
}
