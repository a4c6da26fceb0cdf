package org.entente.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.entente.MutableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A PARP cycle in Chromium: staff open Georgia's cycle, Georgia answers its survey (a wrong number is shown beside
 * its field, with what was typed kept) and submits it, staff draft the goals and open the bilateral talks, a
 * comment on a goal is answered, two members of the secretariat approve the package, and the next year staff rate
 * the goals and Georgia agrees the assessment; Georgia's page shows the cycle's history and its ratings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ParpBrowserTest.Clocks.class)
class ParpBrowserTest {

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock();
    }
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;

  private void moveClockTo(LocalDate day) {
    clock.advance(Duration.between(clock.instant(), day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
  }

  private void status(Browser browser, String status) {
    browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.attributeToBe(By.id("cycle-status"), "data-status", status));
  }

  private void type(Browser browser, String id, String text) {
    var field = browser.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void surveyGoalsTalksCouncilAndTheNextYearsAssessment() {
    var now = LocalDate.now(clock);
    if (now.getYear() % 2 != 0) moveClockTo(LocalDate.of(now.getYear() + 1, 1, 10));
    var year = LocalDate.now(clock).getYear();
    var parp = new Parp(new Http(port));
    parp.admitted("GEO");
    var georgia = parp.coordinator("GEO");
    var secretariat = parp.secretariat();

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, parp.staff);
      browser.clickToNavigate(By.id("nav-planning"));
      new Select(driver.findElement(By.id("cycle-partner"))).selectByValue("GEO");
      type(browser, "cycle-year", String.valueOf(year));
      browser.clickToNavigate(By.id("open-cycle-submit"));
      status(browser, "SURVEY");
      var address = driver.getCurrentUrl();

      // the partner answers: a wrong number is refused beside its field, what was typed is kept
      browser.signIn(port, georgia);
      browser.clickToNavigate(By.id("nav-planning"));
      browser.clickToNavigate(By.id("cycle-GEO-" + year));
      browser.clickToNavigate(By.id("survey-link"));
      type(browser, "answer-F1", "about twenty thousand");
      type(browser, "answer-F4", "A light infantry battalion");
      browser.clickToNavigate(By.id("survey-save"));
      browser.waiting().until(ExpectedConditions.attributeToBe(By.id("answer-F1"), "aria-invalid", "true"));
      assertThat(driver.findElement(By.id("answer-F1-error")).getText()).contains("number");
      assertThat(driver.findElement(By.id("answer-F4")).getAttribute("value")).isEqualTo("A light infantry battalion");
      type(browser, "answer-F1", "20500");
      browser.clickToNavigate(By.id("survey-save"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("survey-saved")));
      assertThat(driver.findElement(By.id("progress-FORCES")).getText()).contains("2 of 4");
      for (var e : Parp.answers("").entrySet()) {
        if (e.getKey().equals("F3") || e.getKey().equals("P2")) {
          new Select(driver.findElement(By.id("answer-" + e.getKey()))).selectByValue(e.getValue());
        } else {
          type(browser, "answer-" + e.getKey(), e.getValue());
        }
      }
      browser.clickToNavigate(By.id("survey-submit"));
      status(browser, "SURVEY_SUBMITTED");
      assertThat(driver.findElement(By.id("cycle-waits-for")).getText()).contains("staff");

      // staff draft the goals and open the bilateral talks, asking about a goal
      browser.signIn(port, parp.staff);
      driver.get(address);
      type(browser, "goal-code", "L0101");
      type(browser, "goal-title-en", "Light infantry battalion");
      type(browser, "goal-title-fr", "Bataillon d’infanterie légère");
      new Select(driver.findElement(By.id("goal-area"))).selectByValue("LAND");
      ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("goal-target")),
          LocalDate.of(year + 4, 12, 31).toString());
      browser.clickToNavigate(By.id("goal-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("goal-L0101")));
      browser.clickToNavigate(By.id("move-BILATERAL"));
      status(browser, "BILATERAL");
      new Select(driver.findElement(By.id("comment-section"))).selectByValue("goal:L0101");
      type(browser, "comment-body", "Can the battalion be ready by the target date?");
      browser.clickToNavigate(By.id("comment-submit"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("talks"), "Can the battalion"));

      // the partner answers in the thread
      browser.signIn(port, georgia);
      driver.get(address);
      var reply = driver.findElement(By.cssSelector("#talks form.reply input[name='body']"));
      reply.sendKeys("Yes, with the equipment ordered this year.");
      browser.clickToNavigate(By.cssSelector("#talks form.reply button"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#talks .depth-1"), "equipment ordered"));

      // the multilateral review, then the Council
      browser.signIn(port, parp.staff);
      driver.get(address);
      browser.clickToNavigate(By.id("move-MULTILATERAL"));
      status(browser, "MULTILATERAL");
      browser.clickToNavigate(By.id("move-AT_COUNCIL"));
      status(browser, "AT_COUNCIL");
      var id = address.substring(address.lastIndexOf('/') + 1);
      browser.signIn(port, secretariat.proposer);
      browser.clickToNavigate(By.id("nav-council"));
      browser.clickToNavigate(By.cssSelector("a[data-propose='" + id + "']"));
      var reference = org.entente.council.Secretariat.reference();
      type(browser, "decision-reference", reference);
      type(browser, "decision-textEn", "The Council approves Georgia’s partnership goals.");
      type(browser, "decision-textFr", "Le Conseil approuve les objectifs du partenariat de la Géorgie.");
      new Select(driver.findElement(By.id("decision-outcome"))).selectByValue("APPROVED");
      browser.clickToNavigate(By.id("propose-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='PROPOSED']")));
      browser.signIn(port, secretariat.confirmer);
      driver.get("http://localhost:" + port + "/council");
      browser.clickToNavigate(By.cssSelector("button[data-confirm='" + reference + "']"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='CONFIRMED']")));
      browser.signIn(port, georgia);
      driver.get(address);
      status(browser, "GOALS_APPROVED");
      assertThat(driver.findElement(By.id("cycle-decision")).getText()).contains(reference);

      // the next year: staff assess, the partner agrees
      moveClockTo(LocalDate.of(year + 1, 2, 1));
      browser.signIn(port, parp.staff);
      driver.get(address);
      browser.clickToNavigate(By.id("move-ASSESSMENT"));
      status(browser, "ASSESSMENT");
      new Select(driver.findElement(By.id("progress-L0101"))).selectByValue("SUBSTANTIAL");
      type(browser, "narrative-en-L0101", "Two companies of three are ready.");
      browser.clickToNavigate(By.id("rate-submit-L0101"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rating-L0101")));
      browser.signIn(port, georgia);
      driver.get(address);
      browser.clickToNavigate(By.id("move-ASSESSMENT_AGREED"));
      status(browser, "ASSESSMENT_AGREED");

      // the partner's page shows the cycle's history and the ratings
      var history = driver.findElement(By.id("history-list")).getText();
      assertThat(history).contains("Survey submitted", "Bilateral talks", "Multilateral review", "With the Council", "Goals approved", "Assessment agreed");
      assertThat(driver.findElement(By.id("ratings-history")).getText()).contains("L0101", String.valueOf(year + 1), "Substantial progress");
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
      driver.navigate().refresh();
      var overflow = (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
      assertThat(overflow).as("no horizontal scrolling at 375 px").isFalse();
    }
  }
}
