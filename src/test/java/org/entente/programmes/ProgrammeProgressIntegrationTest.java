package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.Http;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Progress: planned against what registration records as attended, the same for every reader of the programme. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeProgressIntegrationTest {

  @LocalServerPort int port;

  @Test
  void attendedParticipationsAreTheActuals() {
    var http = new Http(port);
    var today = LocalDate.now();
    var registrar = new Registrar(http, "NSO");
    var event = registrar.event(5, today);
    registrar.openUntilStart(event, today);
    var activity = http.get("/api/v1/events/" + event, registrar.menu.staff.bearer()).json().get("activity").asString();
    var coordinator = registrar.coordinator("GEO");
    for (var name : List.of("Beridze", "Kapanadze", "Lomidze")) {
      var nomination = registrar.nominated(event, registrar.participant(coordinator, name, "Nino"), coordinator).get("id").asString();
      assertThat(registrar.move(nomination, "CONFIRMED", registrar.menu.provider).status()).isEqualTo(200);
      if (!name.equals("Lomidze")) {
        assertThat(registrar.move(nomination, "ATTENDED", registrar.menu.provider).status()).isEqualTo(200);
      } else {
        assertThat(registrar.move(nomination, "NO_SHOW", registrar.menu.provider).status()).isEqualTo(200);
      }
    }

    var drafting = new Drafting(http, "GEO", 1);
    var created = drafting.create("GEO", "ITPP", today.withDayOfYear(1),
        Drafting.content("PROGRESS", List.of(activity, drafting.activities.get(0)), today.getYear()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var id = created.json().get("programme").get("id").asString();

    for (var reader : List.of(drafting.coordinator, drafting.staff, drafting.secretariat.proposer)) {
      var progress = http.get("/api/v1/programmes/" + id + "/progress", reader.bearer()).json();
      var row = row(progress.get("activities"), activity, today.getYear());
      assertThat(row.get("planned").asInt()).isEqualTo(2);
      assertThat(row.get("actual").asInt()).as("two attended, one did not come").isEqualTo(2);
      assertThat(row(progress.get("activities"), drafting.activities.get(0), today.getYear()).get("actual").asInt()).isZero();
      assertThat(row(progress.get("activities"), activity, today.getYear() + 1).get("actual").asInt()).isZero();
      var area = progress.get("priorityAreas").get(0);
      assertThat(area.get("priorityArea").asString()).isEqualTo("PA1");
      assertThat(area.get("year").asInt()).isEqualTo(today.getYear());
      assertThat(area.get("planned").asInt()).isEqualTo(4);
      assertThat(area.get("actual").asInt()).isEqualTo(2);
    }
  }

  private static JsonNode row(JsonNode rows, String code, int year) {
    for (var row : rows) {
      if (row.get("code").asString().equals(code) && row.get("year").asInt() == year) return row;
    }
    throw new AssertionError("no row for " + code + " " + year + " in " + rows);
  }
}
