package org.entente.emergencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The EADRU register's story in Chromium: a nation's coordinator registers its search and rescue team on the
 * register's page; a stricken nation's request with a search and rescue need is disseminated; the request's page
 * suggests the team against that need; the coordinator offers from it (the form filled from the entry) and the
 * offer line stands on the board. The register's page fits a 375 px screen, in French too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapabilityRegisterBrowserTest {

  @LocalServerPort int port;

  @Test
  void aRegisteredTeamIsSuggestedForANeedAndOfferedFrom() {
    var r = new Responders(new Http(port));
    var netherlands = r.coordinator("NLD");
    var stricken = r.coordinator("ALB");
    var name = "USAR.NL heavy team " + UUID.randomUUID().toString().substring(0, 6);
    try (var browser = Browser.open("en")) {
      browser.signIn(port, netherlands);
      var d = browser.driver();
      d.get(url("/emergencies"));
      browser.clickToNavigate(By.id("register-link"));
      new Select(d.findElement(By.id("capability-kind"))).selectByValue("URBAN_SEARCH_AND_RESCUE");
      d.findElement(By.id("capability-name")).sendKeys(name);
      d.findElement(By.id("capability-size")).sendKeys("0");
      d.findElement(By.id("capability-readinessHours")).sendKeys("12");
      d.findElement(By.id("capability-selfSufficiencyDays")).sendKeys("10");
      d.findElement(By.id("capability-contact")).sendKeys("National Crisis Centre, +31 70 000 0000");
      browser.clickToNavigate(By.id("capability-submit"));
      // a wrong size is named next to its field, what was typed kept
      assertThat(d.findElement(By.id("capability-size-error")).getText()).isEqualTo("must be between 1 and 10,000");
      assertThat(d.findElement(By.id("capability-name")).getAttribute("value")).isEqualTo(name);
      d.findElement(By.id("capability-size")).clear();
      d.findElement(By.id("capability-size")).sendKeys("62");
      browser.clickToNavigate(By.id("capability-submit"));
      var row = d.findElement(By.xpath("//tr[td[normalize-space()='" + name + "']]"));
      var capability = row.getAttribute("data-capability");
      assertThat(row.getText()).contains("Netherlands", "Urban search and rescue", "62 persons", "12 h");
      assertThat(row.getAttribute("data-stale")).isEqualTo("false");

      // a request with a search and rescue need (line 1), disseminated by the centre
      var request = Responders.request("Earthquake near Durrës", 4, 200);
      @SuppressWarnings("unchecked")
      var needs = (List<Map<String, Object>>) request.get("needs");
      needs.get(0).put("item", "Heavy USAR teams");
      needs.get(0).put("category", "SEARCH_AND_RESCUE");
      needs.get(0).put("unit", "teams");
      var incident = r.disseminated(request, stricken).get("id").asString();

      d.get(url("/emergencies/" + incident));
      var suggestion = d.findElement(By.cssSelector("#capabilities li[data-match-line='1'] li[data-match='" + capability + "']"));
      assertThat(suggestion.getText()).contains("Netherlands", name, "ready in 12 h");
      browser.clickToNavigate(By.cssSelector("a[data-offer-from='" + capability + "']"));
      assertThat(d.findElement(By.id("offer-from-capability")).isDisplayed()).isTrue();
      assertThat(new Select(d.findElement(By.id("offer-needLine"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("1");
      assertThat(d.findElement(By.id("offer-quantity")).getAttribute("value")).isEqualTo("1");
      assertThat(d.findElement(By.id("offer-conditions")).getAttribute("value")).contains(name);
      browser.clickToNavigate(By.id("offer-submit"));
      var offer = d.findElement(By.cssSelector("#offers-table tr[data-donor='NLD']"));
      assertThat(offer.getAttribute("data-status")).isEqualTo("OFFERED");
      assertThat(offer.getText()).contains("Heavy USAR teams", name);

      // the register at a phone's width, in French
      d.manage().window().setSize(new Dimension(375, 800));
      d.get(url("/emergencies/capabilities?kind=URBAN_SEARCH_AND_RESCUE&lang=fr"));
      assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Registre EADRU : équipes et capacités nationales");
      assertThat(d.findElement(By.cssSelector("tr[data-capability='" + capability + "']")).getText()).contains("Pays-Bas", "62 personnes");
      var js = (JavascriptExecutor) d;
      var viewport = ((Number) js.executeScript("return window.innerWidth")).intValue();
      var width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue();
      assertThat(viewport).isLessThanOrEqualTo(375);
      assertThat(width).as("wider than the screen").isLessThanOrEqualTo(viewport);
      browser.screenshot("emergencies-register-375-fr");
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
