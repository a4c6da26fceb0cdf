package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.Http;
import org.entente.access.Caller;
import org.entente.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The annual review's evidence for an activity and year (demand, fill rate, no-show rate, mean feedback from
 * three answers, nations), for staff and the provider only; and the attended participations a nation's
 * programme counts as actuals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewFiguresIntegrationTest {

  @LocalServerPort int port;
  @Autowired Attendance attendance;

  @Test
  void figuresOfAnActivityAndTheNationsActuals() {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var jordan = reg.coordinator("JOR");
    var today = LocalDate.now();
    var event = reg.event(10, today);
    reg.openUntilStart(event, today);
    var activity = reg.http.get("/api/v1/events/" + event, georgia.bearer()).json().get("activity").asString();
    var ids = new java.util.ArrayList<String>();
    for (var name : List.of("Abuladze", "Bregvadze", "Chanturia")) {
      ids.add(reg.nominated(event, reg.participant(georgia, name, "Eka"), georgia).get("id").asString());
    }
    var absent = reg.nominated(event, reg.participant(jordan, "Rifai", "Zaid"), jordan).get("id").asString();
    reg.nominated(event, reg.participant(jordan, "Majali", "Dana"), jordan); // never decided
    for (var id : ids) {
      reg.move(id, "CONFIRMED", reg.menu.provider);
      reg.move(id, "ATTENDED", reg.menu.provider);
      reg.menu.post("/api/v1/nominations/" + id + "/feedback", Map.of("relevance", 4, "quality", 5, "organisation", 3), georgia);
    }
    reg.move(absent, "CONFIRMED", reg.menu.provider);
    reg.move(absent, "NO_SHOW", reg.menu.provider);

    var staff = reg.menu.staff;
    var figures = reg.http.get("/api/v1/activities/" + activity + "/review?year=" + today.getYear(), staff.bearer()).json();
    assertThat(figures.get("seats").asInt()).isEqualTo(10);
    assertThat(figures.get("nominations").asInt()).isEqualTo(5);
    assertThat(figures.get("demand").asDouble()).isEqualTo(0.5);
    assertThat(figures.get("fillRate").asDouble()).isEqualTo(0.4);
    assertThat(figures.get("noShowRate").asDouble()).isEqualTo(0.25);
    assertThat(figures.get("meanFeedback").asDouble()).isEqualTo(4.0);
    assertThat(figures.get("nations").asInt()).isEqualTo(2);
    assertThat(reg.http.get("/api/v1/activities/" + activity + "/review?year=" + today.getYear(), reg.menu.provider.bearer()).status())
        .isEqualTo(200);
    assertThat(reg.http.get("/api/v1/activities/" + activity + "/review?year=" + today.getYear(), georgia.bearer()).status())
        .isEqualTo(403);
    assertThat(reg.http.get("/api/v1/activities/" + activity + "/review?year=1066", staff.bearer()).status()).isEqualTo(400);
    var year = reg.http.get("/api/v1/reviews/" + today.getYear() + "/figures", staff.bearer()).json();
    assertThat(year.toString()).contains(activity);
    assertThat(reg.http.get("/registration/review?year=" + today.getYear(), staff.bearer()).body()).contains(activity);
    // the decision beside the figures: taken on the page, kept by the catalogue's review
    var browser = Http.withCookies(port);
    browser.form("/login", Map.of("username", staff.username(), "password", staff.password(),
        "_csrf", Http.csrf(browser.get("/login").body())));
    var screen = browser.get("/registration/review?year=" + today.getYear()).body();
    var decided = browser.form("/registration/review/" + activity, Map.of("year", String.valueOf(today.getYear()),
        "decision", "RETAIN", "reason", "In demand, well rated.", "_csrf", Http.csrf(screen)));
    assertThat(decided.status()).isEqualTo(302);
    assertThat(reg.http.get("/api/v1/activities/" + activity + "/reviews", staff.bearer()).body()).contains("In demand, well rated.");

    // the programme's actuals: Georgia attended three times, Jordan not at all
    var coordinator = new Caller(UUID.randomUUID(), "programmes-test", List.of(new Caller.Grant("GEO", Role.NATIONAL_COORDINATOR)));
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(coordinator, null, List.of()));
    SecurityContextHolder.setContext(context);
    try {
      assertThat(attendance.attended("GEO", today.getYear(), today.getYear()))
          .contains(new Attendance.Attended(activity, today.getYear(), 3));
      assertThat(attendance.attended("JOR", today.getYear(), today.getYear())).as("not Georgia's to see").isEmpty();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
