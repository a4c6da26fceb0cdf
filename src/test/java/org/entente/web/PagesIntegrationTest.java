package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reader's language, the page frame and the operator's endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesIntegrationTest {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void theBrowsersLanguageIsRespected() {
    assertThat(http.get("/", "Accept-Language", "fr-BE,fr;q=0.9").body())
        .contains("<html lang=\"fr\">", "La coopération de partenariat en un seul lieu");
    assertThat(http.get("/", "Accept-Language", "de-DE, en;q=0.5").body()).contains("<html lang=\"en\">");
    assertThat(http.get("/", "Accept-Language", "de-DE").body()).contains("<html lang=\"en\">");
  }

  @Test
  void theChosenLanguageIsRemembered() {
    var switched = http.get("/?lang=fr", "Accept-Language", "en");
    var cookie = switched.header("Set-Cookie");
    assertThat(cookie).startsWith("entente-lang=fr").contains("HttpOnly", "SameSite=Lax");
    assertThat(switched.body()).contains("<html lang=\"fr\">");
    var later = http.get("/directory", "Accept-Language", "en", "Cookie", cookie.split(";")[0]);
    assertThat(later.body()).contains("<html lang=\"fr\">", "Annuaire");
    assertThat(later.body()).contains("href=\"/directory?lang=en\"");
  }

  @Test
  void anUnknownLanguageIsIgnored() {
    var page = http.get("/?lang=xx", "Accept-Language", "en");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Set-Cookie")).as("neither a language cookie nor a session for a visitor").isNull();
  }

  @Test
  void healthProbesAndMetricsAreServed() {
    assertThat(http.get("/actuator/health/liveness").body()).contains("\"UP\"");
    assertThat(http.get("/actuator/health/readiness").body()).contains("\"UP\"");
    http.get("/api/v1/frameworks");
    assertThat(http.get("/actuator/prometheus").status()).as("metrics are not for anyone").isEqualTo(401);
    var metrics = http.get("/actuator/prometheus", "Authorization", "Bearer " + new org.entente.Accounts(http).adminToken());
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("http_server_requests_seconds_count", "hikaricp_connections");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (var path : new String[] {"/", "/directory", "/api/v1/frameworks", "/login"}) {
      var response = http.get(path);
      assertThat(response.header("Content-Security-Policy")).as(path)
          .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }
  }

  @Test
  void noTemplateHasInlineScript() throws java.io.IOException {
    try (var templates = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/jte"))) {
      for (var template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
        var text = java.nio.file.Files.readString(template);
        assertThat(text).as(template.toString())
            .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
            .doesNotContainPattern("\\son[a-z]+=\"")
            .doesNotContain("style=\"")
            // a static file is named through page.asset, which puts its content's hash in its name
            .doesNotContainPattern("(src|href|data-map-url)=\"/(js|css|webjars|maps)/");
      }
    }
  }

  @Test
  void staticFilesAreNamedByTheirContentAndKeptAYear() {
    var page = http.get("/login").body();
    var named = java.util.regex.Pattern.compile("(?:src|href)=\"(/(?:css|js|webjars)/[^\"]+)\"").matcher(page).results()
        .map(m -> m.group(1)).toList();
    assertThat(named).as("the style sheet, htmx and the page's own script")
        .anyMatch(u -> u.matches("/css/entente-[0-9a-f]{32}\\.css"))
        .anyMatch(u -> u.matches("/js/entente-[0-9a-f]{32}\\.js"))
        .anyMatch(u -> u.matches("/webjars/htmx\\.org/.*htmx\\.min-[0-9a-f]{32}\\.js"));
    for (var url : named) {
      var file = http.get(url);
      assertThat(file.status()).as(url).isEqualTo(200);
      assertThat(file.header("Cache-Control")).as(url).contains("max-age=31536000");
    }
    // the name follows the content: the hash is the file's own (MD5, Spring's content strategy)
    var css = named.stream().filter(u -> u.startsWith("/css/")).findFirst().orElseThrow();
    assertThat(css).contains(md5(http.get("/css/entente.css").body()));
  }

  private static String md5(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
