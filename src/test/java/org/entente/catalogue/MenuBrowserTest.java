package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A national coordinator searches the menu in French, narrows by area and month, and opens an event. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MenuBrowserTest {

  @LocalServerPort int port;

  @Test
  void aCoordinatorFindsAnEventInFrench() {
    var http = new Http(port);
    var menu = new Menu(http, "NSO");
    var code = Menu.uniqueCode("NSO-BRW");
    // a word only this test's two activities carry, so that the facet counts below are exactly theirs
    var word = "zorb" + new java.util.Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    var draft = Menu.draft(code, "NSO");
    draft.put("title", Map.of("en", "Border security in practice", "fr", "La sécurité des frontières en pratique"));
    draft.put("summary", Map.of("en", "Practice " + word, "fr", "Pratique " + word));
    draft.put("areas", List.of("BORDER_SECURITY"));
    menu.publish(draft);
    var starts = LocalDate.now().plusMonths(3).withDayOfMonth(12);
    var event = menu.addEvent(code, starts, 18).get("id").asString();
    var other = Menu.uniqueCode("NSO-BRX");
    var otherDraft = Menu.draft(other, "NSO");
    otherDraft.put("title", Map.of("en", "Maritime security", "fr", "Sécurité maritime"));
    otherDraft.put("summary", Map.of("en", "Practice " + word, "fr", "Pratique " + word));
    otherDraft.put("areas", List.of("MARITIME_SECURITY"));
    menu.publish(otherDraft);
    menu.addEvent(other, starts.plusMonths(1), 18);
    var coordinator = new Accounts(http).create("GEO:NATIONAL_COORDINATOR");

    try (var browser = Browser.open("fr-FR")) {
      var driver = browser.driver();
      driver.get("http://localhost:" + port + "/login?lang=fr");
      driver.findElement(By.id("username")).sendKeys(coordinator.username());
      driver.findElement(By.id("password")).sendKeys(coordinator.password());
      driver.findElement(By.id("sign-in-submit")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));

      driver.get("http://localhost:" + port + "/menu");
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Menu de la coopération de partenariat");
      driver.findElement(By.id("menu-q")).sendKeys("securite");
      driver.findElement(By.id("menu-q")).submit();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu-list li[data-code='" + other + "']")));
      assertThat(driver.findElements(By.cssSelector("#menu-list li[data-code='" + code + "']"))).hasSize(1);

      var month = starts.toString().substring(0, 7);
      var otherMonth = starts.plusMonths(1).toString().substring(0, 7);
      // the facet counts follow the live search: the unique word leaves exactly the two activities, one a month
      driver.findElement(By.id("menu-q")).clear();
      driver.findElement(By.id("menu-q")).sendKeys(word);
      browser.waiting().until(ExpectedConditions.textToBe(By.id("menu-count"), "2 activités"));
      assertThat(driver.findElement(By.cssSelector("#menu-month option[value='" + month + "']")).getText()).endsWith("(1)");
      assertThat(driver.findElement(By.cssSelector("#menu-month option[value='" + otherMonth + "']")).getText()).endsWith("(1)");
      new Select(driver.findElement(By.id("menu-area"))).selectByValue("BORDER_SECURITY");
      browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#menu-list li[data-code='" + other + "']"), 0));
      browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#menu-month option[value='" + otherMonth + "']"), 0));
      assertThat(new Select(driver.findElement(By.id("menu-area"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("BORDER_SECURITY");
      driver.findElement(By.id("menu-q")).clear();
      driver.findElement(By.id("menu-q")).sendKeys("securite");
      browser.waiting().until(ExpectedConditions.urlContains("q=securite"));
      new Select(driver.findElement(By.id("menu-month"))).selectByValue(month);
      browser.waiting().until(ExpectedConditions.urlContains("month=" + month));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu-list li[data-code='" + code + "'] a")));
      assertThat(driver.getCurrentUrl()).contains("area=BORDER_SECURITY", "q=securite");

      driver.findElement(By.cssSelector("#menu-list li[data-code='" + code + "'] a")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("events-table")));
      assertThat(driver.findElement(By.tagName("h1")).getText()).contains("La sécurité des frontières en pratique");
      driver.findElement(By.cssSelector("#events-table a[href='/menu/events/" + event + "']")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event-facts")));
      assertThat(driver.findElement(By.id("event-facts")).getText()).contains("Oberammergau", "18");
      browser.screenshot("menu-event-fr");
    }
  }
}
