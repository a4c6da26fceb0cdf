package org.entente.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The prioritisation benchmark through the API (bench/prioritisation/run --api; not part of the test suite: its name
 * is no test's): a provider's oversubscribed events and their nominations are made through the API, then one batch
 * run of them all by date range is started and read every half second while it solves, printing the progress
 * figures the page shows (best score so far, time spent, time left), then the result.
 * System properties: bench.events, bench.perEvent, bench.seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AllocationApiBench {

  static final List<String> NATIONS = List.of("GEO", "JOR", "UKR", "MDA", "ARM", "AZE", "TUN", "MAR");

  @LocalServerPort int port;

  @Test
  void batchThroughTheApi() {
    int events = Integer.getInteger("bench.events", 3);
    int perEvent = Integer.getInteger("bench.perEvent", 6);
    int seconds = Integer.getInteger("bench.seconds", 5);
    var http = new Http(port);
    var p = new Priorities(http);
    var reg = new Registrar(http, "NSO");
    var coordinators = new java.util.HashMap<String, Accounts.Account>();
    var rnd = new java.util.Random(2026);
    var first = LocalDate.now().plusDays(40);
    long seed0 = System.nanoTime();
    int nominations = 0;
    for (int e = 0; e < events; e++) {
      // within 60 days: the events are open to nominations today (Menu.addEvent opens them 60 days ahead)
      var event = reg.event(Math.max(1, perEvent / 2), first.plusDays(rnd.nextInt(15)));
      for (int i = 0; i < perEvent; i++) {
        var nation = NATIONS.get(rnd.nextInt(NATIONS.size()));
        var coordinator = coordinators.computeIfAbsent(nation, reg::coordinator);
        reg.nominated(event, reg.participant(coordinator, "Bench" + e + "x" + i + nation, "P" + i), coordinator);
        nominations++;
      }
    }
    long seeded = (System.nanoTime() - seed0) / 1_000_000;
    var provider = reg.menu.provider;
    long t0 = System.nanoTime();
    var started = p.expect(201, "POST", "/api/v1/prioritisation/runs", Map.of("from", first.toString(), "to", first.plusDays(400).toString(),
        "seconds", seconds), provider);
    long answered = (System.nanoTime() - t0) / 1_000_000;
    var id = started.get("run").get("id").asString();
    var last = new java.util.concurrent.atomic.AtomicReference<tools.jackson.databind.JsonNode>();
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(seconds + 600L)).pollInterval(Duration.ofMillis(500)).until(() -> {
      var run = p.expect(200, "GET", "/api/v1/prioritisation/runs/" + id, null, provider).get("run");
      last.set(run);
      long spent = run.get("spentMillis").isNull() ? 0 : run.get("spentMillis").asLong();
      System.out.printf("progress t_ms=%d status=%s best_soft=%s best_hard=%s spent_ms=%d left_s=%d%n", (System.nanoTime() - t0) / 1_000_000,
          run.get("status").asString(), run.get("bestSoft"), run.get("bestHard"), spent, Math.max(0, (run.get("limitMillis").asLong() - spent) / 1000));
      return !run.get("status").asString().equals("QUEUED") && !run.get("status").asString().equals("SOLVING");
    });
    var run = last.get();
    assertThat(run.get("status").asString()).isEqualTo("PROPOSED");
    System.out.printf("api events=%d nominations=%d seed_ms=%d answer_ms=%d wall_ms=%d solve_ms=%d hard=%d objective=%d first_come=%d%n", events,
        nominations, seeded, answered, (System.nanoTime() - t0) / 1_000_000, run.get("solveMillis").asLong(), run.get("hard").asLong(),
        run.get("soft").asLong(), run.get("firstComeSoft").asLong());
  }
}
