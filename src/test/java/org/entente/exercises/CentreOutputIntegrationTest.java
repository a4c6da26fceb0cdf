package org.entente.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.education.Deep;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A training centre's yearly output is computed from registration for the events of the activities it provides, and
 * shown to anyone on its page; the network page lists the nations its centres belong to (the map's data and text
 * alternative) with the network's output per year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CentreOutputIntegrationTest {

  @LocalServerPort int port;

  private static int cell(String html, String table, int year, String column) {
    var row = Pattern.compile("id=\"" + table + "\".*?<tr data-year=\"" + year + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
    if (!row.find()) return 0;
    var cell = Pattern.compile("class=\"" + column + "\">(\\d+)<").matcher(row.group(1));
    assertThat(cell.find()).as(column).isTrue();
    return Integer.parseInt(cell.group(1));
  }

  @Test
  void aCentresOutputComesFromRegistrationAndTheNetworkPageMapsItsNations() {
    var http = new Http(port);
    var mtep = new Mtep(http);
    Mtep.ok(mtep.send("PUT", "/api/v1/exercises/centres/GCSP", Map.of("accreditation", "ACCREDITED", "on", "2015-06-01"), mtep.board));
    var year = LocalDate.now().getYear();
    var before = http.get("/exercises/centres/GCSP").body();
    var attendedBefore = cell(before, "centre-output-table", year, "attended");
    var eventsBefore = cell(before, "centre-output-table", year, "events");

    var accounts = new Accounts(http);
    var attendees = new LinkedHashMap<Accounts.Account, Integer>();
    attendees.put(accounts.create("GEO:NATIONAL_COORDINATOR"), 2);
    attendees.put(accounts.create("JOR:NATIONAL_COORDINATOR"), 1);
    Deep.heldToday(http, "GCSP", attendees);

    // a visitor reads the centre's page with its output
    var page = http.get("/exercises/centres/GCSP");
    assertThat(page.status()).isEqualTo(200);
    assertThat(cell(page.body(), "centre-output-table", year, "attended")).isEqualTo(attendedBefore + 3);
    assertThat(cell(page.body(), "centre-output-table", year, "events")).isEqualTo(eventsBefore + 1);
    assertThat(cell(page.body(), "centre-output-table", year, "nations")).isGreaterThanOrEqualTo(2);
    assertThat(http.get("/exercises/centres/NOWHERE").status()).isEqualTo(404);

    var network = http.get("/exercises/centres?lang=fr").body();
    assertThat(network).contains("id=\"network-nations\"", "data-code=\"CHE\"", "id=\"centres-map\"", "Activité par année")
        .containsPattern("data-map-url=\"/maps/world-[0-9a-f]{32}\\.json\"");
    assertThat(cell(network, "network-output-table", year, "attended")).isGreaterThanOrEqualTo(3);
  }
}
