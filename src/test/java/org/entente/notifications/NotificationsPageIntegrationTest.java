package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The notices page: grouped by subject, unread ones marked, each link saying what it opens; opening one marks it
 * read and leads where it concerns; a notice addressed to others cannot be opened (404, as if absent).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsPageIntegrationTest {

  @LocalServerPort int port;

  private Http signedIn(Accounts.Account account) {
    var browser = Http.withCookies(port);
    var page = browser.get("/login?lang=en");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(), "_csrf", Http.csrf(page.body())));
    return browser;
  }

  @Test
  void groupedBySubjectReadWhenOpenedAndNeverAnotherNationsNotice() {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var event = reg.event(3);
    for (var name : new String[] {"Abashidze", "Bakradze"}) {
      var nomination = reg.nominated(event, reg.participant(georgia, name, "Nino"), georgia).get("id").asString();
      assertThat(reg.move(nomination, "CONFIRMED", reg.menu.provider).status()).isEqualTo(200);
    }
    var coordinator = signedIn(georgia);
    var page = coordinator.get("/notifications").body();
    // Georgia's coordinators read Georgia's notices: other tests' may be there too, in groups of their own
    assertThat(page).contains("2 notices, 2 unread", "Open the event’s nominations");
    var unread = unread(page);

    var group = page.substring(page.indexOf("2 notices, 2 unread"));
    var matcher = Pattern.compile("action=\"/notifications/([0-9a-f-]{36})/open\"").matcher(group);
    assertThat(matcher.find()).isTrue();
    var notice = matcher.group(1);
    var opened = coordinator.form("/notifications/" + notice + "/open", Map.of("_csrf", Http.csrf(page)));
    assertThat(opened.status()).isEqualTo(302);
    assertThat(opened.header("Location")).endsWith("/registration/events/" + event);
    var after = coordinator.get("/notifications").body();
    assertThat(after).contains("2 notices, one unread");
    assertThat(unread(after)).isEqualTo(unread - 1);

    // another nation's coordinator cannot mark it read: it is not theirs to see
    var jordan = reg.coordinator("JOR");
    var other = reg.http.send("POST", "/api/v1/notifications/" + notice + "/read", "", jordan.bearer());
    assertThat(other.status()).isEqualTo(404);

    var readAll = coordinator.form("/notifications/read", Map.of("_csrf", Http.csrf(page)));
    assertThat(readAll.status()).isEqualTo(302);
    assertThat(coordinator.get("/notifications").body()).contains("Everything is read.").doesNotContain("id=\"read-all\"");
  }

  private static int unread(String page) {
    var m = Pattern.compile("id=\"unread-count\">(\\d+|One|Everything)").matcher(page);
    assertThat(m.find()).isTrue();
    return switch (m.group(1)) {
      case "One" -> 1;
      case "Everything" -> 0;
      default -> Integer.parseInt(m.group(1));
    };
  }
}
