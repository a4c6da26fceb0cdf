package org.entente.science;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff's pages in Chromium: a call drafted through the form (a refused date named beside its field, what was typed
 * kept), published; the review panel kept through its page: a coordinator nominates an expert of their nation (an
 * unknown username refused in place), staff appoint them; at 375 px in French without sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScienceStaffPagesBrowserTest {

  @LocalServerPort int port;

  private static void type(Browser browser, String id, String value) {
    var field = browser.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /** Sets a date input's value (Chromium's date widget takes keys in the locale's order). */
  private static void date(Browser browser, String id, LocalDate value) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)),
        value.toString());
  }

  private static long overflow(Browser browser) {
    return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
  }

  @Test
  void staffDraftAndPublishACallAndKeepThePanel() {
    var sps = new Sps(new Http(port));
    var accounts = new Accounts(new Http(port));
    var coordinator = accounts.create("NOR:NATIONAL_COORDINATOR");
    var expert = accounts.create("NOR:PARTICIPANT");
    var title = "Staff call " + UUID.randomUUID().toString().substring(0, 6);
    var today = LocalDate.now();
    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, sps.staff);
      browser.clickToNavigate(By.id("nav-science"));
      browser.clickToNavigate(By.id("new-call-link"));
      type(browser, "call-title-en", title);
      type(browser, "call-title-fr", "Appel du personnel");
      driver.findElement(By.id("call-priority-CYBER_DEFENCE")).click();
      driver.findElement(By.id("call-priority-ENERGY_SECURITY")).click();
      driver.findElement(By.id("call-mechanism-ARW")).click();
      date(browser, "call-deadline", today.plusMonths(2));
      date(browser, "call-panelFrom", today.plusMonths(1)); // before the deadline: refused
      date(browser, "call-panelTo", today.plusMonths(3));
      browser.clickToNavigate(By.id("call-submit"));
      assertThat(driver.findElement(By.id("call-panelFrom")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(driver.findElement(By.id("call-panelFrom-error")).getText()).isNotBlank();
      assertThat(driver.findElement(By.id("call-title-en")).getAttribute("value")).isEqualTo(title);
      assertThat(driver.findElement(By.id("call-priority-ENERGY_SECURITY")).isSelected()).isTrue();
      assertThat(driver.findElement(By.id("call-mechanism-ARW")).isSelected()).isTrue();
      assertThat(driver.findElement(By.id("call-deadline")).getAttribute("value")).isEqualTo(today.plusMonths(2).toString());
      date(browser, "call-panelFrom", today.plusMonths(2).plusDays(10));
      browser.clickToNavigate(By.id("call-submit"));
      assertThat(driver.findElement(By.id("call-state")).getAttribute("data-state")).isEqualTo("DRAFT");
      var address = driver.getCurrentUrl().replaceAll("\\?.*", "");
      var id = address.substring(address.lastIndexOf('/') + 1);
      // a draft is not public
      assertThat(new Http(port).get("/api/v1/science/calls/" + id).status()).isEqualTo(404);
      browser.clickToNavigate(By.id("publish-submit"));
      assertThat(driver.findElement(By.id("call-state")).getAttribute("data-state")).isEqualTo("PUBLISHED");
      assertThat(driver.findElements(By.id("publish-submit"))).isEmpty();
      var published = new Http(port).get("/api/v1/science/calls/" + id);
      assertThat(published.status()).isEqualTo(200);
      assertThat(published.json().get("mechanisms").toString()).isEqualTo("[\"ARW\"]");

      // a coordinator nominates their expert; an unknown username is refused beside the field
      browser.signIn(port, coordinator);
      driver.get("http://localhost:" + port + "/science");
      browser.clickToNavigate(By.id("panel-link"));
      type(browser, "nominate-account", "nobody-" + UUID.randomUUID().toString().substring(0, 6));
      browser.clickToNavigate(By.id("nominate-submit"));
      assertThat(driver.findElement(By.id("nominate-account")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(driver.findElements(By.id("appoint-" + expert.id()))).isEmpty(); // coordinators do not appoint
      type(browser, "nominate-account", expert.username());
      browser.clickToNavigate(By.id("nominate-submit"));
      assertThat(driver.findElement(By.cssSelector("#panel-table tr[data-account='" + expert.id() + "']")).getText()).contains("NOR");

      // staff appoint the expert
      browser.signIn(port, sps.staff);
      driver.get("http://localhost:" + port + "/science/panel");
      browser.clickToNavigate(By.id("appoint-" + expert.id() + "-submit"));
      browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("appoint-" + expert.id() + "-submit")));
      assertThat(driver.findElement(By.cssSelector("#panel-table tr[data-account='" + expert.id() + "'] .badge")).getText()).isEqualTo("Appointed");

      // at 375 px, in French
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
      for (var page : new String[] {"/science/panel?lang=fr", "/science/calls/new?lang=fr", "/science/calls/" + id + "?lang=fr"}) {
        driver.get("http://localhost:" + port + page);
        assertThat(overflow(browser)).as(page).isLessThanOrEqualTo(0L);
      }
    }
  }
}
