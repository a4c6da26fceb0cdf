package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Idempotency-Key on the POSTs that nominate or decide: ten concurrent nominations with one key make one
 * nomination and ten identical answers; the same key with another body is refused with 422; a decision
 * repeated with its key has no second effect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyIntegrationTest {

  @LocalServerPort int port;

  @Test
  void tenConcurrentPostsWithOneKeyMakeOneNominationAndTenIdenticalAnswers() throws Exception {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var event = reg.event(10);
    var person = reg.participant(georgia, "Abashidze", "Tamar");
    var key = "nominate-" + java.util.UUID.randomUUID();

    var gate = new CountDownLatch(1);
    var answers = new ArrayList<Future<Http.Response>>();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 10; i++) {
        answers.add(threads.submit(() -> {
          gate.await();
          return reg.nominate(event, person, georgia, "Idempotency-Key", key);
        }));
      }
      gate.countDown();
    }
    var first = answers.getFirst().get();
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    for (var answer : answers) {
      assertThat(answer.get().status()).isEqualTo(201);
      assertThat(answer.get().body()).isEqualTo(first.body());
    }
    var listed = reg.http.get("/api/v1/events/" + event + "/nominations", georgia.bearer()).json();
    assertThat(listed.get("total").asInt()).isEqualTo(1);

    // the same key for another request: 422, naming the header
    var other = reg.participant(georgia, "Abashidze", "Giorgi");
    var reused = reg.nominate(event, other, georgia, "Idempotency-Key", key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("Idempotency-Key");

    // a decision repeated with its key: the first answer again, and still CONFIRMED (not a 409 from a second move)
    var nomination = first.json().get("id").asString();
    String[] decide = {"Content-Type", "application/json", "Authorization", "Bearer " + reg.menu.provider.token(), "Idempotency-Key", "decide-1"};
    var confirmed = reg.http.send("POST", "/api/v1/nominations/" + nomination + "/transitions", "{\"to\":\"CONFIRMED\"}", decide);
    var again = reg.http.send("POST", "/api/v1/nominations/" + nomination + "/transitions", "{\"to\":\"CONFIRMED\"}", decide);
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(confirmed.body());
    assertThat(reg.seats(event, georgia).get("held").asInt()).isEqualTo(1);
    // keys are the caller's own: another caller with the same key is a new request
    var without = reg.move(nomination, "CONFIRMED", reg.menu.provider);
    assertThat(without.status()).isEqualTo(409);
  }
}
