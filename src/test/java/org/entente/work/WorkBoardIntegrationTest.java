package org.entente.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start page and {@code GET /api/v1/me/work}: a visitor keeps the home page; a signed-in person gets their
 * items per section, each counted with a sentence in their language (or why there is nothing), and the shortcuts
 * of their roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkBoardIntegrationTest {

  @LocalServerPort int port;

  @Test
  void aVisitorKeepsTheHomePageAndTheApiAsksForSignIn() {
    var http = new Http(port);
    var home = http.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("id=\"home-title\"").doesNotContain("id=\"work-title\"");
    assertThat(http.get("/api/v1/me/work").status()).isEqualTo(401);
  }

  @Test
  void aCoordinatorSeesTheirSectionsCountedWithShortcutsInTheirLanguage() {
    var http = new Http(port);
    var coordinator = new Accounts(http).create("AUS:NATIONAL_COORDINATOR");
    var board = WorkItems.board(http, coordinator);
    var sections = new java.util.ArrayList<String>();
    board.get("sections").forEach(s -> sections.add(s.get("section").asString()));
    assertThat(sections).contains("registration", "catalogue", "programmes", "notifications")
        .doesNotContain("council", "identity", "audit");
    // the nation's offers depend on what other tests in this context did with its people: the item says either
    // way, consistently with its count
    var offers = WorkItems.item(http, coordinator, "registration.offers");
    var count = offers.get("count").asLong();
    assertThat(offers.get("empty").asBoolean()).isEqualTo(count == 0);
    assertThat(offers.get("label").asString()).isEqualTo(count == 0 ? "No seat is offered to your nation’s people."
        : count == 1 ? "1 seat is offered: accept before the offer expires" : count + " seats are offered: accept before the offer expires");
    assertThat(offers.get("href").asString()).startsWith("/registration/nominations");
    // a person's own offers are theirs alone: a new participant has none, and is told why
    var participant = new Accounts(http).create("AUS:PARTICIPANT");
    var mine = WorkItems.item(http, participant, "registration.my-offers");
    assertThat(mine.get("count").asLong()).isZero();
    assertThat(mine.get("empty").asBoolean()).isTrue();
    assertThat(mine.get("label").asString()).isEqualTo("No seat is offered to you at the moment.");
    var shortcuts = new java.util.ArrayList<String>();
    board.get("shortcuts").forEach(s -> shortcuts.add(s.get("href").asString()));
    assertThat(shortcuts).contains("/registration/nominations", "/registration/participants", "/programmes");

    var french = http.get("/api/v1/me/work", "Authorization", "Bearer " + participant.token(), "Accept-Language", "fr").json();
    assertThat(french.toString()).contains("Aucune place ne vous est offerte pour le moment.");
  }

  @Test
  void theStartPageReplacesTheHomePageOnceSignedIn() {
    var browser = Http.withCookies(port);
    var accounts = new Accounts(new Http(port));
    var auditor = accounts.create("IS:AUDITOR");
    var login = browser.get("/login");
    browser.form("/login", Map.of("username", auditor.username(), "password", auditor.password(), "_csrf", Http.csrf(login.body())));
    var start = browser.get("/");
    assertThat(start.status()).isEqualTo(200);
    assertThat(start.body()).contains("id=\"work-title\"", "data-item=\"audit.chain\"", "data-item=\"audit.refusals\"",
        "The audit trail’s chain is intact", "href=\"/audit\"");
    assertThat(start.body()).doesNotContain("data-item=\"registration.");
  }
}
