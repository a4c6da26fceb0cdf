package org.entente.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader switches the directory to French, filters the Mediterranean Dialogue and sees it on list and map. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryBrowserTest {

  private static final List<String> MEDITERRANEAN_DIALOGUE =
      List.of("DZA", "EGY", "ISR", "JOR", "MAR", "MRT", "TUN");

  @LocalServerPort int port;

  @Test
  @SuppressWarnings("unchecked")
  void filtersTheMediterraneanDialogueInFrenchOnListAndMap() {
    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      driver.get("http://localhost:" + port + "/directory");
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Directory");

      driver.findElement(By.cssSelector("[data-language-switch]")).click();
      browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Annuaire"));
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

      new Select(driver.findElement(By.id("filter-framework"))).selectByVisibleText("Dialogue méditerranéen");
      browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#directory-table tbody tr"), 7));
      assertThat(driver.findElement(By.id("results-title")).getText()).startsWith("7 organisations au");
      var listed =
          driver.findElements(By.cssSelector("#directory-table tbody tr")).stream()
              .map(row -> row.getAttribute("data-code"))
              .sorted()
              .toList();
      assertThat(listed).isEqualTo(MEDITERRANEAN_DIALOGUE);
      assertThat(driver.getCurrentUrl()).contains("framework=MEDITERRANEAN_DIALOGUE");

      // What the map draws, read from the chart itself rather than from the page around it.
      var js = (JavascriptExecutor) driver;
      var script =
          "const c = echarts.getInstanceByDom(document.getElementById('directory-map'));"
              + "return c ? c.getOption().series[0].data.map(d => d.name).sort() : [];";
      browser.waiting().until(d -> ((List<String>) js.executeScript(script)).size() == 7);
      assertThat((List<String>) js.executeScript(script)).isEqualTo(MEDITERRANEAN_DIALOGUE);

      // The language switch follows the filtered address, so switching back keeps the filter.
      assertThat(driver.findElement(By.cssSelector("[data-language-switch]")).getAttribute("href"))
          .contains("framework=MEDITERRANEAN_DIALOGUE", "lang=en");
      assertThat(browser.screenshot("directory-mediterranean-dialogue-fr")).exists();
    }
  }
}
