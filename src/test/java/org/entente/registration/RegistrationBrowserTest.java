package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole loop in Chromium: a coordinator nominates three people; the provider confirms two and waitlists
 * one; one confirmed person is cancelled; the waitlisted one is offered the seat and accepts; the provider
 * records attendance; the coordinator gives feedback; the certificate's verify page names the holder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationBrowserTest {

  @LocalServerPort int port;

  @Test
  void fromNominationToTheCertificate() {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var provider = reg.menu.provider;
    var today = LocalDate.now();
    var event = reg.event(2, today);
    reg.openUntilStart(event, today);
    var people = java.util.List.of(reg.participant(georgia, "Abashidze", "Ana"), reg.participant(georgia, "Bakradze", "Beka"),
        reg.participant(georgia, "Chkheidze", "Cira"));
    var page = "http://localhost:" + port + "/registration/events/" + event;

    try (var browser = Browser.open("en")) {
      var driver = browser.driver();
      browser.signIn(port, georgia);
      for (var person : people) {
        driver.get(page);
        new Select(driver.findElement(By.id("participant"))).selectByValue(person);
        submit(browser, By.id("nominate"));
      }
      assertThat(driver.findElements(By.cssSelector("#nominations tbody tr"))).hasSize(3);
      signOut(browser);

      browser.signIn(port, provider);
      driver.get(page);
      move(browser, "Abashidze, Ana", "confirmed");
      move(browser, "Bakradze, Beka", "confirmed");
      move(browser, "Chkheidze, Cira", "waitlisted");
      assertThat(driver.findElement(By.id("seat-figures")).getText()).contains("2 seats", "2 held", "1 on the waitlist");
      signOut(browser);

      browser.signIn(port, georgia);
      driver.get(page);
      move(browser, "Abashidze, Ana", "cancelled");
      assertThat(state(driver, "Chkheidze, Cira")).isEqualTo("OFFERED");
      move(browser, "Chkheidze, Cira", "confirmed"); // accepting the offer
      assertThat(state(driver, "Chkheidze, Cira")).isEqualTo("CONFIRMED");
      signOut(browser);

      browser.signIn(port, provider);
      driver.get(page);
      move(browser, "Bakradze, Beka", "attended");
      move(browser, "Chkheidze, Cira", "attended");
      signOut(browser);

      browser.signIn(port, georgia);
      driver.get(page);
      driver.findElement(By.cssSelector("tr[data-participant='Bakradze, Beka'] .feedback-link")).click();
      driver.findElement(By.id("relevance-5")).click();
      driver.findElement(By.id("quality-4")).click();
      driver.findElement(By.id("organisation-4")).click();
      driver.findElement(By.id("comments")).sendKeys("Useful exercises.");
      submit(browser, By.id("send-feedback"));
      assertThat(driver.findElement(By.id("feedback-summary")).getText()).contains("1");

      driver.findElement(By.cssSelector("tr[data-participant='Bakradze, Beka'] .verify-link")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("holder")));
      assertThat(driver.findElement(By.id("holder")).getText()).isEqualTo("Beka Bakradze");
      assertThat(driver.findElement(By.id("activity")).getText()).contains("REG");
      browser.screenshot("registration-verify");
    }
  }

  private void move(Browser browser, String participant, String move) {
    var button = By.cssSelector("tr[data-participant='" + participant + "'] .move-" + move);
    if (move.equals("cancelled") || move.equals("declined")) {
      // cannot be undone: a page of its own asks first
      browser.clickToNavigate(button);
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-question")));
      button = By.id("confirm");
    }
    submit(browser, button);
  }

  /** Clicks a button that posts a form, and waits for the page it comes back to. */
  private static void submit(Browser browser, By button) {
    browser.clickToNavigate(button);
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
  }

  private static String state(WebDriver driver, String participant) {
    return driver.findElement(By.cssSelector("tr[data-participant='" + participant + "']")).getAttribute("data-state");
  }


  private void signOut(Browser browser) {
    browser.driver().findElement(By.id("sign-out")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/login"));
  }
}
