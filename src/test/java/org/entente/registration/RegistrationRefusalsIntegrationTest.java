package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registration page's refusals are answered on the page, in the reader's language, never as an error page:
 * attendance recorded before the event begins, and a second cancellation sent from a tab that was out of date.
 * (Both once ended on HTTP 500: the refusal could not be kept in the session between the form and its page.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationRefusalsIntegrationTest {

  @LocalServerPort int port;

  private Http signedIn(Accounts.Account account, String language) {
    var browser = Http.withCookies(port);
    var page = browser.get("/login?lang=" + language);
    var signed = browser.form("/login", Map.of("username", account.username(), "password", account.password(),
        "_csrf", Http.csrf(page.body())));
    assertThat(signed.status()).isEqualTo(302);
    return browser;
  }

  /** Posts a move from the event's page as a browser would, and follows the redirect back to the page. */
  private static Http.Response moveFromPage(Http browser, String event, String nomination, String to) {
    var page = browser.get("/registration/events/" + event);
    assertThat(page.status()).isEqualTo(200);
    var posted = browser.form("/registration/nominations/" + nomination + "/transitions",
        Map.of("_csrf", Http.csrf(page.body()), "to", to));
    assertThat(posted.status()).as(posted.body()).isEqualTo(302);
    assertThat(posted.header("Location")).endsWith("/registration/events/" + event);
    var back = browser.get("/registration/events/" + event);
    assertThat(back.status()).isEqualTo(200);
    return back;
  }

  @Test
  void attendanceBeforeTheEventIsRefusedOnThePageInTheReadersLanguage() {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var event = reg.event(3); // starts in a month
    var nomination = reg.nominated(event, reg.participant(georgia, "Abashidze", "Ana"), georgia).get("id").asString();
    assertThat(reg.move(nomination, "CONFIRMED", reg.menu.provider).status()).isEqualTo(200);

    var provider = signedIn(reg.menu.provider, "fr");
    var page = moveFromPage(provider, event, nomination, "ATTENDED");
    assertThat(page.body())
        .contains("id=\"problem\"", "La présence s’enregistre à partir du premier jour de la session")
        .doesNotContain("registration.attendance.early");
    assertThat(reg.state(nomination, reg.menu.provider)).isEqualTo("CONFIRMED");
  }

  @Test
  void aSecondCancellationFromAStaleTabSaysThePageWasOutOfDate() {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var event = reg.event(3);
    var nomination = reg.nominated(event, reg.participant(georgia, "Bakradze", "Beka"), georgia).get("id").asString();
    var coordinator = signedIn(georgia, "en");

    // two tabs show the same page; the first cancels, then the second (out of date) cancels again
    var tab = coordinator.get("/registration/events/" + event);
    var csrf = Http.csrf(tab.body());
    var confirm = coordinator.get("/registration/nominations/" + nomination + "/confirm?to=CANCELLED&from=NOMINATED");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.body()).contains("Cancel the nomination of Bakradze, Beka", "id=\"confirm\"");
    var first = coordinator.form("/registration/nominations/" + nomination + "/transitions", Map.of("_csrf", csrf, "to", "CANCELLED", "from", "NOMINATED"));
    assertThat(first.status()).isEqualTo(302);
    assertThat(coordinator.get("/registration/events/" + event).body()).contains("id=\"done\"", "Bakradze, Beka is now: Cancelled");

    var second = coordinator.form("/registration/nominations/" + nomination + "/transitions", Map.of("_csrf", csrf, "to", "CANCELLED", "from", "NOMINATED"));
    assertThat(second.status()).isEqualTo(302);
    var page = coordinator.get("/registration/events/" + event);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"problem\"", "This page was out of date", "“Cancelled”")
        .doesNotContain("id=\"done\"");
    assertThat(reg.state(nomination, georgia)).isEqualTo("CANCELLED");

    // the confirmation step of a move no longer open says so instead of offering it
    var stale = coordinator.get("/registration/nominations/" + nomination + "/confirm?to=CANCELLED");
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body()).contains("id=\"problem\"").doesNotContain("id=\"confirm\"");
  }
}
