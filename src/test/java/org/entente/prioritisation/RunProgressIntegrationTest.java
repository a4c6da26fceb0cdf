package org.entente.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Issue 19, item 5: a run is solved in the background by one instance; its row and page show the best score so far
 * and the time left while it solves; Stop ends it early keeping the best (PROPOSED); a run left SOLVING by an
 * instance that died (no one holds its lock) is claimed again by the sweep and solved from its saved input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunProgressIntegrationTest {

  @LocalServerPort int port;
  @Autowired RunSolving solving;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private static JsonNode run(Priorities p, String id, Accounts.Account as) {
    return p.expect(200, "GET", "/api/v1/prioritisation/runs/" + id, null, as).get("run");
  }

  @Test
  void aLongRunShowsItsProgressIsSolvedByOneInstanceAndStopsEarlyKeepingTheBest() {
    var http = new Http(port);
    var p = new Priorities(http);
    var reg = new Registrar(http, "NSO");
    var event = reg.event(1);
    var coordinators = new HashMap<String, Accounts.Account>();
    AllocationRunsIntegrationTest.oversubscribed(reg, event, coordinators, "MDA", "GEO", "MDA");
    var provider = reg.menu.provider;
    var started = p.expect(201, "POST", "/api/v1/prioritisation/runs", Map.of("events", List.of(event), "seconds", 600), provider);
    var id = started.get("run").get("id").asString();
    assertThat(started.get("run").get("limitMillis").asLong()).isEqualTo(600_000L);

    // the answer came at once; the solver works on in the background and its best score reaches the row
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
      var r = run(p, id, provider);
      return r.get("status").asString().equals("SOLVING") && !r.get("bestSoft").isNull() && r.get("spentMillis").asLong() > 0;
    });
    // one instance solves a run: a second claim finds it taken and does nothing
    assertThat(solving.claimAndSolve(UUID.fromString(id))).isFalse();
    assertThat(run(p, id, provider).get("status").asString()).isEqualTo("SOLVING");

    // the page: a progress bar, the best score, the time left, Stop; it reloads itself without JavaScript
    var page = http.get("/prioritisation/runs/" + id, "Authorization", "Bearer " + provider.token(), "Accept-Language", "en");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<progress", "id=\"run-best\"", "id=\"stop-submit\"", "http-equiv=\"refresh\"", "hx-trigger=\"every 1s\"");
    var french = http.get("/prioritisation/runs/" + id, "Authorization", "Bearer " + provider.token(), "Accept-Language", "fr");
    assertThat(french.body()).contains("Avancement", "Meilleur score à ce stade");
    var fragment = http.get("/prioritisation/runs/" + id + "/progress", "Authorization", "Bearer " + provider.token(), "HX-Request", "true");
    assertThat(fragment.status()).isEqualTo(200);
    assertThat(fragment.body()).contains("id=\"run-progress\"").doesNotContain("<html");
    assertThat(fragment.header("HX-Refresh")).isNull();

    // a nation's coordinator may not stop it; the provider does, and the best so far is proposed
    assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + id + "/stopping", null, coordinators.get("MDA")).status()).isEqualTo(403);
    var stopping = p.expect(200, "POST", "/api/v1/prioritisation/runs/" + id + "/stopping", null, provider);
    assertThat(stopping.get("run").get("stopRequested").asBoolean()).isTrue();
    var done = p.settled(id, provider);
    assertThat(done.get("run").get("status").asString()).isEqualTo("PROPOSED");
    assertThat(done.get("run").get("hard").asLong()).isZero();
    assertThat(done.get("run").get("solveMillis").asLong()).isLessThan(600_000L);
    assertThat(done.get("run").get("bestSoft").asLong()).isEqualTo(done.get("run").get("soft").asLong());
    assertThat(done.get("outcomes")).hasSize(3);
    var moves = new ArrayList<String>();
    done.get("history").forEach(m -> moves.add(m.get("to").asString()));
    assertThat(moves).containsExactly("QUEUED", "SOLVING", "PROPOSED");
    assertThat(p.send("POST", "/api/v1/prioritisation/runs/" + id + "/stopping", null, provider).status()).isEqualTo(409);
    // the page's poll now asks htmx for a full reload, which shows the proposal
    var last = http.get("/prioritisation/runs/" + id + "/progress", "Authorization", "Bearer " + provider.token(), "HX-Request", "true");
    assertThat(last.header("HX-Refresh")).isEqualTo("true");
    long audited = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where entity_type = 'run' and entity_id = :id and action = 'PRIORITISATION_RUN_STOP_REQUESTED'")
        .param("id", id).query(Long.class).single()));
    assertThat(audited).isEqualTo(1);
  }

  @Test
  void aRunLeftSolvingByAnInstanceThatDiedIsClaimedAgainAndSolvedFromItsInput() {
    var http = new Http(port);
    var p = new Priorities(http);
    var reg = new Registrar(http, "NSO");
    var event = reg.event(1);
    AllocationRunsIntegrationTest.oversubscribed(reg, event, new HashMap<>(), "JOR", "UKR", "JOR");
    var provider = reg.menu.provider;
    var original = p.runProposed(List.of(event), provider);
    var from = UUID.fromString(original.get("run").get("id").asString());
    // an instance died mid-solve: its run stays SOLVING, with its input, and nobody holds its lock any more
    var orphan = UUID.randomUUID();
    SystemWork.run("test: an instance died", () -> transactions.executeWithoutResult(s -> {
      jdbc.sql("""
              insert into prioritisation_run (id, provider, events, weights, weights_number, profiles_on, input, free_seats, pending, started_by,
                problem, limit_millis)
              select :orphan, provider, events, weights, weights_number, profiles_on, input, free_seats, pending, started_by, problem, limit_millis
              from prioritisation_run where id = :from""").param("orphan", orphan).param("from", from).update();
      jdbc.sql("update prioritisation_run set status = 'SOLVING', spent_millis = 1200 where id = :id").param("id", orphan).update();
    }));
    solving.sweep();
    var reclaimed = p.settled(orphan.toString(), provider);
    assertThat(reclaimed.get("run").get("status").asString()).isEqualTo("PROPOSED");
    assertThat(reclaimed.get("outcomes")).hasSize(3);
    assertThat(reclaimed.get("run").get("soft").asLong()).isEqualTo(original.get("run").get("soft").asLong());
    long audited = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where entity_type = 'run' and entity_id = :id and action = 'PRIORITISATION_RUN_RECLAIMED'")
        .param("id", orphan.toString()).query(Long.class).single()));
    assertThat(audited).isEqualTo(1);
  }
}
