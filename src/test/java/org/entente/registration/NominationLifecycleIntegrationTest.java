package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A nomination's life through the API: nominated, confirmed, waitlisted; a cancelled seat offered to the head
 * of the waitlist, which expires (the clock moved, the job called) and passes to the next, who accepts;
 * attendance only from the event's first day; illegal moves and the same person twice answered 409; quotas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NominationLifecycleIntegrationTest {

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock();
    }
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired RegistrationJobs jobs;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  Registrar reg;
  Accounts.Account georgia;
  Accounts.Account jordan;

  @BeforeEach
  void setUp() {
    reg = new Registrar(new Http(port), "NSO");
    georgia = reg.coordinator("GEO");
    jordan = reg.coordinator("JOR");
  }

  @Test
  void aFreedSeatIsOfferedInWaitlistOrderAndAnExpiredOfferPassesToTheNext() {
    var event = reg.event(2);
    var a = reg.nominated(event, reg.participant(georgia, "Beridze", "Nino"), georgia).get("id").asString();
    var b = reg.nominated(event, reg.participant(georgia, "Kapanadze", "Levan"), georgia).get("id").asString();
    var c = reg.nominated(event, reg.participant(jordan, "Haddad", "Rana"), jordan).get("id").asString();
    var d = reg.nominated(event, reg.participant(jordan, "Khoury", "Omar"), jordan).get("id").asString();
    var provider = reg.menu.provider;

    assertThat(reg.move(a, "CONFIRMED", provider).json().get("holdsSeat").asBoolean()).isTrue();
    assertThat(reg.move(b, "CONFIRMED", provider).status()).isEqualTo(200);
    var full = reg.move(c, "CONFIRMED", provider);
    assertThat(full.status()).as("capacity 2").isEqualTo(409);
    assertThat(reg.move(c, "WAITLISTED", provider).json().get("state").asString()).isEqualTo("WAITLISTED");
    assertThat(reg.move(d, "WAITLISTED", provider).status()).isEqualTo(200);
    assertThat(reg.seats(event, georgia).toString()).isEqualTo("{\"capacity\":2,\"held\":2,\"waitlisted\":2}");

    // Georgia cancels one: the seat is offered to the head of the waitlist, Jordan's first
    assertThat(reg.move(a, "CANCELLED", georgia).status()).isEqualTo(200);
    var offered = reg.http.get("/api/v1/nominations/" + c, jordan.bearer()).json();
    assertThat(offered.get("state").asString()).isEqualTo("OFFERED");
    assertThat(offered.get("holdsSeat").asBoolean()).isTrue();
    assertThat(reg.state(d, jordan)).isEqualTo("WAITLISTED");

    // nothing expires before its time; after 48 hours the offer passes to the next in line
    assertThat(jobs.expireOffers()).isZero();
    clock.advance(Duration.ofHours(48).plusMinutes(1));
    assertThat(jobs.expireOffers()).isEqualTo(1);
    jordan = reg.again(jordan); // tokens live 8 hours
    provider = reg.again(provider);
    assertThat(reg.state(c, jordan)).isEqualTo("EXPIRED");
    assertThat(reg.state(d, jordan)).isEqualTo("OFFERED");

    // Jordan accepts; the provider cannot accept for the nation
    assertThat(reg.move(d, "CONFIRMED", provider).status()).isEqualTo(409);
    assertThat(reg.move(d, "CONFIRMED", jordan).json().get("state").asString()).isEqualTo("CONFIRMED");
    assertThat(reg.seats(event, jordan).toString()).isEqualTo("{\"capacity\":2,\"held\":2,\"waitlisted\":0}");

    var audited = org.entente.database.SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
            "select action from audit_record where entity_type = 'nomination' and entity_id in (:ids) order by seq")
        .param("ids", java.util.List.of(a, b, c, d)).query(String.class).list()));
    assertThat(audited).as("every change of state audited").containsSubsequence(
        "NOMINATION_RECEIVED", "NOMINATION_CONFIRMED", "NOMINATION_WAITLISTED", "NOMINATION_CANCELLED", "NOMINATION_OFFERED",
        "NOMINATION_EXPIRED", "NOMINATION_OFFERED", "NOMINATION_CONFIRMED");
  }

  @Test
  void illegalMovesAre409NamingTheStateAndTheSamePersonTwiceIs409() {
    var event = reg.event(5);
    var nino = reg.participant(georgia, "Gelashvili", "Nino");
    var id = reg.nominated(event, nino, georgia).get("id").asString();
    var twice = reg.nominate(event, nino, georgia);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("detail").asString()).contains("Gelashvili");

    var attendedTooSoon = reg.move(id, "ATTENDED", reg.menu.provider);
    assertThat(attendedTooSoon.status()).isEqualTo(409);
    assertThat(attendedTooSoon.json().get("detail").asString()).contains("NOMINATED", "ATTENDED");
    assertThat(reg.move(id, "CONFIRMED", georgia).status()).as("a nation does not confirm its own").isEqualTo(409);
    assertThat(reg.move(id, "DECLINED", reg.menu.provider).status()).isEqualTo(200);
    var afterDecline = reg.move(id, "CONFIRMED", reg.menu.provider);
    assertThat(afterDecline.status()).isEqualTo(409);
    assertThat(afterDecline.json().get("detail").asString()).contains("DECLINED");
    var nonsense = reg.move(id, "PROMOTED", reg.menu.provider);
    assertThat(nonsense.status()).isEqualTo(400);
    assertThat(nonsense.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("to");

    // another nation neither sees nor moves it
    assertThat(reg.move(id, "CANCELLED", jordan).status()).isEqualTo(404);
    assertThat(reg.http.get("/api/v1/nominations/" + id, jordan.bearer()).status()).isEqualTo(404);
    // nor may nominate a participant of Georgia
    assertThat(reg.nominate(event, nino, jordan).status()).isEqualTo(400);
  }

  @Test
  void attendanceFromTheFirstDayOfTheEvent() {
    var later = reg.event(3, LocalDate.now(clock).plusDays(20));
    var early = reg.nominated(later, reg.participant(georgia, "Tsiklauri", "Ana"), georgia).get("id").asString();
    reg.move(early, "CONFIRMED", reg.menu.provider);
    var tooEarly = reg.move(early, "ATTENDED", reg.menu.provider);
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.json().get("detail").asString()).contains(LocalDate.now(clock).plusDays(20).toString());

    var today = LocalDate.now(clock);
    var event = reg.event(3, today);
    reg.openUntilStart(event, today);
    var id = reg.nominated(event, reg.participant(georgia, "Tsiklauri", "Irakli"), georgia).get("id").asString();
    reg.move(id, "CONFIRMED", reg.menu.provider);
    assertThat(reg.move(id, "ATTENDED", reg.menu.provider).json().get("state").asString()).isEqualTo("ATTENDED");
    assertThat(reg.move(id, "CANCELLED", georgia).status()).isEqualTo(409);
  }

  @Test
  void overlappingQuotasPerNationAndPerFramework() {
    var event = reg.event(10);
    var set = reg.http.send("PUT", "/api/v1/events/" + event + "/invitation",
        Registrar.json(Map.of("nationQuota", 1, "frameworkQuotas", Map.of("MEDITERRANEAN_DIALOGUE", 1))),
        "Content-Type", "application/json", "Authorization", "Bearer " + reg.menu.provider.token());
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    var egypt = reg.coordinator("EGY");
    var j1 = reg.nominated(event, reg.participant(jordan, "Nasser", "Lina"), jordan).get("id").asString();
    var j2 = reg.nominated(event, reg.participant(jordan, "Saleh", "Ali"), jordan).get("id").asString();
    var e1 = reg.nominated(event, reg.participant(egypt, "Farouk", "Mona"), egypt).get("id").asString();
    var g1 = reg.nominated(event, reg.participant(georgia, "Lomidze", "Dato"), georgia).get("id").asString();
    assertThat(reg.move(j1, "CONFIRMED", reg.menu.provider).status()).isEqualTo(200);
    assertThat(reg.move(j2, "CONFIRMED", reg.menu.provider).status()).as("one per nation").isEqualTo(409);
    assertThat(reg.move(e1, "CONFIRMED", reg.menu.provider).status()).as("one for the Mediterranean Dialogue").isEqualTo(409);
    assertThat(reg.move(g1, "CONFIRMED", reg.menu.provider).status()).as("Georgia is in neither quota's way").isEqualTo(200);

    var tooLow = reg.http.send("PUT", "/api/v1/events/" + event + "/invitation", Registrar.json(Map.of("nations", java.util.List.of("GEO"))),
        "Content-Type", "application/json", "Authorization", "Bearer " + reg.menu.provider.token());
    assertThat(tooLow.status()).isEqualTo(200);
    var notInvited = reg.nominate(event, reg.participant(jordan, "Tamimi", "Sara"), jordan);
    assertThat(notInvited.status()).isEqualTo(409);
    assertThat(notInvited.json().get("detail").asString()).contains("JOR");
  }
}
