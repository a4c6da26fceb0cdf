package org.entente.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The network page draws its centres' nations on the world map in Chromium (a visitor, at 375 px, in French), the
 * table beside it staying the text alternative.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CentresMapBrowserTest {

  @LocalServerPort int port;

  @Test
  void theNetworkOnTheMap() {
    var http = new Http(port);
    var mtep = new Mtep(http);
    Mtep.ok(mtep.send("PUT", "/api/v1/exercises/centres/SWEDINT", Map.of("accreditation", "ACCREDITED", "on", "2014-03-01"), mtep.board));
    try (var browser = Browser.open("fr-FR")) {
      var driver = browser.driver();
      driver.manage().window().setSize(new Dimension(375, 800));
      driver.get("http://localhost:" + port + "/exercises/centres?lang=fr");
      assertThat(driver.findElement(By.cssSelector("#network-nations tr[data-code='SWE'] th")).getText()).isEqualTo("Suède");
      browser.waiting().until(d -> d.findElement(By.id("centres-map")).getAttribute("data-nations") != null);
      assertThat(driver.findElement(By.id("centres-map")).getAttribute("data-nations")).contains("SWE");
      browser.screenshot("centres-map-375-fr");
      var overflow = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth");
      assertThat(overflow).as("no horizontal scrolling at 375 px").isLessThanOrEqualTo(0L);
      browser.clickToNavigate(By.cssSelector("#centre-SWEDINT .centre-name a"));
      assertThat(driver.findElement(By.id("centre-title")).getAttribute("data-code")).isEqualTo("SWEDINT");
    }
  }
}
