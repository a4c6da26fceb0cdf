package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.Accounts;
import org.entente.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Activities for tests, put on the menu the way providers and staff do it: through the API. */
public final class Menu {

  public static final JsonMapper json = JsonMapper.builder().build();
  public final Http http;
  public final Accounts.Account provider;
  public final Accounts.Account staff;

  public Menu(Http http, String providerCode) {
    this.http = http;
    var accounts = new Accounts(http);
    this.provider = accounts.create(providerCode + ":PROVIDER_MANAGER");
    this.staff = accounts.create("IS:STAFF");
  }

  public static String uniqueCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A complete draft; change what a test needs. */
  public static Map<String, Object> draft(String code, String provider) {
    var draft = new LinkedHashMap<String, Object>();
    draft.put("code", code);
    draft.put("provider", provider);
    draft.put("type", "COURSE");
    draft.put("format", "RESIDENTIAL");
    draft.put("title", Map.of("en", "Course " + code, "fr", "Cours " + code));
    draft.put("summary", Map.of("en", "A course.", "fr", "Un cours."));
    draft.put("languages", List.of("en", "fr"));
    draft.put("durationDays", 5);
    draft.put("areas", List.of("BORDER_SECURITY"));
    draft.put("priorityAreas", List.of("PA1"));
    draft.put("marking", Map.of("level", "NATO_UNCLASSIFIED", "releasableTo", List.of()));
    draft.put("eligibility", Map.of("kind", "ALL_PARTNERS"));
    return draft;
  }

  public Http.Response post(String path, Object body, Accounts.Account as) {
    return http.send("POST", path, json.writeValueAsString(body), "Content-Type", "application/json",
        "Authorization", "Bearer " + as.token());
  }

  public Http.Response move(String code, String to, String reason, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("to", to);
    if (reason != null) {
      body.put("reason", reason);
    }
    return post("/api/v1/activities/" + code + "/transitions", body, as);
  }

  /** Drafted by the provider, submitted, published by staff. */
  public JsonNode publish(Map<String, Object> draft) {
    var created = post("/api/v1/activities", draft, provider);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var code = (String) draft.get("code");
    assertThat(move(code, "SUBMITTED", null, provider).status()).isEqualTo(200);
    var published = move(code, "PUBLISHED", null, staff);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    return published.json();
  }

  public JsonNode addEvent(String code, LocalDate starts, int seats) {
    var event = new LinkedHashMap<String, Object>();
    event.put("startsOn", starts.toString());
    event.put("endsOn", starts.plusDays(4).toString());
    event.put("city", "Oberammergau");
    event.put("country", "DEU");
    event.put("seats", seats);
    event.put("nominationsOpen", starts.minusDays(60).toString());
    event.put("nominationsClose", starts.minusDays(14).toString());
    var response = post("/api/v1/activities/" + code + "/events", event, provider);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }
}
