package org.entente.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main story in Chromium: NSO's manager runs the allocation of an oversubscribed course from the
 * prioritisation pages; Jordan's coordinator reads, in French at 375 px, why its nominees missed their seats (and
 * nothing of Georgia's); the manager applies the run and the nominations move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AllocationBrowserTest {

  @LocalServerPort int port;

  @Test
  void runReadTheExplanationInFrenchApplyAndSeeTheNominationsMoved() {
    var http = new Http(port);
    var p = new Priorities(http);
    var reg = new Registrar(http, "NSO");
    AllocationRunsIntegrationTest.profile(p, "GEO", 100);
    AllocationRunsIntegrationTest.profile(p, "JOR", 0);
    var event = reg.event(2);
    var coordinators = new HashMap<String, Accounts.Account>();
    var ids = AllocationRunsIntegrationTest.oversubscribed(reg, event, coordinators, "JOR", "JOR", "GEO", "GEO");
    var provider = reg.menu.provider;

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, provider);
      browser.clickToNavigate(By.id("nav-prioritisation"));
      browser.clickToNavigate(By.id("runs-link"));
      var box = driver.findElement(By.id("event-" + event));
      if (!box.isSelected()) box.click();
      for (var other : driver.findElements(By.cssSelector("input[name=events]"))) {
        if (!other.getAttribute("value").equals(event) && other.isSelected()) other.click();
      }
      browser.clickToNavigate(By.id("run-submit"));
      // solved in the background: the page polls its progress (htmx) and reloads itself once the run is proposed
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(90)).ignoring(WebDriverException.class)
          .until(ExpectedConditions.attributeToBe(By.id("run-status"), "data-status", "PROPOSED"));
      var address = driver.getCurrentUrl();
      assertThat(driver.findElement(By.id("nations-table")).getText()).contains("Georgia", "Jordan");
      assertThat(driver.findElement(By.id("outcome-" + ids.get(2))).getAttribute("data-seated")).isEqualTo("true");

      // Jordan's coordinator, in French at 375 px: its own nominations and why, nothing of Georgia's
      browser.signIn(port, coordinators.get("JOR"));
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
      driver.get(address + "?lang=fr");
      var explanation = driver.findElement(By.id("outcome-" + ids.get(0))).getText();
      assertThat(explanation).contains("Non retenue", "Devancée");
      assertThat(driver.findElements(By.id("outcome-" + ids.get(2)))).isEmpty();
      assertThat(driver.getPageSource()).doesNotContain("GEO").doesNotContain("Géorgie");
      var wide = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(wide).isLessThanOrEqualTo(0L);
      assertThat(driver.findElements(By.id("apply-submit"))).isEmpty();

      // the manager applies it: the nominations move
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
      browser.signIn(port, provider);
      driver.get(address + "?lang=en");
      browser.clickToNavigate(By.id("apply-submit"));
      browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.attributeToBe(By.id("run-status"), "data-status", "APPLIED"));
    }
    assertThat(reg.state(ids.get(2), provider)).isEqualTo("CONFIRMED");
    assertThat(reg.state(ids.get(3), provider)).isEqualTo("CONFIRMED");
    assertThat(reg.state(ids.get(0), provider)).isEqualTo("WAITLISTED");
  }
}
