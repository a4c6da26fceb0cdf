package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import tools.jackson.databind.JsonNode;

/**
 * A menu to plan from and the people who work on a partner's programme, for tests: the partner's
 * coordinator, a member of staff, and the Council secretariat (two members, for four eyes).
 */
public final class Drafting {

  public final Http http;
  public final Menu menu;
  public final Accounts.Account coordinator;
  public final Accounts.Account staff;
  public final org.entente.council.Secretariat secretariat;
  /** Published activities open to all partners, each with an event two months from now. */
  public final List<String> activities = new ArrayList<>();

  public Drafting(Http http, String partner, int activities) {
    this.http = http;
    this.menu = new Menu(http, "NSO");
    var accounts = new Accounts(http);
    this.coordinator = accounts.create(partner + ":NATIONAL_COORDINATOR");
    this.staff = menu.staff;
    this.secretariat = new org.entente.council.Secretariat(http);
    for (int i = 0; i < activities; i++) {
      this.activities.add(publish(true));
    }
  }

  /** One more published activity open to all partners, with or without an event in the coming months. */
  public String publish(boolean withEvent) {
    var code = Menu.uniqueCode("NSO-P");
    var draft = Menu.draft(code, "NSO");
    draft.put("title", Map.of("en", "Planning course " + code, "fr", "Cours de planification " + code));
    menu.publish(draft);
    if (withEvent) {
      menu.addEvent(code, LocalDate.now().plusMonths(2), 20);
    }
    return code;
  }

  /** A text: objectives with the marker, the activities with planned participants, one goal. */
  public static Map<String, Object> content(String marker, List<String> codes, int year) {
    return content(marker, codes, year, year + 1);
  }

  /** The same for a period of the years given (one year for an ANP). */
  public static Map<String, Object> content(String marker, List<String> codes, int year, int lastYear) {
    var content = new LinkedHashMap<String, Object>();
    content.put("objectives", List.of(
        Map.of("text", Map.of("en", "Interoperable logistics " + marker, "fr", "Logistique interopérable " + marker),
            "priorityAreas", List.of("PA1"), "strategicObjectives", List.of(),
            "targets", List.of(Map.of("text", Map.of("en", "Officers trained", "fr", "Officiers formés"), "value", 40, "year", year)))));
    var planned = new ArrayList<Map<String, Object>>();
    for (var code : codes) {
      var perYear = new LinkedHashMap<String, Object>();
      for (int y = year; y <= lastYear; y++) perYear.put(String.valueOf(y), y == year ? 2 : 1);
      planned.add(Map.of("code", code, "plannedParticipants", perYear));
    }
    content.put("activities", planned);
    content.put("goals", List.of(Map.of("text", Map.of("en", "Goal " + marker, "fr", "But " + marker))));
    return content;
  }

  public static String json(Object body) {
    return Menu.json.writeValueAsString(body);
  }

  public Http.Response create(String partner, String type, LocalDate startsOn, Map<String, Object> content) {
    var body = new LinkedHashMap<String, Object>();
    body.put("partner", partner);
    body.put("type", type);
    body.put("startsOn", startsOn.toString());
    body.put("content", content);
    return menu.post("/api/v1/programmes", body, coordinator);
  }

  public Http.Response move(String id, String to, String comment, Accounts.Account as) {
    var body = new LinkedHashMap<String, Object>();
    body.put("to", to);
    if (comment != null) body.put("comment", comment);
    return menu.post("/api/v1/programmes/" + id + "/transitions", body, as);
  }

  public JsonNode moved(String id, String to, String comment, Accounts.Account as) {
    var response = move(id, to, comment, as);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("programme").get("status").asString()).isEqualTo(to);
    return response.json();
  }

  /** Drafted, submitted, reviewed, agreed and approved by a confirmed Council decision: its id. */
  public String approved(String partner, String marker, LocalDate startsOn) {
    var created = create(partner, "ITPP", startsOn, content(marker, activities.subList(0, Math.min(3, activities.size())), startsOn.getYear()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var id = created.json().get("programme").get("id").asString();
    moved(id, "SUBMITTED", null, coordinator);
    moved(id, "IN_REVIEW", null, staff);
    moved(id, "AGREED", null, coordinator);
    secretariat.decide("PROGRAMME", id, List.of(), "APPROVED");
    return id;
  }
}
