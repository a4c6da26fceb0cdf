package org.entente.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The story in Chromium: Georgia's coordinator asks for a Building Integrity self-assessment, staff issue
 * the questionnaire, Georgia answers and submits it; staff form the peer review team (a lead and three experts)
 * and record the visit; the report is drafted, agreed by Georgia, and the follow-up plan gets an action linked to
 * a published menu activity; Jordan never reads the answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentBrowserTest {

  @LocalServerPort int port;

  private void status(Browser browser, String status) {
    browser.waiting().ignoring(WebDriverException.class)
        .until(ExpectedConditions.attributeToBe(By.id("assessment-status"), "data-status", status));
  }

  @Test
  void selfAssessmentPeerReviewAgreedReportAndAnActionLinkedToTheMenu() {
    var http = new Http(port);
    var georgia = new Assessing(http, "GEO");
    var jordan = new Accounts(http).create("JOR:NATIONAL_COORDINATOR");
    var code = Assessing.publishedActivity(http, "NSO");
    var secret = "Answer kept within the team " + System.nanoTime();

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, georgia.coordinator);
      browser.clickToNavigate(By.id("nav-integrity"));
      browser.clickToNavigate(By.id("request-assessment"));
      status(browser, "REQUESTED");
      var address = driver.getCurrentUrl();

      browser.signIn(port, georgia.staff);
      driver.get(address);
      browser.clickToNavigate(By.id("move-SAQ_ISSUED"));
      status(browser, "SAQ_ISSUED");

      browser.signIn(port, georgia.coordinator);
      driver.get(address);
      var answers = driver.findElements(By.cssSelector("#answers-form textarea"));
      assertThat(answers).hasSizeGreaterThanOrEqualTo(5);
      for (var answer : answers) answer.sendKeys(secret);
      browser.clickToNavigate(By.id("answers-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("move-SAQ_SUBMITTED")));
      browser.clickToNavigate(By.id("move-SAQ_SUBMITTED"));
      status(browser, "SAQ_SUBMITTED");
      assertThat(driver.findElement(By.id("answer-list")).getText()).contains(secret);

      browser.signIn(port, georgia.staff);
      driver.get(address);
      // a team of two is refused: the typed names are kept, the rule is said
      driver.findElement(By.id("team-0-name")).sendKeys("Team lead");
      driver.findElement(By.id("team-0-organisation")).sendKeys("IS");
      driver.findElement(By.id("team-1-name")).sendKeys("Expert of Norway");
      driver.findElement(By.id("team-1-organisation")).sendKeys("NOR");
      driver.findElement(By.id("team-1-account")).sendKeys(georgia.expert.username());
      ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("visit-from")), LocalDate.now().toString());
      driver.findElement(By.id("visit-place")).sendKeys("Ministry of Defence, Tbilisi");
      browser.clickToNavigate(By.id("visit-submit"));
      assertThat(driver.findElement(By.id("team-errors")).getText()).isNotBlank();
      assertThat(driver.findElement(By.id("team-1-name")).getAttribute("value")).isEqualTo("Expert of Norway");
      driver.findElement(By.id("team-2-name")).sendKeys("Expert of Poland");
      driver.findElement(By.id("team-2-organisation")).sendKeys("POL");
      driver.findElement(By.id("team-3-name")).sendKeys("Expert of Switzerland");
      driver.findElement(By.id("team-3-organisation")).sendKeys("CHE");
      browser.clickToNavigate(By.id("visit-submit"));
      status(browser, "VISIT_SCHEDULED");
      assertThat(driver.findElements(By.cssSelector("#team-list li"))).hasSize(4);
      browser.clickToNavigate(By.id("move-VISIT_CONDUCTED"));
      status(browser, "VISIT_CONDUCTED");
      driver.findElement(By.id("report-en")).sendKeys("Procurement lacks competition; the code of conduct is well known.");
      browser.clickToNavigate(By.id("report-submit"));
      status(browser, "REPORT_DRAFT");

      browser.signIn(port, georgia.expert);
      driver.get(address);
      status(browser, "REPORT_DRAFT");
      assertThat(driver.findElement(By.id("answer-list")).getText()).contains(secret);

      browser.signIn(port, georgia.coordinator);
      driver.get(address);
      browser.clickToNavigate(By.id("move-REPORT_AGREED"));
      status(browser, "REPORT_AGREED");

      browser.signIn(port, georgia.staff);
      driver.get(address);
      driver.findElement(By.id("action-titleEn")).sendKeys("Integrity in procurement course");
      driver.findElement(By.id("action-activity")).sendKeys(code);
      browser.clickToNavigate(By.id("action-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#action-list a[data-activity='" + code + "']")));
      browser.clickToNavigate(By.id("move-FOLLOW_UP"));
      status(browser, "FOLLOW_UP");
      browser.clickToNavigate(By.cssSelector("#action-list a[data-activity='" + code + "']"));
      assertThat(driver.getCurrentUrl()).endsWith("/menu/" + code);

      browser.signIn(port, jordan);
      driver.get(address);
      assertThat(driver.findElements(By.id("assessment-status"))).isEmpty();
      assertThat(driver.getPageSource()).doesNotContain(secret);
    }
  }
}
