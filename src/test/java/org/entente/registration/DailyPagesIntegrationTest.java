package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The daily-work pages without a browser: a coordinator's participants (their one nation shown, not asked; a wrong
 * field named beside it, what was typed kept; a participant corrected and linked), the provider's console deciding
 * several nominations at once, staff's curation (publish, return with a reason), each refusal shown in place, never
 * a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DailyPagesIntegrationTest {

  @LocalServerPort int port;

  private Http signedIn(Accounts.Account account) {
    var browser = Http.withCookies(port);
    var page = browser.get("/login");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(), "_csrf", Http.csrf(page.body())));
    return browser;
  }

  @Test
  void participantsAddedCorrectedAndLinked() {
    var http = new Http(port);
    var accounts = new Accounts(http);
    var coordinator = accounts.create("JPN:NATIONAL_COORDINATOR");
    var person = accounts.create("JPN:PARTICIPANT");
    var browser = signedIn(coordinator);
    var page = browser.get("/registration/participants");
    assertThat(page.status()).isEqualTo(200);
    // a coordinator of one nation is told the nation, not asked for it (the form leaves it out and it is meant)
    assertThat(page.body()).contains("id=\"participant-nation\"").doesNotContain("name=\"nation\"");
    var fields = new HashMap<>(Map.of("familyName", "Tanaka", "givenName", "", "email", "not-an-address", "languages", "ja en"));
    fields.put("_csrf", Http.csrf(page.body()));
    var refused = browser.form("/registration/participants", fields);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("value=\"Tanaka\"", "value=\"not-an-address\"", "aria-invalid=\"true\"", "id=\"problem\"");

    fields.put("givenName", "Yuki");
    fields.put("email", "yuki.tanaka@example.jp");
    fields.put("listConsent", "true");
    var added = browser.form("/registration/participants", fields);
    assertThat(added.status()).isEqualTo(302);
    var list = browser.get("/registration/participants");
    assertThat(list.body()).contains("Tanaka, Yuki", "id=\"done\"");
    String id = null;
    for (var p : http.get("/api/v1/participants", coordinator.bearer()).json().get("items")) {
      if (p.get("email").asString().equals("yuki.tanaka@example.jp")) {
        id = p.get("id").asString();
      }
    }
    assertThat(id).isNotNull();

    var edit = browser.get("/registration/participants/" + id);
    assertThat(edit.body()).contains("value=\"yuki.tanaka@example.jp\"", person.username());
    var linked = browser.form("/registration/participants/" + id + "/account",
        Map.of("_csrf", Http.csrf(edit.body()), "account", person.id().toString()));
    assertThat(linked.status()).isEqualTo(302);
    assertThat(http.get("/api/v1/participants/" + id, coordinator.bearer()).json().get("account").asString())
        .isEqualTo(person.id().toString());
    // a provider keeps no participants: 403, not a page
    var provider = accounts.create("NSO:PROVIDER_MANAGER");
    assertThat(signedIn(provider).get("/registration/participants").status()).isEqualTo(403);
  }

  @Test
  void theConsoleDecidesSeveralAtOnceAndNamesWhatItCouldNot() {
    var http = new Http(port);
    var reg = new Registrar(http, "NSO");
    var coordinator = reg.coordinator("GEO");
    var event = reg.event(1);
    var first = reg.nominated(event, reg.participant(coordinator, "Kapanadze", "Levan"), coordinator).get("id").asString();
    var second = reg.nominated(event, reg.participant(coordinator, "Gelashvili", "Tamar"), coordinator).get("id").asString();
    var browser = signedIn(reg.menu.provider);
    var console = browser.get("/registration/console");
    assertThat(console.status()).isEqualTo(200);
    assertThat(console.body()).contains("Kapanadze, Levan", "Gelashvili, Tamar", "id=\"console-events\"");
    // one seat for two: the first is confirmed, the second refused and named
    var decided = browser.send("POST", "/registration/console/decisions",
        "_csrf=" + Http.csrf(console.body()) + "&back=console&to=CONFIRMED&nomination=" + first + "&nomination=" + second,
        "Content-Type", "application/x-www-form-urlencoded");
    assertThat(decided.status()).isEqualTo(302);
    var after = browser.get("/registration/console");
    assertThat(after.body()).contains("id=\"problem\"", "Gelashvili, Tamar");
    assertThat(reg.state(first, reg.menu.provider)).isEqualTo("CONFIRMED");
    assertThat(reg.state(second, reg.menu.provider)).isEqualTo("NOMINATED");
    // the coordinator's own list shows the confirmed one
    var nation = signedIn(coordinator).get("/registration/nominations?state=CONFIRMED");
    assertThat(nation.body()).contains("Kapanadze, Levan").doesNotContain("Gelashvili, Tamar");
  }

  @Test
  void staffPublishOrReturnWithAReason() {
    var http = new Http(port);
    var menu = new Menu(http, "NSO");
    var code = Menu.uniqueCode("NSO-CUR");
    assertThat(menu.post("/api/v1/activities", Menu.draft(code, "NSO"), menu.provider).status()).isEqualTo(201);
    assertThat(menu.move(code, "SUBMITTED", null, menu.provider).status()).isEqualTo(200);
    var browser = signedIn(menu.staff);
    var page = browser.get("/menu/curation");
    assertThat(page.body()).contains("data-activity=\"" + code + "\"");
    // returning needs a reason: refused in place
    var refused = browser.form("/menu/curation/" + code, Map.of("_csrf", Http.csrf(page.body()), "to", "RETURNED", "reason", ""));
    assertThat(refused.status()).isEqualTo(302);
    assertThat(browser.get("/menu/curation").body()).contains("id=\"problem\"");
    var returned = browser.form("/menu/curation/" + code, Map.of("_csrf", Http.csrf(page.body()), "to", "RETURNED", "reason", "Add dates."));
    assertThat(returned.status()).isEqualTo(302);
    assertThat(http.get("/api/v1/activities/" + code, menu.staff.bearer()).json().get("status").asString()).isEqualTo("RETURNED");
    assertThat(browser.get("/menu/curation").body()).contains("id=\"done\"").doesNotContain("data-activity=\"" + code + "\"");
    var coordinator = new Accounts(http).create("GEO:NATIONAL_COORDINATOR");
    assertThat(signedIn(coordinator).get("/menu/curation").status()).isEqualTo(403);
  }
}
