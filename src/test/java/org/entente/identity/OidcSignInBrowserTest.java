package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through a partner's OpenID Provider — a real one, started here — in Chromium: the person
 * arrives as Georgia's national coordinator, and the role the provider may not assert (STAFF) is dropped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class OidcSignInBrowserTest {

  static final int ENTENTE_PORT = OpenIdProvider.freePort();
  static final int PROVIDER_PORT = OpenIdProvider.freePort();
  static ConfigurableApplicationContext provider;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    provider = OpenIdProvider.start(PROVIDER_PORT, ENTENTE_PORT, "geo");
    var registration = "spring.security.oauth2.client.registration.geo.";
    registry.add("server.port", () -> ENTENTE_PORT);
    registry.add(registration + "client-id", () -> OpenIdProvider.CLIENT);
    registry.add(registration + "client-secret", () -> OpenIdProvider.SECRET);
    registry.add(registration + "client-name", () -> "Georgia (MoD)");
    registry.add(registration + "scope", () -> "openid,profile");
    registry.add(registration + "authorization-grant-type", () -> "authorization_code");
    registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    registry.add("spring.security.oauth2.client.provider.geo.issuer-uri", () -> "http://localhost:" + PROVIDER_PORT);
    registry.add("entente.oidc.providers.geo.organisations", () -> "GEO");
    registry.add("entente.oidc.providers.geo.roles", () -> "NATIONAL_COORDINATOR,PARTICIPANT");
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.close();
    }
  }

  @Test
  void aPartnersProviderSignsItsCoordinatorInWithTheRolesItMayAssert() {
    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      driver.get("http://localhost:" + ENTENTE_PORT + "/login");
      driver.findElement(By.linkText("Georgia (MoD)")).click();

      // at the provider's own sign-in page
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
      assertThat(driver.getCurrentUrl()).startsWith("http://localhost:" + PROVIDER_PORT);
      driver.findElement(By.name("username")).sendKeys(OpenIdProvider.USER);
      driver.findElement(By.name("password")).sendKeys(OpenIdProvider.PASSWORD);
      driver.findElement(By.cssSelector("button[type=submit]")).click();

      // back at Entente, signed in
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
      assertThat(driver.getCurrentUrl()).startsWith("http://localhost:" + ENTENTE_PORT);
      assertThat(driver.findElement(By.className("who")).getText()).isEqualTo("nino@geo · GEO");
      browser.screenshot("oidc-signed-in");
    }
    // the account exists with the asserted role only
    var http = new Http(ENTENTE_PORT);
    var users = http.get("/api/v1/users?organisation=GEO", "Authorization", "Bearer " + new Accounts(http).adminToken()).json();
    var nino = java.util.stream.StreamSupport.stream(users.get("items").spliterator(), false)
        .filter(u -> u.get("username").asString().equals("nino@geo"))
        .findFirst()
        .orElseThrow();
    assertThat(nino.get("memberships").size()).isEqualTo(1);
    assertThat(nino.get("memberships").get(0).get("role").asString()).isEqualTo("NATIONAL_COORDINATOR");
    assertThat(nino.get("displayName").asString()).isEqualTo("Nino Beridze");
  }
}
