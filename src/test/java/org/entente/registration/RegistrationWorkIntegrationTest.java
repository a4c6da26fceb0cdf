package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.work.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Registration's start-page items on real nominations: each appears when there is something to do for that
 * person, links to where it is done, and goes when it is done. Counted as differences, since other tests share
 * the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationWorkIntegrationTest {

  @LocalServerPort int port;

  @Test
  void coordinatorAndProviderSeeWhatWaitsForThemUntilItIsDone() {
    var http = new Http(port);
    var reg = new Registrar(http, "NSO");
    var coordinator = reg.coordinator("JOR");
    var provider = reg.menu.provider;
    var event = reg.event(1);
    var a = reg.participant(coordinator, "Haddad", "Rana");
    var b = reg.participant(coordinator, "Nasser", "Omar");

    var awaiting = WorkItems.count(http, coordinator, "registration.awaiting-provider");
    var toDecide = WorkItems.count(http, provider, "registration.to-decide");
    var first = reg.nominated(event, a, coordinator).get("id").asString();
    var second = reg.nominated(event, b, coordinator).get("id").asString();
    assertThat(WorkItems.count(http, coordinator, "registration.awaiting-provider")).isEqualTo(awaiting + 2);
    assertThat(WorkItems.count(http, provider, "registration.to-decide")).isEqualTo(toDecide + 2);
    assertThat(WorkItems.item(http, provider, "registration.to-decide").get("href").asString()).isEqualTo("/registration/console#pending");

    // the provider decides: nothing waits any more; then a freed seat is offered to the nation
    assertThat(reg.move(first, "CONFIRMED", provider).status()).isEqualTo(200);
    assertThat(reg.move(second, "WAITLISTED", provider).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, coordinator, "registration.awaiting-provider")).isEqualTo(awaiting);
    assertThat(WorkItems.count(http, provider, "registration.to-decide")).isEqualTo(toDecide);
    var offers = WorkItems.count(http, coordinator, "registration.offers");
    assertThat(reg.move(first, "CANCELLED", coordinator).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, coordinator, "registration.offers")).isEqualTo(offers + 1);
    assertThat(reg.move(second, "CONFIRMED", coordinator).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, coordinator, "registration.offers")).isEqualTo(offers);

    // another provider and another nation see none of it
    var other = new Accounts(http).create("NDC:PROVIDER_MANAGER");
    var otherNation = reg.coordinator("QAT");
    assertThat(WorkItems.count(http, other, "registration.to-decide")).isZero();
    assertThat(WorkItems.has(http, otherNation, "registration.to-decide")).isFalse();
  }

  @Test
  void attendanceToRecordAndReportsDueAfterTheEvent() {
    var http = new Http(port);
    var reg = new Registrar(http, "NSO");
    var coordinator = reg.coordinator("JOR");
    var provider = reg.menu.provider;
    var today = LocalDate.now();
    var event = reg.event(2, today);
    reg.openUntilStart(event, today);
    var person = reg.participant(coordinator, "Khoury", "Lina");
    var nomination = reg.nominated(event, person, coordinator).get("id").asString();
    var attendance = WorkItems.count(http, provider, "registration.attendance");
    assertThat(reg.move(nomination, "CONFIRMED", provider).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, provider, "registration.attendance")).isEqualTo(attendance + 1);
    assertThat(reg.move(nomination, "ATTENDED", provider).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, provider, "registration.attendance")).isEqualTo(attendance);
    // the coordinator owes feedback for the attendance
    var feedback = WorkItems.count(http, coordinator, "registration.feedback-due");
    assertThat(feedback).isPositive();
    var given = reg.menu.post("/api/v1/nominations/" + nomination + "/feedback",
        Map.of("relevance", 4, "quality", 4, "organisation", 5), coordinator);
    assertThat(given.status()).as(given.body()).isEqualTo(201);
    assertThat(WorkItems.count(http, coordinator, "registration.feedback-due")).isEqualTo(feedback - 1);
  }
}
