package org.entente.science;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The panel member who monitors an awarded project, through the real API on PostgreSQL: staff appoint an appointed
 * panel member — 409 for one of a co-director's nation, one who declared a conflict on the application, before the
 * award; 400 for one only nominated; 403 for a co-director — who then reads the project, its reports and grant (404
 * before), records one note per progress report (409 for a second, 403 for anyone else), sees the reports waiting for
 * a note on the start page; co-directors never read the monitoring (404). Audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScienceMonitoringIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private long audited(String action, String id) {
    return SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where action = :a and entity_id = :id").param("a", action).param("id", id).query(Long.class).single()));
  }

  @Test
  void staffAppointAMonitorWhoNotesEachProgressReport() {
    var http = new Http(port);
    var sps = new Sps(http);
    var call = sps.call("Monitoring call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var id = sps.apply(call, "Monitored project", "NLD", ally, "GEO", partner);
    var base = "/api/v1/science/applications/" + id;
    var dutch = sps.reviewer("NLD");
    var conflicted = sps.reviewer("DNK");
    var reviewer = sps.reviewer("ITA");
    var monitor = sps.reviewer("NOR");
    var nominated = sps.accounts.create("NOR:PARTICIPANT");
    sps.expect(201, "POST", "/api/v1/science/panel", Map.of("account", nominated.id().toString(), "nation", "NOR"), sps.staff);

    // before the award, nobody monitors
    assertThat(sps.send("POST", base + "/monitor", Map.of("monitor", monitor.id().toString()), sps.staff).status()).isEqualTo(409);
    sps.toPanelReview(id);
    assertThat(sps.assign(id, conflicted).status()).isEqualTo(200);
    sps.expect(204, "POST", base + "/decline", Map.of("conflict", true, "reason", "I advised the partner's institute."), conflicted);
    assertThat(sps.assign(id, reviewer).status()).isEqualTo(200);
    sps.score(id, reviewer, 4, 4, 4, 4, "Sound.");
    sps.move(id, "RANKED", null, sps.staff);
    sps.secretariat().decide("SCIENCE", id, List.of("NLD", "GEO"), "APPROVED");
    sps.expect(200, "POST", base + "/transitions", Map.of("to", "AWARDED", "amount", "100000.00"), sps.staff);
    var report = sps.expect(201, "POST", base + "/reports", Map.of("body", "Sensors bought.", "spending", Map.of("EQUIPMENT", "40000.00")), partner)
        .get("id").asString();

    // the monitor reads nothing before being appointed
    assertThat(sps.send("GET", base, null, monitor).status()).isEqualTo(404);
    // refusals: a co-director's nation, a declared conflict (409); only nominated (400); not staff (403)
    assertThat(sps.send("POST", base + "/monitor", Map.of("monitor", dutch.id().toString()), sps.staff).status()).isEqualTo(409);
    assertThat(sps.send("POST", base + "/monitor", Map.of("monitor", conflicted.id().toString()), sps.staff).status()).isEqualTo(409);
    assertThat(sps.send("POST", base + "/monitor", Map.of("monitor", nominated.id().toString()), sps.staff).status()).isEqualTo(400);
    assertThat(sps.send("POST", base + "/monitor", Map.of(), sps.staff).status()).isEqualTo(400);
    assertThat(sps.send("POST", base + "/monitor", Map.of("monitor", monitor.id().toString()), partner).status()).isEqualTo(403);

    var appointed = sps.expect(200, "POST", base + "/monitor", Map.of("monitor", monitor.id().toString()), sps.staff);
    assertThat(appointed.get("monitor").get("nation").asString()).isEqualTo("NOR");
    assertThat(sps.send("POST", base + "/monitor", Map.of("monitor", monitor.id().toString()), sps.staff).status()).isEqualTo(409);
    assertThat(audited("SCIENCE_MONITOR_APPOINTED", id)).isEqualTo(1);

    // the monitor reads the project, its reports and its grant; co-directors never read the monitoring
    assertThat(sps.expect(200, "GET", base, null, monitor).get("application").get("code").asString()).startsWith("G");
    assertThat(sps.expect(200, "GET", base + "/reports", null, monitor).get("total").asInt()).isEqualTo(1);
    assertThat(sps.expect(200, "GET", base + "/grant", null, monitor).get("spending").toString()).contains("40000.00");
    assertThat(sps.send("GET", base + "/monitoring", null, partner).status()).isEqualTo(404);
    assertThat(sps.send("GET", base + "/monitoring", null, reviewer).status()).isEqualTo(404);
    var mine = sps.expect(200, "GET", "/api/v1/science/monitoring", null, monitor);
    assertThat(mine.get("total").asInt()).isEqualTo(1);
    assertThat(mine.get("items").get(0).get("waiting").asInt()).isEqualTo(1);
    assertThat(http.get("/api/v1/me/work", monitor.bearer()).body()).contains("science.monitoring");

    // the pages: the monitor's list (in French) and the project's monitoring with the note form; nothing for a co-director
    assertThat(http.get("/science/monitoring?lang=fr", monitor.bearer()).body()).contains("Projets dont vous assurez le suivi", id);
    assertThat(http.get("/science/applications/" + id + "/monitoring", monitor.bearer()).body()).contains("note-form-" + report);
    assertThat(http.get("/science/applications/" + id + "/monitoring", partner.bearer()).status()).isEqualTo(404);

    // one note per report, by the monitor only
    assertThat(sps.send("POST", base + "/reports/" + report + "/note", Map.of("body", " "), monitor).status()).isEqualTo(400);
    assertThat(sps.send("POST", base + "/reports/" + report + "/note", Map.of("body", "Mine."), partner).status()).isEqualTo(403);
    assertThat(sps.send("POST", base + "/reports/" + report + "/note", Map.of("body", "Mine."), sps.staff).status()).isEqualTo(403);
    var note = sps.send("POST", base + "/reports/" + report + "/note", Map.of("body", "Visited Poti; sensors as reported."), monitor);
    assertThat(note.status()).isEqualTo(201);
    assertThat(note.header("Location")).endsWith(base + "/monitoring");
    assertThat(sps.send("POST", base + "/reports/" + report + "/note", Map.of("body", "Again."), monitor).status()).isEqualTo(409);
    var monitoring = sps.expect(200, "GET", base + "/monitoring", null, sps.staff);
    assertThat(monitoring.get("notes").get(0).get("body").asString()).isEqualTo("Visited Poti; sensors as reported.");
    assertThat(sps.expect(200, "GET", "/api/v1/science/monitoring", null, monitor).get("items").get(0).get("waiting").asInt()).isZero();
    assertThat(audited("SCIENCE_MONITORING_NOTE", id)).isEqualTo(1);
    var page = http.get("/science/applications/" + id + "/monitoring", sps.staff.bearer()).body();
    assertThat(page).contains("Visited Poti; sensors as reported.", monitor.username()).doesNotContain("note-form-");
  }
}
