package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The events page without JavaScript: a GET form whose filters ("open for nominations now", "my nation is
 * eligible", "seats left", dates) narrow the events to those a coordinator can act on; a wrong date is shown
 * beside its field as typed; the same events as a month's calendar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventsPageIntegrationTest {

  @LocalServerPort int port;

  private Http signedIn(Accounts.Account account) {
    var browser = Http.withCookies(port);
    var page = browser.get("/login?lang=en");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(), "_csrf", Http.csrf(page.body())));
    return browser;
  }

  @Test
  void filtersNarrowTheEventsToThoseACoordinatorCanActOn() {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var day = LocalDate.now().plusDays(37); // nominations open from 23 days ago until 23 days from now
    var open = reg.event(3, day);
    var full = reg.event(1, day);
    var taken = reg.nominated(full, reg.participant(georgia, "Gelashvili", "Gela"), georgia).get("id").asString();
    assertThat(reg.move(taken, "CONFIRMED", reg.menu.provider).status()).isEqualTo(200);
    var later = reg.event(3, day.plusDays(70)); // nominations not open yet
    var coordinator = signedIn(georgia);
    var range = "&from=" + day + "&to=" + day.plusDays(70);

    var all = coordinator.get("/events?x=1" + range);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body()).contains(open, full, later, "Georgia is eligible");

    var actionable = coordinator.get("/events?open=on&eligible=on&seats=on" + range).body();
    assertThat(actionable).contains("data-event=\"" + open + "\"").doesNotContain(full).doesNotContain(later)
        .contains("Nominations open until " + org.entente.web.Page.formatDate(day.minusDays(14), org.entente.languages.Language.EN))
        .contains("Your nation is eligible", "3 of 3 seats left")
        .contains("<input type=\"checkbox\" name=\"open\" id=\"events-open\" checked>");

    var openOnly = coordinator.get("/events?open=on" + range).body();
    assertThat(openOnly).contains(open, full).doesNotContain(later).contains("0 of 1 seats left");

    var wrong = coordinator.get("/events?from=2026-13-45");
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.body()).contains("id=\"events-from\" name=\"from\" type=\"date\" value=\"2026-13-45\"")
        .contains("aria-invalid=\"true\" aria-describedby=\"events-from-error\"", "must be a date as YYYY-MM-DD");

    var calendar = coordinator.get("/events?view=calendar&month=" + day.toString().substring(0, 7) + "&open=on");
    assertThat(calendar.body()).contains("id=\"events-calendar\"", "data-date=\"" + day + "\"", "/menu/events/" + open)
        .doesNotContain("/menu/events/" + later);

    // with htmx, only the results are answered
    var live = coordinator.get("/events?open=on" + range, "HX-Request", "true").body();
    assertThat(live.strip()).startsWith("<section id=\"events-results\"").doesNotContain("<html");
  }
}
