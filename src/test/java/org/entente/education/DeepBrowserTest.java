package org.entente.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.Browser;
import org.entente.Http;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18's must-show for DEEP in Chromium: staff propose Georgia's programme (a missing institution refused by its
 * field, the typed values kept), activate it and link a menu event held today; Georgia's coordinator nominates an
 * officer to it; the provider confirms the nomination and records the attendance; the programme's yearly figures
 * then show the officer who attended, read by the coordinator in French at 375 px without sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeepBrowserTest {

  @LocalServerPort int port;

  @Test
  void aDeepProgrammeWithAnEventWhoseAttendanceShowsInItsFigures() {
    var http = new Http(port);
    var deep = new Deep(http, "GEO");
    var reg = new Registrar(http, "NSO");
    var today = LocalDate.now();
    var event = reg.event(10, today);
    reg.openUntilStart(event, today);
    var officer = reg.participant(deep.coordinator, "Beridze", "Nino");
    var name = "Georgian Defence Academy " + UUID.randomUUID().toString().substring(0, 6);
    var base = "http://localhost:" + port;

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, deep.staff);
      driver.get(base + "/education");
      new Select(driver.findElement(By.id("programme-partner"))).selectByValue("GEO");
      new Select(driver.findElement(By.id("programme-kind"))).selectByValue("DEEP");
      new Select(driver.findElement(By.id("programme-type"))).selectByValue("DEFENCE_UNIVERSITY");
      driver.findElement(By.id("pillar-FACULTY_DEVELOPMENT")).click();
      browser.clickToNavigate(By.id("propose-programme"));
      assertThat(driver.findElement(By.id("programme-institution-en")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(driver.findElement(By.id("programme-institution-error")).getText()).isNotBlank();
      assertThat(driver.findElement(By.id("pillar-FACULTY_DEVELOPMENT")).isSelected()).as("the typed values are kept").isTrue();
      driver.findElement(By.id("programme-institution-en")).sendKeys(name);
      driver.findElement(By.id("programme-institution-fr")).sendKeys("Académie de défense géorgienne");
      browser.clickToNavigate(By.id("propose-programme"));
      browser.waiting().until(ExpectedConditions.attributeToBe(By.id("programme-status"), "data-status", "PROPOSED"));
      var address = driver.getCurrentUrl();
      browser.clickToNavigate(By.id("move-ACTIVE"));
      browser.waiting().until(ExpectedConditions.attributeToBe(By.id("programme-status"), "data-status", "ACTIVE"));
      driver.findElement(By.id("event-id")).sendKeys(event);
      browser.clickToNavigate(By.id("link-event"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-list li[data-event='" + event + "']")));
      assertThat(driver.findElement(By.cssSelector("#figures-table tr[data-year='" + today.getYear() + "'] td.attended")).getText()).isEqualTo("0");

      // the partner nominates its officer to the programme's event
      browser.signIn(port, deep.coordinator);
      driver.get(address);
      browser.clickToNavigate(By.cssSelector("#event-list li[data-event='" + event + "'] a"));
      browser.clickToNavigate(By.id("registration-link"));
      new Select(driver.findElement(By.id("participant"))).selectByValue(officer);
      browser.clickToNavigate(By.id("nominate"));
      browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#nominations tbody tr"), 1));

      // the provider confirms it and records the attendance
      browser.signIn(port, reg.menu.provider);
      driver.get(base + "/registration/events/" + event);
      browser.clickToNavigate(By.cssSelector("#nominations tr[data-participant*='Beridze'] .move-confirmed"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nominations tr[data-state='CONFIRMED']")));
      browser.clickToNavigate(By.cssSelector("#nominations tr[data-participant*='Beridze'] .move-attended"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nominations tr[data-state='ATTENDED']")));

      // the programme's figures show the officer who attended: in French, on a phone
      browser.signIn(port, deep.coordinator);
      driver.manage().window().setSize(new Dimension(375, 800));
      driver.get(address + "?lang=fr");
      var row = driver.findElement(By.cssSelector("#figures-table tr[data-year='" + today.getYear() + "']"));
      assertThat(row.findElement(By.cssSelector("td.events")).getText()).isEqualTo("1");
      assertThat(row.findElement(By.cssSelector("td.attended")).getText()).isEqualTo("1");
      assertThat(row.findElement(By.cssSelector("td.nations")).getText()).isEqualTo("1");
      assertThat(driver.findElement(By.id("figures-heading")).getText()).isEqualTo("Chiffres par année");
      assertThat(driver.findElement(By.id("programme-title")).getText()).isEqualTo("Académie de défense géorgienne");
      browser.screenshot("deep-figures-375-fr");
      var overflow = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
      var widest = ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll('body *')]"
          + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
          + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5).join(' ')");
      assertThat(overflow).as("no horizontal scrolling at 375 px; beyond the edge: %s", widest).isLessThanOrEqualTo(0L);
    }
  }
}
