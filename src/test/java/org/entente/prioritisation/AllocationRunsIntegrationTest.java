package org.entente.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An allocation run for an oversubscribed course: the provider runs it, the partners' profiles decide against
 * first come, first served, every nomination is explained, a nation reads its own nominations only, and applying
 * moves the nominations through the registration service — all or none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AllocationRunsIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  /** A profile with every partner consideration at this value. */
  static void profile(Priorities p, String nation, int value) {
    for (var c : Consideration.OF_PARTNER) p.enter(nation, c.name(), value, "Test profile " + value);
  }

  /** An event with these seats and nominations in this order of arrival: nation code per nomination; their ids. */
  static List<String> oversubscribed(Registrar reg, String event, Map<String, Accounts.Account> coordinators, String... nations) {
    var ids = new ArrayList<String>();
    int i = 0;
    for (var nation : nations) {
      var coordinator = coordinators.computeIfAbsent(nation, reg::coordinator);
      var person = reg.participant(coordinator, nation.charAt(0) + "amily" + (++i) + nation, "Given" + i);
      ids.add(reg.nominated(event, person, coordinator).get("id").asString());
    }
    return ids;
  }

  @Test
  void theJavaTableOfMovesIsTheDatabaseOne() {
    var inDatabase = new HashSet<List<RunStatus>>();
    jdbc.sql("select from_status, to_status from prioritisation_transition where machine = 'RUN'").query((rs, n) -> inDatabase.add(
        List.of(RunStatus.valueOf(rs.getString(1)), RunStatus.valueOf(rs.getString(2))))).list();
    assertThat(inDatabase).isEqualTo(RunStatus.legalMoves());
  }

  @Test
  void theProfilesDecideEachNominationIsExplainedAndApplyingMovesThem() {
    var http = new Http(port);
    var p = new Priorities(http);
    var reg = new Registrar(http, "NSO");
    profile(p, "GEO", 100);
    profile(p, "JOR", 0);
    var event = reg.event(2);
    var coordinators = new HashMap<String, Accounts.Account>();
    // Jordan nominates first: first come, first served would seat its two
    var ids = oversubscribed(reg, event, coordinators, "JOR", "JOR", "GEO", "GEO");
    var provider = reg.menu.provider;
    var queued = p.expect(201, "POST", "/api/v1/prioritisation/runs", Map.of("events", List.of(event)), provider);
    var runId = queued.get("run").get("id").asString();
    assertThat(queued.get("run").get("status").asString()).isIn("QUEUED", "SOLVING", "PROPOSED");
    var detail = p.settled(runId, provider);
    assertThat(detail.get("run").get("status").asString()).isEqualTo("PROPOSED");
    assertThat(detail.get("run").get("hard").asLong()).isZero();
    assertThat(detail.get("run").get("soft").asLong()).isGreaterThan(detail.get("run").get("firstComeSoft").asLong());
    var byId = new HashMap<String, JsonNode>();
    detail.get("outcomes").forEach(o -> byId.put(o.get("nomination").asString(), o));
    assertThat(byId).hasSize(4);
    assertThat(byId.get(ids.get(2)).get("seated").asBoolean()).isTrue();
    assertThat(byId.get(ids.get(3)).get("seated").asBoolean()).isTrue();
    assertThat(byId.get(ids.get(0)).get("seated").asBoolean()).isFalse();
    assertThat(byId.get(ids.get(0)).get("reason").asString()).isEqualTo("OUTWEIGHED");
    assertThat(byId.get(ids.get(0)).get("firstCome").asBoolean()).isTrue();
    assertThat(byId.get(ids.get(1)).get("reason").asString()).isIn("OUTWEIGHED", "NATION_ORDER");
    var seats = new HashMap<String, Integer>();
    detail.get("nations").forEach(n -> seats.put(n.get("nation").asString(), n.get("seats").asInt()));
    assertThat(seats).containsEntry("GEO", 2).containsEntry("JOR", 0);
    // the moves of the run, one by one
    var moves = new ArrayList<String>();
    detail.get("history").forEach(m -> moves.add(m.get("to").asString()));
    assertThat(moves).containsExactly("QUEUED", "SOLVING", "PROPOSED");

    // Jordan reads its own nominations and nothing of Georgia's; others read nothing
    var jordan = p.expect(200, "GET", "/api/v1/prioritisation/runs/" + runId, null, coordinators.get("JOR"));
    assertThat(jordan.get("full").asBoolean()).isFalse();
    assertThat(jordan.get("outcomes")).hasSize(2);
    jordan.get("outcomes").forEach(o -> assertThat(o.get("nation").asString()).isEqualTo("JOR"));
    assertThat(jordan.toString()).doesNotContain("GEO");
    assertThat(p.send("GET", "/api/v1/prioritisation/runs/" + runId, null, p.person("UKR:NATIONAL_COORDINATOR")).status()).isEqualTo(404);
    assertThat(p.send("GET", "/api/v1/prioritisation/runs/" + runId, null, p.person("NDC:PROVIDER_MANAGER")).status()).isEqualTo(404);
    assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + runId + "/application", null, coordinators.get("JOR")).status()).isEqualTo(403);
    assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + runId + "/application", null, p.person("NDC:PROVIDER_MANAGER")).status())
        .isEqualTo(404);
    var french = http.get("/prioritisation/runs/" + runId, "Authorization", "Bearer " + coordinators.get("JOR").token(), "Accept-Language", "fr");
    assertThat(french.status()).isEqualTo(200);
    assertThat(french.body()).contains("Devancée").doesNotContain("GEO");

    // applied: seated ones confirmed, the others waitlisted, through registration
    var applied = p.expect(200, "POST", "/api/v1/prioritisation/runs/" + runId + "/application", null, provider);
    assertThat(applied.get("run").get("status").asString()).isEqualTo("APPLIED");
    assertThat(reg.state(ids.get(2), provider)).isEqualTo("CONFIRMED");
    assertThat(reg.state(ids.get(3), provider)).isEqualTo("CONFIRMED");
    assertThat(reg.state(ids.get(0), provider)).isEqualTo("WAITLISTED");
    assertThat(reg.state(ids.get(1), provider)).isEqualTo("WAITLISTED");
    assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + runId + "/application", null, provider).status()).isEqualTo(409);
    assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + runId + "/discarding", null, provider).status()).isEqualTo(409);
    long audited = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where entity_type = 'run' and entity_id = :id").param("id", runId).query(Long.class).single()));
    assertThat(audited).isGreaterThanOrEqualTo(5);
    // nothing left to allocate: the event holds its seats now
    assertThat(p.send("POST", "/api/v1/prioritisation/runs", Map.of("events", List.of(event)), provider).status()).isEqualTo(409);
  }

  @Test
  void aNominationMovedSinceTheRunStopsItsApplicationWhole() {
    var http = new Http(port);
    var p = new Priorities(http);
    var reg = new Registrar(http, "NSO");
    var event = reg.event(1);
    var coordinators = new HashMap<String, Accounts.Account>();
    var ids = oversubscribed(reg, event, coordinators, "MDA", "MDA", "MDA");
    var provider = reg.menu.provider;
    var runId = p.runProposed(List.of(event), provider).get("run").get("id").asString();
    assertThat(reg.move(ids.get(2), "CANCELLED", coordinators.get("MDA")).status()).isEqualTo(200);
    assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + runId + "/application", null, provider).status()).isEqualTo(409);
    assertThat(reg.state(ids.get(0), provider)).isEqualTo("NOMINATED");
    assertThat(reg.state(ids.get(1), provider)).isEqualTo("NOMINATED");
    assertThat(p.expect(200, "POST", "/api/v1/prioritisation/runs/" + runId + "/discarding", null, provider).get("run").get("status").asString())
        .isEqualTo("DISCARDED");
  }

  @Test
  void badInputAndRefusals() {
    var http = new Http(port);
    var p = new Priorities(http);
    var reg = new Registrar(http, "NSO");
    var provider = reg.menu.provider;
    assertThat(p.send("POST", "/api/v1/prioritisation/runs", Map.of("events", List.of()), provider).status()).isEqualTo(400);
    assertThat(p.send("POST", "/api/v1/prioritisation/runs", Map.of("events", List.of("not-a-uuid")), provider).status()).isEqualTo(400);
    var event = reg.event(5);
    assertThat(p.send("POST", "/api/v1/prioritisation/runs", Map.of("events", List.of(event)), provider).status()).isEqualTo(409);
    // another provider's event is hidden from a provider (the catalogue answers 404, as for an absent one)
    assertThat(p.send("POST", "/api/v1/prioritisation/runs", Map.of("events", List.of(event)), p.person("NDC:PROVIDER_MANAGER")).status())
        .isEqualTo(404);
    assertThat(p.send("POST", "/api/v1/prioritisation/runs", Map.of("events", List.of(event)), p.person("GEO:NATIONAL_COORDINATOR")).status())
        .isEqualTo(403);
    assertThat(p.send("GET", "/api/v1/prioritisation/runs/6f1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", null, p.staff).status()).isEqualTo(404);
  }
}
