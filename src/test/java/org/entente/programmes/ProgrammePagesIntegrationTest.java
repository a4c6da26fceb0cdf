package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The programme pages without JavaScript: the menu search comes back as the whole page; refusals show in place. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammePagesIntegrationTest {

  @LocalServerPort int port;

  @Test
  void menuSearchWithoutJavaScriptAndARefusalShownInItsSection() {
    var api = new Http(port);
    var drafting = new Drafting(api, "GEO", 1);
    var created = drafting.create("GEO", "ITPP", LocalDate.now().withDayOfYear(1), Map.of());
    var id = created.json().get("programme").get("id").asString();

    var browser = Http.withCookies(port);
    var login = browser.get("/login");
    browser.form("/login", Map.of("username", drafting.coordinator.username(), "password", drafting.coordinator.password(),
        "_csrf", Http.csrf(login.body())));

    var searched = browser.get("/programmes/" + id + "/menu?q=" + drafting.activities.get(0));
    assertThat(searched.status()).isEqualTo(302);
    var page = browser.get(searched.header("Location").replace("http://localhost:" + port, ""));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1 id=\"programme-title\"", "data-add=\"" + drafting.activities.get(0) + "\"");

    var partial = browser.get("/programmes/" + id + "/menu?q=" + drafting.activities.get(0), "HX-Request", "true");
    assertThat(partial.body()).startsWith("<div id=\"menu-results\">").doesNotContain("<html");

    var refused = browser.form("/programmes/" + id + "/activities", Map.of("code", "NSO-NOTHING", "_csrf", Http.csrf(page.body())));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("role=\"alert\"", "NSO-NOTHING is not a published activity of the menu");

    var submitEmpty = browser.form("/programmes/" + id + "/transitions", Map.of("to", "SUBMITTED", "_csrf", Http.csrf(page.body())));
    assertThat(submitEmpty.body()).contains("Add at least one objective and one planned activity first.");
  }
}
