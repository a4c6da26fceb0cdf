package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The yearly review: retain or discard with a reason; a discarded activity leaves the menu, stays in history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualReviewIntegrationTest {

  @LocalServerPort int port;
  Menu menu;

  @BeforeEach
  void menu() {
    menu = new Menu(new Http(port), "NSO");
  }

  @Test
  void aDiscardedActivityLeavesTheMenuAndStaysInHistory() {
    var code = Menu.uniqueCode("NSO-REV");
    menu.publish(Menu.draft(code, "NSO"));
    assertThat(menu.http.get("/api/v1/activities?q=" + code, menu.staff.bearer()).json().get("total").asInt()).isEqualTo(1);

    var noReason = menu.post("/api/v1/activities/" + code + "/reviews", Map.of("year", 2026, "decision", "DISCARD"), menu.staff);
    assertThat(noReason.status()).isEqualTo(400);
    var byProvider = menu.post("/api/v1/activities/" + code + "/reviews",
        Map.of("year", 2026, "decision", "RETAIN", "reason", "I like it"), menu.provider);
    assertThat(byProvider.status()).isEqualTo(403);

    var discarded = menu.post("/api/v1/activities/" + code + "/reviews",
        Map.of("year", 2026, "decision", "DISCARD", "reason", "Superseded by the online course."), menu.staff);
    assertThat(discarded.status()).as(discarded.body()).isEqualTo(201);
    assertThat(discarded.json().get("decidedBy").asString()).isEqualTo(menu.staff.username());

    assertThat(menu.http.get("/api/v1/activities?q=" + code, menu.staff.bearer()).json().get("total").asInt()).as("off the menu").isZero();
    var history = menu.http.get("/api/v1/activities/" + code, menu.staff.bearer()).json();
    assertThat(history.get("status").asString()).isEqualTo("DISCARDED");
    assertThat(history.get("statusReason").asString()).isEqualTo("Superseded by the online course.");
    assertThat(menu.http.get("/api/v1/activities?status=DISCARDED&q=" + code, menu.staff.bearer()).json().get("total").asInt()).isEqualTo(1);

    var twice = menu.post("/api/v1/activities/" + code + "/reviews",
        Map.of("year", 2026, "decision", "RETAIN", "reason", "Changed my mind."), menu.staff);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(menu.http.get("/api/v1/activities/" + code + "/reviews", menu.provider.bearer()).json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void aRetainedActivityStaysAndTheYearsScreenShowsIt() {
    var code = Menu.uniqueCode("NSO-RET");
    menu.publish(Menu.draft(code, "NSO"));
    var retained = menu.post("/api/v1/activities/" + code + "/reviews",
        Map.of("year", 2027, "decision", "RETAIN", "reason", "High demand from partners."), menu.staff);
    assertThat(retained.status()).isEqualTo(201);
    assertThat(menu.http.get("/api/v1/activities/" + code, menu.staff.bearer()).json().get("status").asString()).isEqualTo("PUBLISHED");
    // the year's screen, paged through: other tests' activities of the same provider may fill the first pages
    var screen = new StringBuilder();
    for (int page = 0, total = 1; page * 100 < total; page++) {
      var answer = menu.http.get("/api/v1/reviews/2027?size=100&page=" + page, menu.staff.bearer());
      assertThat(answer.status()).isEqualTo(200);
      total = answer.json().get("total").asInt();
      screen.append(answer.body());
    }
    assertThat(screen.toString()).contains(code, "High demand from partners.");
    assertThat(menu.http.get("/api/v1/reviews/2027", menu.provider.bearer()).status()).isEqualTo(403);
  }
}
