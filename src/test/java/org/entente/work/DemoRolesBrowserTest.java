package org.entente.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.work.DemoInstallation.count;
import static org.entente.work.DemoInstallation.follow;
import static org.entente.work.DemoInstallation.item;

import org.entente.Browser;
import org.entente.Http;
import org.entente.database.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo role in Chromium on a demo installation: signs in with its demo account, finds its items on the
 * start page, follows one to the place where it is done, does it, and sees the item gone (or counted one
 * less). The roles act on different things, so that the order of the tests does not matter. The participant's
 * role is {@code registration.ParticipantFlowBrowserTest} (same installation).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"entente.demo=true", "entente.demo.activities=300", "entente.test.installation=daily-work"})
class DemoRolesBrowserTest {

  @LocalServerPort int port;
  @Autowired DataDirectory data;
  DemoInstallation demo;

  @BeforeEach
  void demo() {
    demo = new DemoInstallation(port, data);
  }

  @Test
  void nationalCoordinatorSubmitsTheDraftProgrammeThatAwaitsThem() {
    try (var browser = Browser.open("en")) {
      demo.signIn(browser, "geo.national-coordinator");
      assertThat(browser.driver().findElement(By.id("work-registration")).getText()).isNotBlank();
      var awaiting = count(browser, "programmes.awaiting-move");
      assertThat(awaiting).isPositive();
      // Georgia's one draft: the item leads straight to it
      follow(browser, "programmes.awaiting-move");
      assertThat(browser.driver().getCurrentUrl()).matches(".*/programmes/[0-9a-f-]{36}.*");
      browser.clickToNavigate(By.id("move-SUBMITTED"));
      demo.start(browser);
      assertThat(count(browser, "programmes.awaiting-move")).isEqualTo(awaiting - 1);
      browser.screenshot("work-national-coordinator");
    }
  }

  @Test
  void providerManagerDecidesANominationFromTheConsole() {
    try (var browser = Browser.open("en")) {
      demo.signIn(browser, "nso.provider-manager");
      var toDecide = count(browser, "registration.to-decide");
      assertThat(toDecide).isPositive();
      follow(browser, "registration.to-decide");
      var driver = browser.driver();
      assertThat(driver.getCurrentUrl()).contains("/registration/console");
      var row = driver.findElement(By.cssSelector("#pending-nominations tr[data-state='NOMINATED']"));
      row.findElement(By.cssSelector("input[type='checkbox']")).click();
      new Select(driver.findElement(By.id("decision"))).selectByValue("WAITLISTED");
      browser.clickToNavigate(By.id("decide"));
      var outcome = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#done, #problem")));
      assertThat(outcome.getAttribute("id")).as(outcome.getText()).isEqualTo("done");
      demo.start(browser);
      assertThat(count(browser, "registration.to-decide")).isEqualTo(toDecide - 1);
      browser.screenshot("work-provider-manager");
    }
  }

  @Test
  void staffReturnAProgrammeInReview() {
    try (var browser = Browser.open("en")) {
      demo.signIn(browser, "is.staff");
      var inReview = count(browser, "programmes.in-review");
      assertThat(inReview).isEqualTo(1);
      follow(browser, "programmes.in-review");
      var driver = browser.driver();
      driver.findElement(By.id("comment-RETURNED")).sendKeys("Please name a measurable target for each objective.");
      browser.clickToNavigate(By.id("move-RETURNED"));
      demo.start(browser);
      assertThat(count(browser, "programmes.in-review")).isZero();
      assertThat(item(browser, "programmes.in-review").getText()).isEqualTo("No programme is in review.");
      browser.screenshot("work-staff");
    }
  }

  @Test
  void councilSecretariatProposesADecisionOnTheAgenda() {
    try (var browser = Browser.open("en")) {
      demo.signIn(browser, "nac.council-secretariat");
      var toPropose = count(browser, "council.to-propose");
      assertThat(toPropose).isPositive();
      follow(browser, "council.to-propose");
      var driver = browser.driver();
      browser.clickToNavigate(By.cssSelector("#agenda [data-propose]"));
      driver.findElement(By.id("decision-reference")).sendKeys("PO(2026)0777");
      driver.findElement(By.id("decision-textEn")).sendKeys("The Council approves the programme.");
      new Select(driver.findElement(By.id("decision-outcome"))).selectByValue("APPROVED");
      browser.clickToNavigate(By.id("propose-submit"));
      demo.start(browser);
      assertThat(count(browser, "council.to-propose")).isEqualTo(toPropose - 1);
      browser.screenshot("work-council-secretariat");
    }
    // the other member now finds it to confirm
    try (var browser = Browser.open("en")) {
      demo.signIn(browser, "is.council-secretariat");
      assertThat(count(browser, "council.to-confirm")).isPositive();
    }
  }

  @Test
  void auditorSeesTheChainIntactAndReviewsARefusal() {
    var http = new Http(port);
    var token = http.send("POST", "/api/v1/auth/token",
        "{\"username\":\"jpn.participant\",\"password\":\"" + demo.password("jpn.participant") + "\"}", "Content-Type", "application/json")
        .json().get("token").asString();
    try (var browser = Browser.open("en")) {
      demo.signIn(browser, "is.auditor");
      assertThat(item(browser, "audit.chain").getText()).startsWith("The audit trail’s chain is intact");
      var refusals = count(browser, "audit.refusals");
      assertThat(http.get("/api/v1/audit", "Authorization", "Bearer " + token).status()).isEqualTo(403);
      demo.start(browser);
      assertThat(count(browser, "audit.refusals")).isEqualTo(refusals + 1);
      follow(browser, "audit.refusals");
      assertThat(browser.driver().findElement(By.id("refusals")).getText()).contains("jpn.participant");
      browser.clickToNavigate(By.id("mark-reviewed"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
      browser.screenshot("work-auditor");
      demo.start(browser);
      assertThat(count(browser, "audit.refusals")).isZero();
      assertThat(item(browser, "audit.refusals").getText()).isEqualTo("No refused access since the last review.");
    }
  }

  @Test
  void administratorUnlocksALockedAccount() {
    var http = new Http(port);
    for (int i = 0; i < 5; i++) {
      assertThat(http.send("POST", "/api/v1/auth/token", "{\"username\":\"jor.participant\",\"password\":\"not-it-" + i + "\"}",
          "Content-Type", "application/json").status()).isIn(401, 429); // the fifth locks the account
    }
    try (var browser = Browser.open("en")) {
      demo.signIn(browser, "is.admin");
      assertThat(count(browser, "identity.locked")).isEqualTo(1);
      assertThat(count(browser, "identity.granted")).isPositive();
      follow(browser, "identity.locked");
      browser.clickToNavigate(By.id("unlock"));
      demo.start(browser);
      assertThat(count(browser, "identity.locked")).isZero();
      assertThat(item(browser, "identity.locked").getText()).isEqualTo("No account is locked.");
      browser.screenshot("work-administrator");
    }
    assertThat(http.send("POST", "/api/v1/auth/token",
        "{\"username\":\"jor.participant\",\"password\":\"" + demo.password("jor.participant") + "\"}", "Content-Type", "application/json")
        .status()).isEqualTo(201);
  }
}
