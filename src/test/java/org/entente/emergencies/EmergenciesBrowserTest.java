package org.entente.emergencies;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main story in two Chromium sessions side by side: the stricken nation writes its request in the form and
 * submits it; the centre disseminates it; with the stricken nation's board open, a donor offers in the other
 * session and the offer appears on the first board without a reload; the stricken nation accepts part of it and
 * the donor's page shows it accepted, again without a reload, each through the board's event stream (Server-Sent
 * Events; the page marks {@code data-live="sse"} and holds its 30 s fallback poll back meanwhile, so nothing else
 * could bring the change within the wait). The board also fits a 375 px screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmergenciesBrowserTest {

  @LocalServerPort int port;

  @Test
  void anOfferAppearsOnTheStrickenNationsBoardAndItsAcceptanceOnTheDonors() {
    var r = new Responders(new Http(port));
    var georgia = r.coordinator("GEO");
    var netherlands = r.coordinator("NLD");
    try (var stricken = Browser.open("en"); var donor = Browser.open("en")) {
      stricken.signIn(port, georgia);
      var a = stricken.driver();
      a.get(url("/emergencies"));
      stricken.clickToNavigate(By.id("new-request"));
      a.findElement(By.id("request-titleEn")).sendKeys("Floods in the Rioni valley");
      a.findElement(By.id("request-places")).sendKeys("Kutaisi; 42.2679; 42.6946");
      a.findElement(By.id("need-0-item")).sendKeys("Family tents");
      a.findElement(By.id("need-0-quantity")).sendKeys("100");
      a.findElement(By.id("need-0-unit")).sendKeys("tents");
      new Select(a.findElement(By.id("need-0-priority"))).selectByValue("HIGH");
      a.findElement(By.id("contact-0-name")).sendKeys("Emergency Management Service");
      stricken.clickToNavigate(By.id("request-submit"));
      assertThat(a.findElement(By.id("incident-status")).getText()).isEqualTo("Draft");
      var incident = a.getCurrentUrl().replaceAll(".*/emergencies/", "");
      stricken.clickToNavigate(By.cssSelector("button[data-move='SUBMITTED']"));
      r.moved(incident, "DISSEMINATED", r.centre);
      a.get(url("/emergencies/" + incident));
      assertThat(a.findElement(By.id("incident-status")).getText()).isEqualTo("Disseminated");
      // the place is drawn on the map (with JavaScript; the list of places stays for those without)
      stricken.waiting().until(ExpectedConditions.attributeToBe(By.id("incident-map"), "data-drawn", "1"));
      var heading = a.findElement(By.tagName("h1"));
      // the board listens to its event stream; while it is open the slow fallback poll is held back, so what
      // arrives below arrives through Server-Sent Events (fed by the database's NOTIFY at commit)
      stricken.waiting().until(d -> "sse".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));

      donor.signIn(port, netherlands);
      var b = donor.driver();
      b.get(url("/emergencies/" + incident));
      b.findElement(By.id("offer-quantity")).sendKeys("60");
      b.findElement(By.id("offer-conditions")).sendKeys("Airlift from Eindhoven");
      new Select(b.findElement(By.id("offer-deliveryMode"))).selectByValue("AIR");
      donor.clickToNavigate(By.id("offer-submit"));
      var donorRow = By.cssSelector("#offers-table tr[data-donor='NLD']");
      assertThat(b.findElement(donorRow).getAttribute("data-status")).isEqualTo("OFFERED");
      var donorHeading = b.findElement(By.tagName("h1"));
      donor.waiting().until(d -> "sse".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));

      // the stricken nation's board shows it without a reload
      stricken.waiting().until(ExpectedConditions.presenceOfElementLocated(donorRow));
      assertThat(heading.isDisplayed()).as("the same page, not reloaded").isTrue();
      assertThat(a.findElement(By.cssSelector("#needs-table tr[data-need='1']")).getAttribute("data-offered")).isEqualTo("60");

      var accept = a.findElement(By.cssSelector("#offers-table tr[data-donor='NLD'] input[name='acceptedQuantity']"));
      accept.clear();
      accept.sendKeys("40");
      stricken.clickToNavigate(By.cssSelector("#offers-table tr[data-donor='NLD'] button[data-accept]"));
      assertThat(a.findElement(By.cssSelector("#needs-table tr[data-need='1']")).getAttribute("data-accepted")).isEqualTo("40");

      // the donor's page shows it accepted without a reload
      donor.waiting().until(d -> "ACCEPTED".equals(d.findElement(donorRow).getAttribute("data-status")));
      assertThat(donorHeading.isDisplayed()).as("the same page, not reloaded").isTrue();
      assertThat(b.findElement(donorRow).getText()).contains("40 accepted (in part)");

      // a phone's width: nothing wider than the screen
      a.manage().window().setSize(new Dimension(375, 800));
      a.get(url("/emergencies/" + incident));
      var js = (JavascriptExecutor) a;
      var viewport = ((Number) js.executeScript("return window.innerWidth")).intValue();
      var width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue();
      var wide = js.executeScript("""
          return [...document.querySelectorAll('body *')].filter(e => !e.closest('.table-wrap')
            && e.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')""");
      assertThat(viewport).isLessThanOrEqualTo(375);
      assertThat(width).as("wider than the screen: %s", wide).isLessThanOrEqualTo(viewport);
      stricken.screenshot("emergencies-board-375");
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

}
