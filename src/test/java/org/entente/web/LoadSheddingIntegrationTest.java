package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * With one request allowed in flight, a second one is refused at once with 503, Retry-After and problem
 * details while the first is held inside the application, health probes still answer, and once the first is
 * let go the next request is served. Which request is inside is decided by latches, not by timing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"entente.load-shedding.max-in-flight=1", "entente.load-shedding.max-wait=10ms"})
@Import(LoadSheddingIntegrationTest.Holding.class)
class LoadSheddingIntegrationTest {

  static final CountDownLatch inside = new CountDownLatch(1);
  static final CountDownLatch release = new CountDownLatch(1);

  /** A request that stays in flight until the test lets it go. */
  @TestConfiguration
  @RestController
  static class Holding {
    @GetMapping("/api/v1/test-only/hold")
    String hold() throws InterruptedException {
      inside.countDown();
      if (!release.await(2, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the test never released the held request");
      }
      return "released";
    }
  }

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  @Autowired LoadShedding shedding;

  @Test
  void theExcessIsAnswered503WithRetryAfterWhileOneRequestIsInside() throws Exception {
    var http = new Http(port);
    String[] bearer = {"Authorization", "Bearer " + new Accounts(http).adminToken()};
    assertThat(shedding.maxInFlight()).isEqualTo(1);
    var shedBefore = shedCount();

    var held = CompletableFuture.supplyAsync(() -> http.get("/api/v1/test-only/hold", bearer));
    assertThat(inside.await(2, TimeUnit.MINUTES)).as("the held request reached the controller").isTrue();

    var refused = http.get("/api/v1/frameworks", "Accept-Language", "fr");
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.header("Retry-After")).isEqualTo("1");
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    var problem = refused.json();
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("title").asString()).isEqualTo("Service indisponible");
    assertThat(problem.get("detail").asString()).contains("surchargé");
    assertThat(problem.get("requestId").asString()).isEqualTo(refused.header("X-Request-Id")).isNotBlank();
    assertThat(shedCount()).isEqualTo(shedBefore + 1);

    // an orchestrator's probe is never shed: a busy service is not a dead one
    assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);

    release.countDown();
    var answer = held.get(2, TimeUnit.MINUTES);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("released");
    assertThat(http.get("/api/v1/frameworks").status()).isEqualTo(200);
  }

  private double shedCount() {
    return meters.get(LoadShedding.SHED_METRIC).counter().count();
  }
}
