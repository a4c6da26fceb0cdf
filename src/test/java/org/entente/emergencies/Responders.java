package org.entente.emergencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests for assistance, offers and reports for tests, made as the stricken nation, donors and the centre make
 * them: through the API.
 */
public final class Responders {

  static final JsonMapper json = JsonMapper.builder().build();

  public final Http http;
  public final Accounts accounts;
  public final Accounts.Account centre;

  public Responders(Http http) {
    this.http = http;
    this.accounts = new Accounts(http);
    this.centre = accounts.create("EADRCC:EMERGENCY_DUTY_OFFICER");
  }

  public Accounts.Account coordinator(String nation) {
    return accounts.create(nation + ":NATIONAL_COORDINATOR");
  }

  public static String json(Object body) {
    return json.writeValueAsString(body);
  }

  public Http.Response post(String path, Object body, Accounts.Account as) {
    return http.send("POST", path, json(body), "Content-Type", "application/json", "Authorization", "Bearer " + as.token());
  }

  public Http.Response put(String path, Object body, Accounts.Account as) {
    return http.send("PUT", path, json(body), "Content-Type", "application/json", "Authorization", "Bearer " + as.token());
  }

  public Http.Response get(String path, Accounts.Account as) {
    return http.get(path, as.bearer());
  }

  /** A request with these needs (quantity each), as a draft of the stricken nation; its id. */
  public static Map<String, Object> request(String title, int... quantities) {
    var needs = new java.util.ArrayList<Map<String, Object>>();
    var items = List.of("Family tents", "Water purification units", "High-capacity pumps", "Field hospital", "Blankets");
    var categories = List.of("SHELTER", "WATER_SANITATION", "OTHER", "MEDICAL", "SHELTER");
    for (var i = 0; i < quantities.length; i++) {
      var need = new LinkedHashMap<String, Object>();
      need.put("item", items.get(i % items.size()));
      need.put("category", categories.get(i % categories.size()));
      need.put("quantity", quantities[i]);
      need.put("unit", "pieces");
      need.put("priority", i == 0 ? "HIGH" : "MEDIUM");
      need.put("neededBy", LocalDate.now().plusDays(7).toString());
      needs.add(need);
    }
    var body = new LinkedHashMap<String, Object>();
    body.put("disasterType", "FLOOD");
    body.put("title", Map.of("en", title));
    body.put("situation", Map.of("en", "Heavy rain flooded the river valley."));
    body.put("places", List.of(Map.of("name", "Kutaisi", "latitude", 42.2679, "longitude", 42.6946)));
    body.put("needs", needs);
    body.put("contacts", List.of(Map.of("name", "Emergency Management Service", "function", "24/7 operations room",
        "email", "ops@example.org", "phone", "+995 32 000 0000")));
    return body;
  }

  public JsonNode filed(Map<String, Object> request, Accounts.Account stricken) {
    var response = post("/api/v1/emergencies", request, stricken);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  public Http.Response move(String incident, String to, Accounts.Account as) {
    return post("/api/v1/emergencies/" + incident + "/transitions", Map.of("to", to), as);
  }

  public void moved(String incident, String to, Accounts.Account as) {
    var response = move(incident, to, as);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  /** Filed, submitted and disseminated: open to offers. The incident as JSON. */
  public JsonNode disseminated(Map<String, Object> request, Accounts.Account stricken) {
    var id = filed(request, stricken).get("id").asString();
    moved(id, "SUBMITTED", stricken);
    moved(id, "DISSEMINATED", centre);
    return get("/api/v1/emergencies/" + id, centre).json();
  }

  public Http.Response offer(String incident, int needLine, int quantity, String conditions, Accounts.Account donor) {
    var body = new LinkedHashMap<String, Object>();
    body.put("needLine", needLine);
    body.put("quantity", quantity);
    body.put("deliveryMode", "AIR");
    body.put("expectedArrival", LocalDate.now().plusDays(3).toString());
    body.put("conditions", conditions);
    return post("/api/v1/emergencies/" + incident + "/offers", body, donor);
  }

  public String offered(String incident, int needLine, int quantity, String conditions, Accounts.Account donor) {
    var response = offer(incident, needLine, quantity, conditions, donor);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  public Http.Response decide(String incident, String offer, String to, Integer quantity, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("to", to);
    if (quantity != null) body.put("acceptedQuantity", quantity);
    return post("/api/v1/emergencies/" + incident + "/offers/" + offer + "/transitions", body, as);
  }

  /** An entry of the EADRU register as a nation's coordinator writes it. */
  public static Map<String, Object> capability(String kind, String name) {
    var body = new LinkedHashMap<String, Object>();
    body.put("kind", kind);
    body.put("name", name);
    body.put("size", 40);
    body.put("readinessHours", 12);
    body.put("selfSufficiencyDays", 10);
    body.put("contact", "Operations room, +00 0000 0000");
    return body;
  }

  /** Registered by this coordinator: the entry as JSON. */
  public JsonNode registered(Map<String, Object> capability, Accounts.Account as) {
    var response = post("/api/v1/emergency-capabilities", capability, as);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json();
  }

  /** Something in every table of the module (for RowLevelSecurityIntegrationTest): an incident with offers, a report, a point of contact. */
  public static void seedEveryTable(Http http) {
    var r = new Responders(http);
    var stricken = r.coordinator("GEO");
    var donor = r.coordinator("NLD");
    var incident = r.disseminated(request("RLS floods", 10, 5), stricken).get("id").asString();
    var offer = r.offered(incident, 1, 4, "none", donor);
    assertThat(r.decide(incident, offer, "ACCEPTED", 3, stricken).status()).isEqualTo(200);
    assertThat(r.post("/api/v1/emergencies/" + incident + "/sitreps", Map.of("text", Map.of("en", "Sitrep one")), r.centre).status())
        .isEqualTo(201);
    assertThat(r.put("/api/v1/emergency-contacts/NLD", Map.of("email", "ops@example.nl", "language", "en"), donor).status())
        .isEqualTo(200);
    r.registered(capability("WATER_PURIFICATION", "RLS water module"), donor);
  }
}
