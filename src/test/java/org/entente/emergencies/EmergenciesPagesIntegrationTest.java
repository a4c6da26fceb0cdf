package org.entente.emergencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages without JavaScript, as a plain browser posts forms: a request filed with a wrong line shown next to its
 * field (what was typed kept), then filed right; an illegal move shown on the page; the board answers nothing (204)
 * while unchanged and the new board once something changed; French throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmergenciesPagesIntegrationTest {

  @LocalServerPort int port;

  private Http signedIn(Accounts.Account account) {
    var browser = Http.withCookies(port);
    var login = browser.get("/login");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(), "_csrf", Http.csrf(login.body())));
    return browser;
  }

  @Test
  void fileARequestWithoutJavaScript() {
    var r = new Responders(new Http(port));
    var georgia = r.coordinator("GEO");
    var browser = signedIn(georgia);
    var form = browser.get("/emergencies/new");
    assertThat(form.status()).isEqualTo(200);
    var fields = new HashMap<String, String>();
    fields.put("_csrf", Http.csrf(form.body()));
    fields.put("disasterType", "FLOOD");
    fields.put("titleEn", "Floods in Guria");
    fields.put("places", "Ozurgeti; 41.92; 42.0");
    fields.put("need-0-item", "Sandbags");
    fields.put("need-0-quantity", "many");
    fields.put("need-0-unit", "bags");
    fields.put("need-0-category", "OTHER");
    fields.put("need-0-priority", "HIGH");
    fields.put("need-2-category", "OTHER");
    fields.put("need-2-item", "Pumps");
    fields.put("need-2-quantity", "0");
    fields.put("need-2-unit", "pumps");
    var wrong = browser.form("/emergencies", fields);
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.body()).contains("id=\"need-0-quantity\"", "value=\"Floods in Guria\"", "must be a whole number");
    assertThat(wrong.body()).containsPattern("id=\"need-0-quantity\"[^>]*aria-invalid=\"true\"");

    fields.put("need-0-quantity", "20000");
    fields.put("need-2-quantity", "4");
    var filed = browser.form("/emergencies", fields);
    assertThat(filed.status()).as(filed.body()).isEqualTo(302);
    var path = filed.header("Location").replace("http://localhost:" + port, "");
    var page = browser.get(path);
    assertThat(page.body()).contains("Floods in Guria", "Sandbags", "Pumps", "data-move=\"SUBMITTED\"");
    // the stricken nation by its name, not its code
    assertThat(page.body()).contains("data-code=\"GEO\">Georgia</dd>");

    // the centre cannot see it yet; the nation cannot disseminate it: the page says why
    var id = path.substring(path.lastIndexOf('/') + 1);
    var refused = browser.form(path + "/transitions", Map.of("to", "CLOSED", "_csrf", Http.csrf(page.body())));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("role=\"alert\"", "A request cannot move from DRAFT to CLOSED.");

    // the board: 204 while nothing changed, the fragment once it did
    var revision = r.get("/api/v1/emergencies/" + id + "/revision", georgia).json().get("revision").asLong();
    assertThat(browser.get(path + "/board?since=" + revision, "HX-Request", "true").status()).isEqualTo(204);
    assertThat(browser.form(path + "/transitions", Map.of("to", "SUBMITTED", "_csrf", Http.csrf(page.body()))).status()).isEqualTo(302);
    var changed = browser.get(path + "/board?since=" + revision, "HX-Request", "true");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().strip()).startsWith("<div id=\"incident-board\"").doesNotContain("<html");

    var list = browser.get("/emergencies/board?scope=OPEN&exercise=false");
    var listRevision = list.body().replaceAll("(?s).*data-revision=\"([^\"]+)\".*", "$1");
    assertThat(browser.get("/emergencies/board?scope=OPEN&exercise=false&since=" + listRevision).status()).isEqualTo(204);

    var french = browser.get(path + "?lang=fr");
    assertThat(french.body()).contains("Besoins et couverture", "Soumise au centre", "data-code=\"GEO\">Géorgie</dd>");
    assertThat(browser.get("/emergencies?lang=fr").body()).contains("Réaction aux catastrophes", "Floods in Guria", "data-code=\"GEO\">Géorgie</span>");
  }
}
