package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Whatever a caller sends to the programmes and the register, the answer is a clear 4xx problem, never a 5xx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeBadInputIntegrationTest {

  @LocalServerPort int port;

  @Test
  void garbageGetsProblemDetailsNotServerErrors() {
    var http = new Http(port);
    var drafting = new Drafting(http, "GEO", 1);
    var id = drafting.create("GEO", "ITPP", LocalDate.now().withDayOfYear(1), Drafting.content("BAD", drafting.activities, LocalDate.now().getYear()))
        .json().get("programme").get("id").asString();
    var bodies = List.of("", "{", "[]", "null", "{\"to\":null}", "{\"to\":42}", "{\"objectives\":\"x\"}",
        "{\"objectives\":[null]}", "{\"objectives\":[{\"targets\":[{\"value\":\"many\"}]}]}",
        "{\"activities\":[{\"code\":\"" + drafting.activities.get(0) + "\",\"plannedParticipants\":{\"2026\":\"x\"}}]}",
        "{\"activities\":[{\"code\":\"" + drafting.activities.get(0) + "\",\"plannedParticipants\":{\"abc\":1}}]}",
        "{\"partner\":\"GEO\",\"type\":\"ITPP\",\"startsOn\":\"2026-02-30\"}", "{\"replyTo\":\"not-a-uuid\",\"body\":\"x\"}",
        "{\"section\":\"activity:<script>\",\"body\":\"x\"}", "{\"reference\":\"" + "X".repeat(5000) + "\"}",
        "{\"decidedOn\":\"yesterday\"}", "{\"concerns\":\"GEO\"}");
    var targets = List.of(
        Map.entry("POST", "/api/v1/programmes"), Map.entry("PUT", "/api/v1/programmes/" + id),
        Map.entry("POST", "/api/v1/programmes/" + id + "/transitions"), Map.entry("POST", "/api/v1/programmes/" + id + "/comments"),
        Map.entry("POST", "/api/v1/council/decisions"));
    for (var target : targets) {
      var as = target.getValue().startsWith("/api/v1/council") ? drafting.secretariat.proposer : drafting.coordinator;
      for (var body : bodies) {
        var response = http.send(target.getKey(), target.getValue(), body, "Content-Type", "application/json", as.bearer()[0], as.bearer()[1]);
        assertThat(response.status()).as("%s %s %s → %s", target.getKey(), target.getValue(), body, response.body()).isBetween(200, 499);
        if (response.status() >= 400) {
          assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
      }
    }
    for (var path : List.of("/api/v1/programmes/nope", "/api/v1/programmes/" + id + "/versions/x", "/api/v1/programmes/" + id + "/versions/1/compare/x",
        "/api/v1/programmes?status=SOMEDAY", "/api/v1/programmes/nope.pdf", "/api/v1/council/decisions/nope", "/api/v1/council/decisions?subjectType=WAR",
        "/api/v1/programmes/" + id + "/versions/-1/compare/99999999999")) {
      var response = http.get(path, drafting.coordinator.bearer());
      assertThat(response.status()).as(path + " " + response.body()).isBetween(400, 499);
    }
  }
}
