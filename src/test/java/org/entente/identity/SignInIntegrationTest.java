package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Signing in with a password, by the form and by the API: success, failure, lock-out, throttling. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"entente.sign-in.lock-after=3", "entente.sign-in.throttle-after=8", "entente.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1"})
@Import(SignInIntegrationTest.Clocks.class)
class SignInIntegrationTest {

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock();
    }
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  Http http;
  Accounts accounts;

  @BeforeEach
  void client() {
    http = new Http(port);
    accounts = new Accounts(http);
  }

  private Http.Response tokenFor(String username, String password, String address) {
    return http.send("POST", "/api/v1/auth/token",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
        "Content-Type", "application/json", "X-Forwarded-For", address);
  }

  @Test
  void theRightPasswordSignsInByTheForm() {
    var account = accounts.create("GEO:NATIONAL_COORDINATOR");
    var browser = Http.withCookies(port);
    var signInPage = browser.get("/login");
    var signedIn = browser.form("/login", Map.of("username", account.username(), "password", account.password(),
        "_csrf", Http.csrf(signInPage.body())));
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.header("Location")).doesNotContain("error");
    var home = browser.get("/");
    assertThat(home.body()).contains(account.username() + " · GEO", "id=\"sign-out\"");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    var account = accounts.create("JOR:PARTICIPANT");
    var browser = Http.withCookies(port);
    var page = browser.get("/login");
    var wrongPassword = browser.form("/login", Map.of("username", account.username(), "password", "wrong-password-123",
        "_csrf", Http.csrf(page.body())));
    assertThat(wrongPassword.header("Location")).endsWith("/login?error=BAD_CREDENTIALS");
    page = browser.get("/login");
    var noSuchUser = browser.form("/login", Map.of("username", "nobody-at-all", "password", "wrong-password-123",
        "_csrf", Http.csrf(page.body())));
    assertThat(noSuchUser.header("Location")).endsWith("/login?error=BAD_CREDENTIALS");
    assertThat(browser.get("/login?error=BAD_CREDENTIALS").body()).contains("The username or the password is wrong.");

    var api = tokenFor(account.username(), "wrong-password-123", "10.0.0.1");
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void repeatedFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockEnds() {
    var account = accounts.create("JPN:NATIONAL_COORDINATOR");
    for (int i = 0; i < 2; i++) {
      assertThat(tokenFor(account.username(), "wrong-password-" + i, "10.0.0.2").status()).isEqualTo(401);
    }
    // the third failure locks the account and says so
    assertThat(tokenFor(account.username(), "wrong-password-2", "10.0.0.2").status()).isEqualTo(429);
    var locked = tokenFor(account.username(), account.password(), "10.0.0.2");
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.header("Retry-After")).isNotNull();
    assertThat(locked.json().get("detail").asString()).contains("locked");

    clock.advance(Duration.ofMinutes(16));
    assertThat(tokenFor(account.username(), account.password(), "10.0.0.2").status()).isEqualTo(201);
  }

  @Test
  void anAddressThatFailsTooOftenIsThrottledWhateverTheAccount() {
    // behind a proxy on the loopback address, X-Forwarded-For names the client: this one fails 8 times
    for (int i = 0; i < 8; i++) {
      assertThat(tokenFor("nobody-" + i, "wrong-password-123", "10.0.0.3").status()).isIn(401, 429);
    }
    var account = accounts.create("CHE:PARTICIPANT");
    var throttled = tokenFor(account.username(), account.password(), "10.0.0.3");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.json().get("detail").asString()).contains("address");
    clock.advance(Duration.ofMinutes(16));
    assertThat(tokenFor(account.username(), account.password(), "10.0.0.3").status()).isEqualTo(201);
  }

  @Test
  void lockOutAnswersAnUnknownNameExactlyAsAnAccount() {
    var account = accounts.create("JPN:PARTICIPANT");
    var unknown = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 5; i++) {
      // each from an address of its own, so that only the lock-out (after 3) speaks, not the throttling
      var known = tokenFor(account.username(), "wrong-password-" + i, "10.0.1." + i);
      var ghost = tokenFor(unknown, "wrong-password-" + i, "10.0.2." + i);
      assertThat(ghost.status()).as("attempt %d", i + 1).isEqualTo(known.status()).isEqualTo(i < 2 ? 401 : 429);
      assertThat(ghost.header("Retry-After")).isEqualTo(known.header("Retry-After"));
      assertThat(ghost.json().get("title")).isEqualTo(known.json().get("title"));
      assertThat(ghost.json().get("detail")).isEqualTo(known.json().get("detail"));
    }
    clock.advance(Duration.ofMinutes(16));
    assertThat(tokenFor(account.username(), account.password(), "10.0.1.9").status()).isEqualTo(201);
  }

  @Test
  void signingInGivesANewSessionId() {
    var account = accounts.create("QAT:PARTICIPANT");
    var browser = Http.withCookies(port);
    var page = browser.get("/login");
    var before = browser.cookie("ENTENTE_SESSION");
    assertThat(before).as("the sign-in form's CSRF token lives in a session").isNotNull();
    browser.form("/login", Map.of("username", account.username(), "password", account.password(),
        "_csrf", Http.csrf(page.body())));
    var after = browser.cookie("ENTENTE_SESSION");
    assertThat(after).isNotNull().isNotEqualTo(before);
  }

  @Test
  void formsRefuseAPostWithoutItsCsrfToken() {
    var account = accounts.create("NLD:PARTICIPANT");
    var browser = Http.withCookies(port);
    browser.get("/login");
    var forged = browser.form("/login", Map.of("username", account.username(), "password", account.password()));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(browser.get("/").body()).doesNotContain("id=\"sign-out\"");
  }

  @Test
  void signingOutEndsTheSession() {
    var account = accounts.create("GEO:PARTICIPANT");
    var browser = Http.withCookies(port);
    var page = browser.get("/login");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(),
        "_csrf", Http.csrf(page.body())));
    var home = browser.get("/");
    var out = browser.form("/logout", Map.of("_csrf", Http.csrf(home.body())));
    assertThat(out.header("Location")).endsWith("/login?signedOut");
    assertThat(browser.get("/users").status()).isEqualTo(302);
  }

  @Test
  void sessionsEndAfterTheirAbsoluteLifetimeHoweverActive() {
    var account = accounts.create("GEO:NATIONAL_COORDINATOR");
    var browser = Http.withCookies(port);
    var page = browser.get("/login");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(),
        "_csrf", Http.csrf(page.body())));
    assertThat(browser.get("/users").status()).isEqualTo(200);
    clock.advance(Duration.ofHours(8).plusMinutes(1));
    assertThat(browser.get("/users").status()).as("back to the sign-in page").isEqualTo(302);
  }
}
