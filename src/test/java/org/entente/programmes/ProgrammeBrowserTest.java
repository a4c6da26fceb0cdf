package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole round in Chromium: Georgia's coordinator drafts a programme with five menu activities and submits
 * it; staff return it with a comment; the partner revises and agrees; one member of the secretariat proposes
 * the Council decision and another confirms it; the programme is active and its PDF downloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeBrowserTest {

  @LocalServerPort int port;


  private void status(Browser browser, String status) {
    browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.attributeToBe(By.id("programme-status"), "data-status", status));
  }

  @Test
  void draftedReturnedAgreedApprovedActiveAndDownloaded() throws Exception {
    var drafting = new Drafting(new Http(port), "GEO", 6);
    var codes = drafting.activities;
    var year = LocalDate.now().getYear();

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, drafting.coordinator);
      browser.clickToNavigate(By.id("nav-programmes"));
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("programme-type"))).selectByValue("ITPP");
      ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("programme-starts")), year + "-01-01");
      browser.clickToNavigate(By.id("create-programme"));
      status(browser, "DRAFT");
      var address = driver.getCurrentUrl();

      driver.findElement(By.id("objective-en")).sendKeys("Interoperable border guard units");
      driver.findElement(By.id("objective-fr")).sendKeys("Des unités de garde-frontières interopérables");
      browser.clickToNavigate(By.id("add-objective-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".objectives li[data-key='O1']")));

      for (var code : codes.subList(0, 5)) {
        driver.findElement(By.id("menu-q")).sendKeys(code);
        driver.findElement(By.id("menu-search-submit")).click();
        browser.clickToNavigate(By.cssSelector("button[data-add='" + code + "']"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#planned-table tr[data-code='" + code + "']")));
      }
      assertThat(driver.findElements(By.cssSelector("#planned-table tbody tr"))).hasSize(5);
      var seats = driver.findElement(By.id("planned-" + codes.get(0) + "-" + year));
      seats.clear();
      seats.sendKeys("4");
      browser.clickToNavigate(By.id("plan-" + codes.get(0)));
      browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.attributeToBe(By.id("planned-" + codes.get(0) + "-" + year), "value", "4"));
      browser.clickToNavigate(By.id("move-SUBMITTED"));
      status(browser, "SUBMITTED");

      browser.signIn(port, drafting.staff);
      driver.get(address);
      browser.clickToNavigate(By.id("move-IN_REVIEW"));
      status(browser, "IN_REVIEW");
      driver.findElement(By.id("comment-RETURNED")).sendKeys("Plan two officers on the first course, not four.");
      browser.clickToNavigate(By.id("move-RETURNED"));
      status(browser, "RETURNED");

      browser.signIn(port, drafting.coordinator);
      driver.get(address);
      assertThat(driver.findElement(By.id("review")).getText()).contains("Plan two officers on the first course, not four.");
      seats = driver.findElement(By.id("planned-" + codes.get(0) + "-" + year));
      seats.clear();
      seats.sendKeys("2");
      browser.clickToNavigate(By.id("plan-" + codes.get(0)));
      browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.attributeToBe(By.id("planned-" + codes.get(0) + "-" + year), "value", "2"));
      browser.clickToNavigate(By.id("move-AGREED"));
      status(browser, "AGREED");
      var id = address.substring(address.lastIndexOf('/') + 1);

      browser.signIn(port, drafting.secretariat.proposer);
      browser.clickToNavigate(By.id("nav-council"));
      browser.clickToNavigate(By.cssSelector("a[data-propose='" + id + "']"));
      var reference = org.entente.council.Secretariat.reference();
      driver.findElement(By.id("decision-reference")).sendKeys(reference);
      driver.findElement(By.id("decision-textEn")).sendKeys("The Council approves Georgia’s programme.");
      driver.findElement(By.id("decision-textFr")).sendKeys("Le Conseil approuve le programme de la Géorgie.");
      // the subject comes from the agenda already chosen; the outcome is the secretary's to choose (no default)
      assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("decision-subject"))).getFirstSelectedOption()
          .getAttribute("value")).isEqualTo("PROGRAMME:" + id);
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("decision-outcome"))).selectByValue("APPROVED");
      browser.clickToNavigate(By.id("propose-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='PROPOSED']")));
      assertThat(driver.findElements(By.cssSelector("button[data-confirm='" + reference + "']"))).as("not by its proposer").isEmpty();

      browser.signIn(port, drafting.secretariat.confirmer);
      driver.get("http://localhost:" + port + "/council");
      browser.clickToNavigate(By.cssSelector("button[data-confirm='" + reference + "']"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='CONFIRMED']")));

      browser.signIn(port, drafting.coordinator);
      driver.get(address);
      status(browser, "ACTIVE");
      assertThat(driver.findElement(By.id("programme-decision")).getText()).isEqualTo(reference);
      browser.screenshot("programme-active");
      driver.findElement(By.id("download-pdf")).click();
      var pdf = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
        try (var files = Files.list(browser.downloads())) {
          return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
          return null;
        }
      });
      try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
            .contains("Interoperable border guard units", "NATO UNCLASSIFIED — Releasable to GEO", reference);
      }
    }
  }
}
