package org.entente.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A unit's way through OCC Evaluation and Feedback in Chromium, in French at 375 px: Georgia declares a company (a
 * wrong e-mail address is shown beside its field, what was typed kept), staff accept it, Georgia rates and submits
 * its self-evaluation (a partial rating without its finding is refused beside the area), staff's team rates the
 * NATO evaluation and staff certify it, Georgia adds a remedial action and closes it; level 2 goes the same way to
 * certification. The unit's page shows each level certified, its rating grid and its timeline. No page scrolls
 * sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OccBrowserTest {

  @LocalServerPort int port;

  private static void type(Browser browser, String id, String text) {
    var field = browser.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void date(Browser browser, String id, LocalDate day) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), day.toString());
  }

  private static void status(Browser browser, String id, String status) {
    browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.attributeToBe(By.id(id), "data-status", status));
  }

  private static void narrow(Browser browser) {
    var overflow = (Boolean) ((JavascriptExecutor) browser.driver())
        .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertThat(overflow).as("no horizontal scrolling at 375 px: " + browser.driver().getCurrentUrl()).isFalse();
  }

  private static void rateAll(Browser browser, String communicationsFinding) {
    for (var area : Area.values()) {
      var rating = area == Area.COMMUNICATIONS ? "PARTIALLY_INTEROPERABLE" : area == Area.FORCE_PROTECTION ? "NOT_EVALUATED" : "INTEROPERABLE";
      new Select(browser.driver().findElement(By.id("rating-" + area.name()))).selectByValue(rating);
    }
    if (communicationsFinding != null) type(browser, "finding-fr-COMMUNICATIONS", communicationsFinding);
  }

  @Test
  void fromDeclarationToLevelTwoCertificationInFrenchAt375px() {
    var occ = new Occ(new Http(port));
    var georgia = occ.coordinator("GEO");
    var today = LocalDate.now();

    try (var browser = Browser.open("fr-FR")) {
      var driver = browser.driver();
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));

      // Georgia declares a company; a wrong address is refused beside its field, what was typed kept
      browser.signIn(port, georgia);
      browser.clickToNavigate(By.id("nav-capabilities"));
      narrow(browser);
      type(browser, "unit-name-fr", "12e compagnie d’infanterie légère");
      type(browser, "unit-name-en", "12th Light Infantry Company");
      new Select(driver.findElement(By.id("unit-size"))).selectByValue("COMPANY");
      new Select(driver.findElement(By.id("unit-pool"))).selectByValue("NATO_RESPONSE_FORCE");
      type(browser, "unit-personnel", "160");
      type(browser, "unit-contact-name", "Cdt Nino Beridze");
      ((JavascriptExecutor) driver).executeScript("arguments[0].type = 'text'", driver.findElement(By.id("unit-contact-email")));
      type(browser, "unit-contact-email", "pas-une-adresse");
      browser.clickToNavigate(By.id("declare-submit"));
      browser.waiting().until(ExpectedConditions.attributeToBe(By.id("unit-contact-email"), "aria-invalid", "true"));
      assertThat(driver.findElement(By.id("unit-contact-email-error")).getText()).contains("adresse électronique");
      assertThat(driver.findElement(By.id("unit-name-fr")).getAttribute("value")).isEqualTo("12e compagnie d’infanterie légère");
      type(browser, "unit-contact-email", "occ@mod.gov.ge.example");
      browser.clickToNavigate(By.id("declare-submit"));
      status(browser, "unit-status", "DECLARED");
      assertThat(driver.findElement(By.id("unit-title")).getText()).isEqualTo("12e compagnie d’infanterie légère");
      var unitAddress = driver.getCurrentUrl();
      narrow(browser);

      // staff accept it into the programme
      browser.signIn(port, occ.staff);
      driver.get(unitAddress);
      browser.clickToNavigate(By.id("move-ACCEPTED"));
      status(browser, "unit-status", "ACCEPTED");
      assertThat(driver.findElement(By.id("unit-status")).getText()).isEqualTo("Acceptée dans le programme");

      // Georgia's self-evaluation: a partial rating needs its finding
      browser.signIn(port, georgia);
      driver.get(unitAddress);
      new Select(driver.findElement(By.id("evaluation-kind"))).selectByValue("SEL");
      date(browser, "evaluation-planned", today.plusDays(14));
      browser.clickToNavigate(By.id("open-evaluation-submit"));
      status(browser, "evaluation-status", "OPEN");
      narrow(browser);
      rateAll(browser, null);
      browser.clickToNavigate(By.id("ratings-submit"));
      browser.waiting().until(ExpectedConditions.attributeToBe(By.id("finding-en-COMMUNICATIONS"), "aria-invalid", "true"));
      assertThat(driver.findElement(By.id("finding-COMMUNICATIONS-error")).getText()).contains("constat");
      assertThat(new Select(driver.findElement(By.id("rating-COMMUNICATIONS"))).getFirstSelectedOption().getAttribute("value"))
          .isEqualTo("PARTIALLY_INTEROPERABLE");
      type(browser, "finding-fr-COMMUNICATIONS", "Procédures HF mal maîtrisées.");
      browser.clickToNavigate(By.id("ratings-submit"));
      status(browser, "evaluation-status", "SUBMITTED");

      // staff form the NATO team, rate, submit and certify
      browser.signIn(port, occ.staff);
      driver.get(unitAddress);
      new Select(driver.findElement(By.id("evaluation-kind"))).selectByValue("NEL");
      date(browser, "evaluation-planned", today.plusDays(40));
      type(browser, "evaluation-team", "Lt-col. Anders Berg, SWE\nCdt Piotr Nowak, POL");
      browser.clickToNavigate(By.id("open-evaluation-submit"));
      status(browser, "evaluation-status", "OPEN");
      assertThat(driver.findElement(By.id("team-list")).getText()).contains("Anders Berg (SWE)", "Piotr Nowak (POL)");
      rateAll(browser, "Liaison HF avec le QG de l’OTAN incomplète.");
      browser.clickToNavigate(By.id("ratings-submit"));
      status(browser, "evaluation-status", "SUBMITTED");
      browser.clickToNavigate(By.id("move-CERTIFIED"));
      status(browser, "evaluation-status", "CERTIFIED");
      var nelAddress = driver.getCurrentUrl();
      narrow(browser);

      // Georgia draws up the remedial plan
      browser.signIn(port, georgia);
      driver.get(nelAddress);
      assertThat(driver.findElement(By.id("rating-table")).getText()).contains("Partiellement interopérable", "Liaison HF");
      type(browser, "action-title-fr", "Former les transmetteurs aux procédures HF de l’OTAN");
      new Select(driver.findElement(By.id("action-area"))).selectByValue("COMMUNICATIONS");
      type(browser, "action-owner", "J6, état-major général");
      date(browser, "action-due", today.plusMonths(6));
      browser.clickToNavigate(By.id("action-submit"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-list"), "Former les transmetteurs"));
      narrow(browser);

      // the unit's page: certified at level 1, its grid, its plan and its timeline
      driver.get(unitAddress);
      status(browser, "unit-status", "L1_CERTIFIED");
      assertThat(driver.findElement(By.id("rating-grid")).getText()).contains("SEL1", "NEL1", "En partie");
      assertThat(driver.findElement(By.id("action-list")).getText()).contains("Former les transmetteurs", "Ouverte");
      assertThat(driver.findElement(By.id("timeline")).getText()).contains("déclarée", "acceptée dans le programme", "certifiée interopérable (niveau 1)",
          "action corrective ajoutée");
      narrow(browser);

      // Georgia closes its remedial action from the unit's page
      browser.clickToNavigate(By.cssSelector("#action-list button[id^='action-DONE-']"));
      browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("#action-list li"), "data-status", "DONE"));

      // level 2: Georgia's self-evaluation, then the NATO evaluation rated and certified by staff
      new Select(driver.findElement(By.id("evaluation-kind"))).selectByValue("SEL");
      date(browser, "evaluation-planned", today.plusDays(60));
      browser.clickToNavigate(By.id("open-evaluation-submit"));
      status(browser, "evaluation-status", "OPEN");
      rateAll(browser, "Procédures HF maîtrisées, liaison satellite à confirmer.");
      browser.clickToNavigate(By.id("ratings-submit"));
      status(browser, "evaluation-status", "SUBMITTED");
      browser.signIn(port, occ.staff);
      driver.get(unitAddress);
      new Select(driver.findElement(By.id("evaluation-kind"))).selectByValue("NEL");
      date(browser, "evaluation-planned", today.plusDays(90));
      type(browser, "evaluation-team", "Lt-col. Anders Berg, SWE");
      browser.clickToNavigate(By.id("open-evaluation-submit"));
      status(browser, "evaluation-status", "OPEN");
      rateAll(browser, "Liaison satellite confirmée en exercice.");
      browser.clickToNavigate(By.id("ratings-submit"));
      status(browser, "evaluation-status", "SUBMITTED");
      browser.clickToNavigate(By.id("move-CERTIFIED"));
      status(browser, "evaluation-status", "CERTIFIED");
      driver.get(unitAddress);
      status(browser, "unit-status", "L2_CERTIFIED");
      assertThat(driver.findElement(By.id("rating-grid")).getText()).contains("SEL2", "NEL2");
      assertThat(driver.findElement(By.id("timeline")).getText()).contains("certifiée apte au combat (niveau 2)");
      narrow(browser);
    }
  }
}
