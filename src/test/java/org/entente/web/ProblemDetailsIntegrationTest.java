package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error of the API is RFC 9457 problem+json with a request id, in the caller's language, and never
 * shows a stack trace or SQL — including errors no controller foresaw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProblemDetailsIntegrationTest.Failing.class)
class ProblemDetailsIntegrationTest {

  /** Stands for any future controller: one that accepts JSON, one that fails with SQL in its message. */
  @TestConfiguration
  @RestController
  static class Failing {
    @PostMapping(path = "/api/v1/test-only/echo", consumes = "application/json")
    Map<String, Object> echo(@RequestBody Map<String, Object> body) {
      return body;
    }

    @PostMapping("/api/v1/test-only/fail")
    String fail() {
      throw new IllegalStateException("ERROR: relation \"directory_secret\" does not exist; select * from x");
    }
  }

  @LocalServerPort int port;
  Http http;
  String[] bearer;

  @BeforeEach
  void client() {
    http = new Http(port);
    bearer = new String[] {"Authorization", "Bearer " + new Accounts(http).adminToken()};
  }

  private String[] with(String... headers) {
    var all = new String[headers.length + 2];
    System.arraycopy(headers, 0, all, 0, headers.length);
    all[headers.length] = bearer[0];
    all[headers.length + 1] = bearer[1];
    return all;
  }

  private static void assertProblem(Http.Response response, int status) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    var body = response.json();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asString()).isNotBlank();
    assertThat(body.get("detail").asString()).isNotBlank();
    assertThat(body.get("requestId").asString()).isEqualTo(response.header("X-Request-Id")).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "\tat ", "select ", "directory_");
  }

  @Test
  void unknownAddressUnderTheApiIs404() {
    assertProblem(http.get("/api/v1/no-such-thing", bearer), 404);
  }

  @Test
  void wrongMethodIs405WithAllow() {
    var response = http.send("DELETE", "/api/v1/frameworks", "", bearer);
    assertProblem(response, 405);
    assertThat(response.header("Allow")).contains("GET");
  }

  @Test
  void unacceptableFormatIs406() {
    assertProblem(http.get("/api/v1/frameworks", "Accept", "application/xml"), 406);
  }

  @Test
  void unsupportedContentTypeIs415() {
    assertProblem(http.send("POST", "/api/v1/test-only/echo", "a=b", with("Content-Type", "text/plain")), 415);
  }

  @Test
  void unreadableBodyIs400() {
    assertProblem(
        http.send("POST", "/api/v1/test-only/echo", "{not json", with("Content-Type", "application/json")), 400);
  }

  @Test
  void unexpectedFailureIs500WithoutInternals() {
    assertProblem(http.send("POST", "/api/v1/test-only/fail", "", bearer), 500);
  }

  @Test
  void anonymousCallsToTheRestOfTheApiAre401() {
    assertProblem(http.get("/api/v1/users"), 401);
    assertProblem(http.get("/api/v1/no-such-thing"), 401);
    assertProblem(http.get("/api/v1/users", "Authorization", "Bearer ent_forged"), 401);
  }

  @Test
  void problemsSpeakTheCallersLanguage() {
    var response = http.get("/api/v1/organisations?on=31/12/2012", "Accept-Language", "fr-CH, de;q=0.8");
    assertProblem(response, 400);
    assertThat(response.json().get("title").asString()).isEqualTo("Requête invalide");
    assertThat(response.json().get("invalid-params").get(0).get("reason").asString())
        .isEqualTo("doit être une date au format AAAA-MM-JJ");
  }

  @Test
  void aSaneIncomingRequestIdIsKeptAndAnInsaneOneReplaced() {
    assertThat(http.get("/api/v1/frameworks", "X-Request-Id", "proxy-1234abcd").header("X-Request-Id"))
        .isEqualTo("proxy-1234abcd");
    assertThat(http.get("/api/v1/frameworks", "X-Request-Id", "<script>alert(1)</script>").header("X-Request-Id"))
        .matches("[0-9a-f]{24}");
  }
}
