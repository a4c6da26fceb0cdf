package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A provider imports a file from the page and follows it to its report; a wrong file's cells are listed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportPagesIntegrationTest {

  @LocalServerPort int port;

  @Test
  void aProviderUploadsAndFollowsTheImport() {
    var menu = new Menu(new Http(port), "NSO");
    var browser = Http.withCookies(port);
    var signIn = browser.get("/login?lang=fr");
    browser.form("/login", Map.of("username", menu.provider.username(), "password", menu.provider.password(),
        "_csrf", Http.csrf(signIn.body())));
    var page = browser.get("/menu/imports");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Importer des activités et des événements");

    var code = Menu.uniqueCode("NSO-PG");
    var csv = String.join(",", ActivityColumns.HEADER) + "\n"
        + code + ",NSO,COURSE,RESIDENTIAL,Page import,Import par la page,,,,,en,3,BORDER_SECURITY,,PUBLIC,,ALL_PARTNERS,,,\n"
        + code + "-B,NSO,COURSE,RESIDENTIAL,Bad one,,,,,,en,3,NOWHERE,,PUBLIC,,ALL_PARTNERS,,,\n";
    var uploaded = browser.upload("/menu/imports", Map.of("_csrf", Http.csrf(page.body())), "page.csv",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(uploaded.status()).isEqualTo(302);
    var report = uploaded.header("Location");
    assertThat(report).contains("/menu/imports/");

    var path = report.substring(report.indexOf("/menu/imports/"));
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
        .until(() -> !browser.get(path, "HX-Request", "true").body().contains("hx-trigger=\"every 1s\""));
    var done = browser.get(path).body();
    assertThat(done).contains("Rien n’a été importé", "<code>areas</code>", "NOWHERE");
    assertThat(menu.http.get("/api/v1/activities/" + code, menu.provider.bearer()).status()).isEqualTo(404);
  }
}
