package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Http;
import org.entente.registration.Registrar;
import org.entente.work.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Everyone's start page counts the notices of the last week addressed to them, and only those. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsWorkIntegrationTest {

  @LocalServerPort int port;

  @Test
  void recentNoticesOfTheReader() {
    var http = new Http(port);
    var reg = new Registrar(http, "NSO");
    var coordinator = reg.coordinator("QAT");
    var event = reg.event(3);
    var person = reg.participant(coordinator, "Al-Kuwari", "Hamad");
    var forProvider = WorkItems.count(http, reg.menu.provider, "notifications.recent");
    var forCoordinator = WorkItems.count(http, coordinator, "notifications.recent");
    var nomination = reg.nominated(event, person, coordinator).get("id").asString();
    // a nomination tells the provider; the provider's decision tells the nation
    assertThat(WorkItems.count(http, reg.menu.provider, "notifications.recent")).isEqualTo(forProvider + 1);
    assertThat(WorkItems.count(http, coordinator, "notifications.recent")).isEqualTo(forCoordinator);
    assertThat(reg.move(nomination, "CONFIRMED", reg.menu.provider).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, coordinator, "notifications.recent")).isEqualTo(forCoordinator + 1);
    assertThat(WorkItems.item(http, coordinator, "notifications.recent").get("href").asString()).isEqualTo("/notifications");
  }
}
