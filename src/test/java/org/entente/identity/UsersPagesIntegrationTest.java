package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The accounts pages as an administrator uses them: a refused form keeps what was typed and names each field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsersPagesIntegrationTest {

  @LocalServerPort int port;

  private Http signedInAdmin() {
    var browser = Http.withCookies(port);
    var page = browser.get("/login");
    browser.form("/login", Map.of("username", Accounts.ADMIN, "password", Accounts.ADMIN_PASSWORD, "_csrf", Http.csrf(page.body())));
    return browser;
  }

  @Test
  void aRefusedFormComesBackWithItsMessagesAndValues() {
    var browser = signedInAdmin();
    var page = browser.get("/users?lang=fr"); // remembered in a cookie for the post that follows
    var fields = new HashMap<>(Map.of("username", "amman.coordinator", "displayName", "Layla Haddad",
        "email", "layla@example.jo", "password", "short", "organisation", "ATLANTIS", "role", "NATIONAL_COORDINATOR"));
    fields.put("_csrf", Http.csrf(page.body()));
    var refused = browser.form("/users", fields);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("value=\"amman.coordinator\"", "value=\"Layla Haddad\"", "value=\"layla@example.jo\"", "value=\"ATLANTIS\"")
        .contains("Le mot de passe doit compter au moins 12 caractères.")
        .contains("Aucune organisation de code ATLANTIS")
        .contains("id=\"field-password\" name=\"password\" type=\"password\" value=\"\"");
  }

  @Test
  void anAccountCreatedByTheFormGetsItsPageAndRoles() {
    var browser = signedInAdmin();
    var page = browser.get("/users");
    var created = browser.form("/users", Map.of("_csrf", Http.csrf(page.body()), "username", "doha.coordinator",
        "displayName", "Khalid Al-Thani", "email", "", "password", "Pearl-of-the-Gulf-2026", "organisation", "qat",
        "role", "NATIONAL_COORDINATOR"));
    assertThat(created.status()).isEqualTo(302);
    var location = created.header("Location");
    assertThat(location).contains("/users/");
    var detail = browser.get(location.substring(location.indexOf("/users/")));
    assertThat(detail.body()).contains("Khalid Al-Thani", "doha.coordinator", "/directory/QAT", "National coordinator");

    var added = browser.form(location.substring(location.indexOf("/users/")) + "/memberships",
        Map.of("_csrf", Http.csrf(detail.body()), "organisation", "QAT", "role", "PARTICIPANT"));
    assertThat(added.status()).isEqualTo(302);
    assertThat(browser.get(location.substring(location.indexOf("/users/"))).body()).contains("Participant");
  }
}
