package org.entente.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The story in Chromium: Jordan's coordinator requests an "Allies + n" consultation on maritime
 * security with Egypt and Morocco; staff add Tunisia and put it before the Council; two members of the
 * secretariat approve it with Jordan, Egypt and Morocco only; staff schedule it, record it as held, file the
 * minutes and share the summary; Georgia sees the summary but not the minutes; Tunisia is not invited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationBrowserTest {

  @LocalServerPort int port;


  private void status(Browser browser, String status) {
    browser.waiting().ignoring(WebDriverException.class)
        .until(ExpectedConditions.attributeToBe(By.id("consultation-status"), "data-status", status));
  }

  @Test
  void jordanAsksTheCouncilApprovesWithoutTunisiaAndGeorgiaReadsOnlyTheSummary() {
    var http = new Http(port);
    var jordan = new Consulting(http, "JOR");
    var accounts = new Accounts(http);
    var egypt = accounts.create("EGY:NATIONAL_COORDINATOR");
    var tunisia = accounts.create("TUN:NATIONAL_COORDINATOR");
    var georgia = accounts.create("GEO:NATIONAL_COORDINATOR");
    var minutes = "Egypt offered a liaison officer to the maritime centre " + System.nanoTime();
    var summary = "Allies, Jordan, Egypt and Morocco reviewed maritime security " + System.nanoTime();

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, jordan.coordinator);
      browser.clickToNavigate(By.id("nav-consultations"));
      driver.findElement(By.id("consultation-subjectEn")).sendKeys("Maritime security");
      driver.findElement(By.id("consultation-subjectFr")).sendKeys("Sûreté maritime");
      new Select(driver.findElement(By.id("consultation-format"))).selectByValue("THEMATIC");
      var participants = new Select(driver.findElement(By.id("consultation-participants")));
      participants.selectByValue("EGY");
      participants.selectByValue("MAR");
      browser.clickToNavigate(By.id("request-consultation"));
      status(browser, "REQUESTED");
      var address = driver.getCurrentUrl();
      var id = address.substring(address.lastIndexOf('/') + 1);
      assertThat(driver.findElement(By.id("proposed")).getText()).contains("JOR", "EGY", "MAR");

      browser.signIn(port, jordan.staff);
      driver.get(address);
      var proposed = driver.findElement(By.id("prepare-participants"));
      proposed.clear();
      proposed.sendKeys("JOR EGY MAR TUN");
      browser.clickToNavigate(By.id("prepare-submit"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposed"), "TUN"));
      browser.clickToNavigate(By.id("move-UNDER_CONSIDERATION"));
      status(browser, "UNDER_CONSIDERATION");

      browser.signIn(port, jordan.secretariat.proposer);
      browser.clickToNavigate(By.id("nav-council"));
      browser.clickToNavigate(By.cssSelector("a[data-propose='" + id + "']"));
      var reference = org.entente.council.Secretariat.reference();
      driver.findElement(By.id("decision-reference")).sendKeys(reference);
      driver.findElement(By.id("decision-concerns")).sendKeys("JOR EGY MAR");
      new Select(driver.findElement(By.id("decision-outcome"))).selectByValue("APPROVED");
      driver.findElement(By.id("decision-textEn")).sendKeys("The Council approves a consultation on maritime security with Jordan, Egypt and Morocco.");
      driver.findElement(By.id("decision-textFr")).sendKeys("Le Conseil approuve une consultation sur la sûreté maritime avec la Jordanie, l’Égypte et le Maroc.");
      browser.clickToNavigate(By.id("propose-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='PROPOSED']")));

      browser.signIn(port, jordan.secretariat.confirmer);
      driver.get("http://localhost:" + port + "/council");
      browser.clickToNavigate(By.cssSelector("button[data-confirm='" + reference + "']"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='CONFIRMED']")));

      browser.signIn(port, jordan.staff);
      driver.get(address);
      status(browser, "APPROVED");
      assertThat(driver.findElement(By.id("consultation-decision")).getText()).isEqualTo(reference);
      assertThat(driver.findElements(By.cssSelector("#participants [data-participant]")).stream().map(e -> e.getText()).toList())
          .containsExactly("JOR", "EGY", "MAR");
      ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("meeting-startsAt")),
          LocalDate.now() + "T00:00");
      driver.findElement(By.id("meeting-place-input")).sendKeys("NATO Headquarters, Brussels");
      driver.findElement(By.id("meeting-agendaEn")).sendKeys("Opening\nSea lanes");
      driver.findElement(By.id("meeting-agendaFr")).sendKeys("Ouverture\nVoies maritimes");
      browser.clickToNavigate(By.id("meeting-submit"));
      status(browser, "SCHEDULED");
      assertThat(driver.findElement(By.id("agenda")).getText()).contains("Opening", "Sea lanes");
      browser.clickToNavigate(By.id("held-submit"));
      status(browser, "HELD");
      driver.findElement(By.id("minutes-input")).sendKeys(minutes);
      browser.clickToNavigate(By.id("minutes-submit"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes-text"), minutes));
      driver.findElement(By.id("summary-en")).sendKeys(summary);
      driver.findElement(By.id("summary-fr")).sendKeys("Résumé : sûreté maritime.");
      browser.clickToNavigate(By.id("summary-submit"));
      status(browser, "SUMMARY_SHARED");

      // a participant reads the minutes, on a phone's width too
      browser.signIn(port, egypt);
      driver.manage().window().setSize(new Dimension(375, 800));
      driver.get(address);
      status(browser, "SUMMARY_SHARED");
      assertThat(driver.findElement(By.id("minutes-text")).getText()).contains(minutes);
      browser.screenshot("consultation-375");
      var overflow = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
      var widest = ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
          + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5).join(' ')");
      assertThat(overflow).as("no horizontal scrolling at 375 px; beyond the edge: %s", widest).isLessThanOrEqualTo(0L);
      driver.manage().window().setSize(new Dimension(1280, 1000));

      browser.signIn(port, georgia);
      browser.clickToNavigate(By.id("nav-consultations"));
      assertThat(driver.findElement(By.id("public-records")).getText()).contains("Maritime security", summary);
      driver.get(address);
      assertThat(driver.getPageSource()).doesNotContain(minutes);
      assertThat(driver.findElements(By.id("consultation-status"))).isEmpty();

      browser.signIn(port, tunisia);
      driver.get(address);
      assertThat(driver.findElements(By.id("consultation-status"))).isEmpty();
      driver.get("http://localhost:" + port + "/notifications");
      assertThat(driver.getPageSource()).doesNotContain("Invitation: Maritime security");
    }
    assertThat(http.get("/api/v1/notifications", egypt.bearer()).body()).contains("Invitation: Maritime security");
  }
}
