package org.entente.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The MTEP story in Chromium: the planning board drafts a version, adds an exercise with its three planning
 * conferences and its menu exercise (a wrong date refused by its field, the typed values kept), circulates and
 * approves it; Georgia's coordinator then finds the exercise on the timeline, in French at 375 px without sideways
 * scrolling, opens it with its conferences, follows it to its menu activity and nominates an officer to its event,
 * and downloads the plan as XLSX; Jordan's does not see it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MtepBrowserTest {

  @LocalServerPort int port;

  private static void set(org.openqa.selenium.WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
  }

  @Test
  void draftedApprovedAndReadByAPartnerInFrenchOnAPhone() throws Exception {
    var http = new Http(port);
    var mtep = new Mtep(http);
    var georgia = mtep.accounts.create("GEO:NATIONAL_COORDINATOR");
    var jordan = mtep.accounts.create("JOR:NATIONAL_COORDINATOR");
    var menu = Mtep.menuExercise(http, "NSO");
    // the menu exercise's event, open to nominations, and a Georgian officer to nominate to it
    var exerciseEvent = new org.entente.catalogue.Menu(http, "NSO").addEvent(menu, java.time.LocalDate.now().plusDays(45), 12).get("id").asString();
    var officer = new org.entente.registration.Registrar(http, "NSO").participant(georgia, "Gelashvili", "Giorgi");
    var code = Mtep.unique("BRW");
    var name = "Caucasus Guardian " + code;

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, mtep.board);
      browser.clickToNavigate(By.id("nav-exercises"));
      browser.clickToNavigate(By.id("versions-link"));
      driver.findElement(By.id("first-year")).clear();
      driver.findElement(By.id("first-year")).sendKeys("2027");
      browser.clickToNavigate(By.id("draft-version"));
      browser.waiting().until(ExpectedConditions.attributeToBe(By.id("version-status"), "data-status", "DRAFT"));
      var address = driver.getCurrentUrl();

      driver.findElement(By.id("exercise-code")).sendKeys(code);
      driver.findElement(By.id("exercise-nameEn")).sendKeys(name);
      driver.findElement(By.id("exercise-nameFr")).sendKeys("Gardien du Caucase " + code);
      driver.findElement(By.id("exercise-place")).sendKeys("Vaziani");
      driver.findElement(By.id("exercise-invited")).sendKeys("GEO UKR");
      driver.findElement(By.id("exercise-activity")).sendKeys(menu);
      set(driver, "exercise-startsOn", "2035-06-01"); // outside the version's years
      set(driver, "exercise-endsOn", "2035-06-10");
      set(driver, "ipc-starts", "2027-09-14");
      driver.findElement(By.id("ipc-place")).sendKeys("Stavanger");
      set(driver, "mpc-starts", "2027-12-07");
      driver.findElement(By.id("mpc-place")).sendKeys("Tbilisi");
      set(driver, "fpc-starts", "2028-03-15");
      driver.findElement(By.id("fpc-place")).sendKeys("Tbilisi");
      browser.clickToNavigate(By.id("add-exercise"));
      assertThat(driver.findElement(By.id("exercise-startsOn")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(driver.findElement(By.id("exercise-startsOn-error")).getText()).contains("2027");
      assertThat(driver.findElement(By.id("exercise-nameEn")).getAttribute("value")).isEqualTo(name);
      set(driver, "exercise-startsOn", "2028-05-08");
      set(driver, "exercise-endsOn", "2028-05-19");
      browser.clickToNavigate(By.id("add-exercise"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("conferences-table")));
      assertThat(driver.findElements(By.cssSelector("#conferences-table tbody tr"))).hasSize(3);

      driver.get(address);
      browser.clickToNavigate(By.id("move-CIRCULATED"));
      browser.waiting().until(ExpectedConditions.attributeToBe(By.id("version-status"), "data-status", "CIRCULATED"));
      browser.clickToNavigate(By.id("move-APPROVED"));
      browser.waiting().ignoring(WebDriverException.class)
          .until(ExpectedConditions.attributeToBe(By.id("version-status"), "data-status", "APPROVED"));

      browser.signIn(port, georgia);
      browser.clickToNavigate(By.id("nav-exercises"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline .gantt-row[data-code='" + code + "']")));
      assertThat(driver.findElements(By.cssSelector(".gantt-row[data-code='" + code + "'] rect.gantt-conference"))).hasSize(3);

      // on a phone's width, in French
      driver.manage().window().setSize(new Dimension(375, 800));
      driver.get("http://localhost:" + port + "/exercises?lang=fr");
      var row = driver.findElement(By.cssSelector(".gantt-row[data-code='" + code + "']"));
      assertThat(row.getText()).contains("Gardien du Caucase", "Exercice réel");
      browser.screenshot("mtep-timeline-375-fr");
      var overflow = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
      var widest = ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
          + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5).join(' ')");
      assertThat(overflow).as("no horizontal scrolling at 375 px; beyond the edge: %s", widest).isLessThanOrEqualTo(0L);
      row.findElement(By.tagName("a")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("conferences-table")));
      assertThat(driver.findElement(By.id("conferences-table")).getText()).contains("Conférence initiale de planification", "Stavanger");
      assertThat(driver.findElement(By.id("exercise-activity")).getText()).isEqualTo(menu);
      // the partner follows the exercise to its menu activity and nominates an officer to its event
      browser.clickToNavigate(By.id("exercise-activity"));
      browser.clickToNavigate(By.cssSelector("#events-table a[href='/menu/events/" + exerciseEvent + "']"));
      browser.clickToNavigate(By.id("registration-link"));
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("participant"))).selectByValue(officer);
      browser.clickToNavigate(By.id("nominate"));
      browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#nominations tbody tr"), 1));
      assertThat(driver.findElement(By.id("nominations")).getText()).contains("Gelashvili");
      driver.manage().window().setSize(new Dimension(1280, 1000));

      driver.get("http://localhost:" + port + "/exercises");
      driver.findElement(By.id("plan-xlsx")).click();
      var xlsx = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
        try (var files = Files.list(browser.downloads())) {
          return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
          return null;
        }
      });
      try (var workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
        var sheet = workbook.getSheetAt(0);
        var found = false;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          if (sheet.getRow(r).getCell(0).getStringCellValue().equals(code)) {
            found = true;
            assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo(name);
            assertThat(sheet.getRow(r).getCell(13).getStringCellValue()).isEqualTo("X"); // 2028
          }
        }
        assertThat(found).as("the exercise is a row of the downloaded plan").isTrue();
      }

      browser.signIn(port, jordan);
      driver.get("http://localhost:" + port + "/exercises");
      assertThat(driver.getPageSource()).doesNotContain(name);
    }
    assertThat(http.get("/api/v1/notifications", georgia.bearer()).body()).contains("Version");
  }
}
