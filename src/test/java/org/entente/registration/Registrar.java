package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import tools.jackson.databind.JsonNode;

/** Events, participants and nominations for tests, made as providers and nations make them: through the API. */
public final class Registrar {

  public final Http http;
  public final Menu menu;
  public final Accounts accounts;

  public final String provider;

  public Registrar(Http http, String provider) {
    this.http = http;
    this.provider = provider;
    this.menu = new Menu(http, provider);
    this.accounts = new Accounts(http);
  }

  /** A published activity open to all partners and an event of it starting in a month; the event's id. */
  public String event(int seats) {
    return event(seats, LocalDate.now().plusMonths(1));
  }

  public String event(int seats, LocalDate starts) {
    var code = Menu.uniqueCode(provider + "-REG");
    menu.publish(Menu.draft(code, provider));
    return menu.addEvent(code, starts, seats).get("id").asString();
  }

  /** The same account with a fresh token (after a test moved the clock past the old one's lifetime). */
  public Accounts.Account again(Accounts.Account account) {
    return new Accounts.Account(account.id(), account.username(), account.password(), accounts.token(account.username(), account.password()));
  }

  /** Opens the event to nominations until its first day, so that it can be held today. */
  public void openUntilStart(String event, LocalDate starts) {
    var response = http.send("PUT", "/api/v1/events/" + event + "/invitation",
        json(Map.of("opens", starts.minusDays(30).toString(), "closes", starts.toString())),
        "Content-Type", "application/json", "Authorization", "Bearer " + menu.provider.token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  public static String json(Object body) {
    return Menu.json.writeValueAsString(body);
  }

  public Accounts.Account coordinator(String nation) {
    return accounts.create(nation + ":NATIONAL_COORDINATOR");
  }

  public String participant(Accounts.Account coordinator, String family, String given) {
    var body = new LinkedHashMap<String, Object>();
    body.put("familyName", family);
    body.put("givenName", given);
    body.put("rank", "Major");
    body.put("organisation", "Ministry of Defence");
    body.put("email", given.toLowerCase() + "." + family.toLowerCase() + "@example.org");
    body.put("languages", List.of("en"));
    body.put("listConsent", true);
    var response = menu.post("/api/v1/participants", body, coordinator);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  public Http.Response nominate(String event, String participant, Accounts.Account as, String... headers) {
    var all = new java.util.ArrayList<>(List.of("Content-Type", "application/json", "Authorization", "Bearer " + as.token()));
    all.addAll(List.of(headers));
    return http.send("POST", "/api/v1/events/" + event + "/nominations", "{\"participant\":\"" + participant + "\"}",
        all.toArray(String[]::new));
  }

  public JsonNode nominated(String event, String participant, Accounts.Account as) {
    var response = nominate(event, participant, as);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  public Http.Response move(String nomination, String to, Accounts.Account as) {
    return menu.post("/api/v1/nominations/" + nomination + "/transitions", Map.of("to", to), as);
  }

  public String state(String nomination, Accounts.Account as) {
    return http.get("/api/v1/nominations/" + nomination, as.bearer()).json().get("state").asString();
  }

  public JsonNode seats(String event, Accounts.Account as) {
    return http.get("/api/v1/events/" + event + "/seats", as.bearer()).json();
  }
}
