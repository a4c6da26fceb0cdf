package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Search in both languages, accents or not; filters that combine; facets that count. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MenuSearchIntegrationTest {

  @LocalServerPort int port;
  Menu menu;
  String borders, cyber;
  LocalDate month;

  @BeforeAll
  void menu() {
    menu = new Menu(new Http(port), "NSO");
    borders = Menu.uniqueCode("NSO-BRD");
    var draft = Menu.draft(borders, "NSO");
    draft.put("title", Map.of("en", "Integrated border management", "fr", "Sécurité des frontières et gestion intégrée"));
    draft.put("summary", Map.of("fr", "Cours sur la coopération transfrontalière."));
    draft.put("areas", List.of("BORDER_SECURITY"));
    draft.put("marking", Map.of("level", "PUBLIC", "releasableTo", List.of()));
    menu.publish(draft);
    month = LocalDate.now().plusMonths(4).withDayOfMonth(10);
    menu.addEvent(borders, month, 30);

    cyber = Menu.uniqueCode("NSO-CYB");
    var other = Menu.draft(cyber, "NSO");
    other.put("title", Map.of("en", "Cyber defence for partners", "fr", "Cyberdéfense pour les partenaires"));
    other.put("areas", List.of("CYBER_DEFENCE"));
    other.put("type", "WORKSHOP");
    other.put("marking", Map.of("level", "PUBLIC", "releasableTo", List.of()));
    menu.publish(other);
  }

  private JsonNode search(String query) {
    var response = menu.http.get("/api/v1/activities?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private List<String> codes(JsonNode results) {
    return StreamSupport.stream(results.get("items").spliterator(), false)
        .map(h -> h.get("activity").get("code").asString()).toList();
  }

  @Test
  void frenchFindsFrenchWithAndWithoutAccents() {
    assertThat(codes(search("q=sécurité"))).contains(borders).doesNotContain(cyber);
    assertThat(codes(search("q=securite"))).contains(borders);
    assertThat(codes(search("q=frontières"))).contains(borders);
    assertThat(codes(search("q=transfrontaliere"))).contains(borders);
  }

  @Test
  void englishFindsEnglishStems() {
    assertThat(codes(search("q=borders%20managed"))).contains(borders);
    assertThat(codes(search("q=cyber"))).contains(cyber).doesNotContain(borders);
  }

  @Test
  void filtersCombineAndFacetsCount() {
    var both = search("area=BORDER_SECURITY&month=" + month.toString().substring(0, 7) + "&size=100");
    assertThat(codes(both)).contains(borders).doesNotContain(cyber);
    var facets = search("size=100").get("facets");
    assertThat(facets.get("area").get("CYBER_DEFENCE").asInt()).isPositive();
    assertThat(facets.get("type").get("WORKSHOP").asInt()).isPositive();
    assertThat(facets.get("month").has(month.toString().substring(0, 7))).isTrue();
    assertThat(search("type=WORKSHOP&size=100").get("facets").get("type").has("COURSE")).isFalse();
  }

  @Test
  void eventsAreFoundByDateAndTerms() {
    var events = menu.http.get("/api/v1/events?from=" + month.minusDays(1) + "&to=" + month.plusDays(1) + "&q=frontières").json();
    assertThat(StreamSupport.stream(events.get("items").spliterator(), false).map(e -> e.get("activity").asString()))
        .contains(borders);
    assertThat(events.get("facets").get("country").get("DEU").asInt()).isPositive();
  }

  @Test
  void wrongParametersAreNamed() {
    assertThat(menu.http.get("/api/v1/activities?month=2026-13").status()).isEqualTo(400);
    assertThat(menu.http.get("/api/v1/activities?size=1000").json().get("invalid-params").get(0).get("name").asString()).isEqualTo("size");
    assertThat(menu.http.get("/api/v1/events?from=tomorrow").json().get("invalid-params").get(0).get("name").asString()).isEqualTo("from");
  }
}
