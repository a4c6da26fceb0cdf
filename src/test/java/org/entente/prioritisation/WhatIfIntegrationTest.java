package org.entente.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19, item 6: the same input solved with the weights in force and with the set proposed to the Council, side
 * by side per nation (a table the page also draws as a bar chart); the what-if run is never applied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WhatIfIntegrationTest {

  @LocalServerPort int port;

  private static Map<String, Integer> seats(JsonNode detail) {
    var out = new HashMap<String, Integer>();
    detail.get("nations").forEach(n -> out.put(n.get("nation").asString(), n.get("seats").asInt()));
    return out;
  }

  @Test
  void theProposedWeightsSolveTheSameInputSideBySideAndAreNeverApplied() {
    var http = new Http(port);
    var p = new Priorities(http);
    var reg = new Registrar(http, "NSO");
    p.withdrawPending();
    // Georgia aspires and does not finance itself; Jordan the other way round
    for (var c : Consideration.OF_PARTNER) {
      p.enter("GEO", c.name(), c == Consideration.ASPIRATION ? 100 : 0, "What-if profile");
      p.enter("JOR", c.name(), c == Consideration.SELF_FINANCING ? 100 : 0, "What-if profile");
    }
    var event = reg.event(2);
    var coordinators = new HashMap<String, Accounts.Account>();
    AllocationRunsIntegrationTest.oversubscribed(reg, event, coordinators, "GEO", "GEO", "JOR", "JOR");
    var provider = reg.menu.provider;
    var base = p.runProposed(List.of(event), provider);
    var baseId = base.get("run").get("id").asString();
    // nothing to compare with while no set is before the Council
    assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + baseId + "/what-if", null, provider).status()).isEqualTo(409);

    var weights = new LinkedHashMap<String, Object>();
    for (var c : Consideration.values()) weights.put(c.name(), c == Consideration.SELF_FINANCING ? 10 : 0);
    var proposed = p.expect(201, "POST", "/api/v1/prioritisation/weights", Map.of("weights", weights, "reason",
        Map.of("en", "Self-financing first", "fr", "L’autofinancement d’abord")), p.staff);
    try {
      assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + baseId + "/what-if", null, coordinators.get("JOR")).status()).isEqualTo(403);
      var started = p.expect(201, "POST", "/api/v1/prioritisation/runs/" + baseId + "/what-if", null, provider);
      var whatIfId = started.get("run").get("id").asString();
      assertThat(started.get("run").get("comparesTo").asString()).isEqualTo(baseId);
      var whatIf = p.settled(whatIfId, provider);
      assertThat(whatIf.get("run").get("status").asString()).isEqualTo("PROPOSED");
      assertThat(whatIf.get("run").get("hard").asLong()).isZero();
      assertThat(whatIf.get("run").get("pending").asInt()).isEqualTo(base.get("run").get("pending").asInt());
      // self-financing alone weighs: Jordan takes both seats
      assertThat(seats(whatIf)).containsEntry("JOR", 2).containsEntry("GEO", 0);
      assertThat(whatIf.get("run").get("weights").get(Consideration.SELF_FINANCING.ordinal()).asInt()).isEqualTo(10);
      // never applied; a comparison of a comparison is refused
      assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + whatIfId + "/application", null, provider).status()).isEqualTo(409);
      assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + whatIfId + "/what-if", null, provider).status()).isEqualTo(409);

      // the page: per nation first come, the weights in force and the proposed ones, as a table drawn as a chart
      var page = http.get("/prioritisation/runs/" + whatIfId, "Authorization", "Bearer " + provider.token(), "Accept-Language", "en");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("id=\"comparison-table\"", "data-chart")
          .containsPattern("src=\"/webjars/echarts/[^\"]*/dist/echarts\\.min-[0-9a-f]{32}\\.js\"")
          .contains("data-in-force=\"" + seats(base).get("JOR") + "\"").doesNotContain("id=\"apply-submit\"");
      var french = http.get("/prioritisation/runs/" + whatIfId, "Authorization", "Bearer " + provider.token(), "Accept-Language", "fr");
      assertThat(french.body()).contains("Pondérations proposées");
      var basePage = http.get("/prioritisation/runs/" + baseId, "Authorization", "Bearer " + provider.token());
      assertThat(basePage.body()).contains("id=\"what-if-submit\"", "id=\"nations-table\" data-chart");
    } finally {
      p.expect(200, "POST", "/api/v1/prioritisation/weights/" + proposed.get("id").asString() + "/withdrawal", null, p.staff);
    }
  }
}
