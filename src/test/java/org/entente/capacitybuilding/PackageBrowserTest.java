package org.entente.capacitybuilding;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The story in Chromium: Jordan's coordinator asks for a package (a form refused keeps what was typed);
 * staff assess the needs and draft two areas, a German adviser and the funding, and put it before the Council;
 * one member of the secretariat proposes the approval and another confirms it (four eyes); staff implement it and
 * record the biennial review, whose progress per area is drawn as a chart; Georgia never reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PackageBrowserTest {

  @LocalServerPort int port;

  private void status(Browser browser, String status) {
    browser.waiting().ignoring(WebDriverException.class)
        .until(ExpectedConditions.attributeToBe(By.id("package-status"), "data-status", status));
  }

  @Test
  void jordanAsksStaffDraftTheCouncilApprovesAndTheBiennialReviewIsCharted() {
    var http = new Http(port);
    var jordan = new Packaging(http, "JOR");
    var georgia = new Accounts(http).create("GEO:NATIONAL_COORDINATOR");
    var title = "Cyber defence for Jordan " + System.nanoTime();

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, jordan.coordinator);
      browser.clickToNavigate(By.id("nav-capacity-building"));
      driver.findElement(By.id("package-titleEn")).sendKeys(title);
      browser.clickToNavigate(By.id("request-package"));
      // refused: what was typed is kept, the message sits by the field
      assertThat(driver.findElement(By.id("package-titleEn")).getAttribute("value")).isEqualTo(title);
      assertThat(driver.findElement(By.id("package-request-error")).getText()).isNotBlank();
      assertThat(driver.findElement(By.id("package-requestEn")).getAttribute("aria-invalid")).isEqualTo("true");
      driver.findElement(By.id("package-requestEn")).sendKeys("Help to protect military networks.");
      browser.clickToNavigate(By.id("request-package"));
      status(browser, "REQUESTED");
      var address = driver.getCurrentUrl();
      var id = address.substring(address.lastIndexOf('/') + 1);

      browser.signIn(port, jordan.staff);
      driver.get(address);
      browser.clickToNavigate(By.id("move-ASSESSING"));
      status(browser, "ASSESSING");
      driver.findElement(By.id("assessment-en")).sendKeys("Networks of the General Command lack protection.");
      browser.clickToNavigate(By.id("assessment-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("assessment-text")));
      for (var area : new String[] {"Cyber defence", "Counter-IED"}) {
        driver.findElement(By.id("area-nameEn")).sendKeys(area);
        driver.findElement(By.id("area-projectsEn")).sendKeys(area + " school\n" + area + " exercises");
        browser.clickToNavigate(By.id("area-submit"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-areas"), area));
      }
      // a wrong nation is refused beside its field, the name typed kept
      driver.findElement(By.id("expert-nation")).sendKeys("JOR");
      driver.findElement(By.id("expert-name")).sendKeys("Col. Anna Weber");
      browser.clickToNavigate(By.id("expert-submit"));
      assertThat(driver.findElement(By.id("expert-nation-error")).getText()).contains("JOR");
      assertThat(driver.findElement(By.id("expert-name")).getAttribute("value")).isEqualTo("Col. Anna Weber");
      driver.findElement(By.id("expert-nation")).clear();
      driver.findElement(By.id("expert-nation")).sendKeys("DEU");
      browser.clickToNavigate(By.id("expert-submit"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("contributors"), "DEU"));
      driver.findElement(By.id("funding-reference-input")).sendKeys("Partnership Trust Fund for Jordan");
      browser.clickToNavigate(By.id("funding-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("funding-reference")));
      browser.clickToNavigate(By.id("move-DRAFTED"));
      status(browser, "DRAFTED");
      browser.clickToNavigate(By.id("move-BEFORE_COUNCIL"));
      status(browser, "BEFORE_COUNCIL");

      browser.signIn(port, jordan.secretariat.proposer);
      browser.clickToNavigate(By.id("nav-council"));
      browser.clickToNavigate(By.cssSelector("a[data-propose='" + id + "']"));
      var reference = org.entente.council.Secretariat.reference();
      driver.findElement(By.id("decision-reference")).sendKeys(reference);
      driver.findElement(By.id("decision-concerns")).sendKeys("JOR");
      new Select(driver.findElement(By.id("decision-outcome"))).selectByValue("APPROVED");
      driver.findElement(By.id("decision-textEn")).sendKeys("The Council approves the Defence Capacity Building package for Jordan.");
      driver.findElement(By.id("decision-textFr")).sendKeys("Le Conseil approuve le paquet de renforcement des capacités de défense de la Jordanie.");
      browser.clickToNavigate(By.id("propose-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='PROPOSED']")));
      // the proposer does not confirm their own proposal
      assertThat(driver.findElements(By.cssSelector("button[data-confirm='" + reference + "']"))).isEmpty();

      browser.signIn(port, jordan.secretariat.confirmer);
      driver.get("http://localhost:" + port + "/council");
      browser.clickToNavigate(By.cssSelector("button[data-confirm='" + reference + "']"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='CONFIRMED']")));

      browser.signIn(port, jordan.staff);
      driver.get(address);
      status(browser, "APPROVED");
      assertThat(driver.findElement(By.id("package-decision")).getText()).isEqualTo(reference);
      browser.clickToNavigate(By.id("move-IMPLEMENTING"));
      status(browser, "IMPLEMENTING");
      browser.clickToNavigate(By.id("move-UNDER_REVIEW"));
      status(browser, "UNDER_REVIEW");
      driver.findElement(By.id("review-summaryEn")).sendKeys("The cyber school is open; counter-IED training has begun.");
      var inputs = driver.findElements(By.cssSelector("#review-form input[type=number]"));
      assertThat(inputs).hasSize(2);
      inputs.get(0).sendKeys("70");
      inputs.get(1).sendKeys("35");
      browser.clickToNavigate(By.id("review-submit"));
      status(browser, "IMPLEMENTING");
      assertThat(driver.findElement(By.id("progress-areas")).getText()).contains("70 %", "35 %");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.chart[data-chart-for='progress-areas'] canvas")));
      assertThat(driver.findElements(By.cssSelector("article.review"))).hasSize(1);

      // on a phone's width, in French
      driver.manage().window().setSize(new Dimension(375, 800));
      driver.get(address + "?lang=fr");
      status(browser, "IMPLEMENTING");
      browser.screenshot("capacity-package-375");
      var overflow = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
      var widest = ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
          + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5).join(' ')");
      assertThat(overflow).as("no horizontal scrolling at 375 px; beyond the edge: %s", widest).isLessThanOrEqualTo(0L);
      driver.manage().window().setSize(new Dimension(1280, 1000));

      browser.signIn(port, georgia);
      driver.get(address);
      assertThat(driver.findElements(By.id("package-status"))).isEmpty();
      assertThat(driver.getPageSource()).doesNotContain(title);
    }
    assertThat(http.get("/api/v1/notifications", jordan.coordinator.bearer()).body()).contains(title);
  }
}
