package org.entente.trustfunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.entente.Accounts;
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
 * The main story in Chromium: Jordan proposes a fund, staff scope it and invite Spain, Spain accepts and the
 * three agree, staff present it, two members of the secretariat launch it, Germany and Ireland pledge, the
 * funds arrive, NSPA disburses and spends; the page shows the right balances, the chart, and at 375 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustFundBrowserTest {

  @LocalServerPort int port;


  private void status(Browser browser, String status) {
    browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.attributeToBe(By.id("fund-status"), "data-status", status));
  }

  private void record(Browser browser, String kind, String organisation, String amount, String currency, String rate) {
    var driver = browser.driver();
    new Select(driver.findElement(By.id("line-kind"))).selectByValue(kind);
    for (var field : java.util.List.of("line-organisation", "line-amount", "line-rate")) driver.findElement(By.id(field)).clear();
    if (organisation != null) driver.findElement(By.id("line-organisation")).sendKeys(organisation);
    driver.findElement(By.id("line-amount")).sendKeys(amount);
    var c = driver.findElement(By.id("line-currency"));
    c.clear();
    c.sendKeys(currency);
    if (rate != null) {
      driver.findElement(By.id("line-rate")).sendKeys(rate);
      ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("line-rate-on")),
          java.time.LocalDate.now().minusDays(1).toString());
    }
    browser.clickToNavigate(By.id("record-submit"));
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-table")));
  }

  @Test
  void proposedScopedLedLaunchedByTheCouncilFundedAndSpent() {
    var funds = new Funds(new Http(port));
    var host = funds.coordinator("JOR");
    var lead = funds.coordinator("ESP");
    var agent = funds.agent("NSPA");
    var germany = funds.coordinator("DEU");
    var ireland = funds.coordinator("IRL");
    var secretariat = funds.secretariat();
    var title = "Jordan demilitarisation " + UUID.randomUUID().toString().substring(0, 6);

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, host);
      browser.clickToNavigate(By.id("nav-trust-funds"));
      new Select(driver.findElement(By.id("fund-host"))).selectByValue("JOR");
      driver.findElement(By.id("fund-title-en")).sendKeys(title);
      driver.findElement(By.id("fund-title-fr")).sendKeys("Démilitarisation en Jordanie");
      browser.clickToNavigate(By.id("propose-submit"));
      status(browser, "IDEA");
      var address = driver.getCurrentUrl();
      var id = address.substring(address.lastIndexOf('/') + 1);

      browser.signIn(port, funds.staff);
      driver.get(address);
      browser.clickToNavigate(By.id("move-SCOPING"));
      status(browser, "SCOPING");
      driver.findElement(By.id("invite-nation")).sendKeys("ESP");
      browser.clickToNavigate(By.id("invite-submit"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fund-invited"), "Spain"));

      browser.signIn(port, lead);
      driver.get(address);
      browser.clickToNavigate(By.id("accept-lead-ESP"));
      status(browser, "LEAD_NATION_FOUND");
      browser.clickToNavigate(By.id("move-FEASIBILITY"));
      status(browser, "FEASIBILITY");
      driver.findElement(By.id("agent-code")).sendKeys("NSPA");
      browser.clickToNavigate(By.id("agent-submit"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fund-agent"), "NATO Support and Procurement Agency"));
      driver.findElement(By.id("budget-en")).sendKeys("Demilitarisation line");
      driver.findElement(By.id("budget-amount")).sendKeys("1500000.00");
      browser.clickToNavigate(By.id("budget-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("budget-table")));
      browser.clickToNavigate(By.id("move-PROPOSAL_AGREED"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreed-by"), "the lead nation"));

      browser.signIn(port, host);
      driver.get(address);
      browser.clickToNavigate(By.id("move-PROPOSAL_AGREED"));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreed-by"), "the host"));
      browser.signIn(port, agent);
      driver.get(address);
      browser.clickToNavigate(By.id("move-PROPOSAL_AGREED"));
      status(browser, "PROPOSAL_AGREED");

      browser.signIn(port, funds.staff);
      driver.get(address);
      browser.clickToNavigate(By.id("move-PRESENTED"));
      status(browser, "PRESENTED");

      browser.signIn(port, secretariat.proposer);
      browser.clickToNavigate(By.id("nav-council"));
      browser.clickToNavigate(By.cssSelector("a[data-propose='" + id + "']"));
      var reference = org.entente.council.Secretariat.reference();
      driver.findElement(By.id("decision-reference")).sendKeys(reference);
      driver.findElement(By.id("decision-textEn")).sendKeys("The Council approves the establishment of the trust fund.");
      driver.findElement(By.id("decision-textFr")).sendKeys("Le Conseil approuve la création du fonds d’affectation spéciale.");
      // the outcome is the secretary's to choose (no default)
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("decision-outcome"))).selectByValue("APPROVED");
      browser.clickToNavigate(By.id("propose-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='PROPOSED']")));
      browser.signIn(port, secretariat.confirmer);
      driver.get("http://localhost:" + port + "/council");
      browser.clickToNavigate(By.cssSelector("button[data-confirm='" + reference + "']"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + reference + "'][data-status='CONFIRMED']")));

      browser.signIn(port, lead);
      driver.get(address);
      status(browser, "LAUNCHED");
      assertThat(driver.findElement(By.id("fund-decision")).getText()).contains(reference);
      browser.clickToNavigate(By.id("move-AGREEMENTS_SIGNED"));
      status(browser, "AGREEMENTS_SIGNED");
      browser.clickToNavigate(By.id("move-IMPLEMENTING"));
      status(browser, "IMPLEMENTING");

      // two donors pledge: Germany in euros, Ireland too
      browser.signIn(port, germany);
      driver.get(address);
      record(browser, "PLEDGE", null, "800000.00", "EUR", null);
      browser.signIn(port, ireland);
      driver.get(address);
      record(browser, "PLEDGE", null, "250000.50", "EUR", null);

      // the funds arrive (Switzerland's in francs at a dated rate); then NSPA pays out and spends
      browser.signIn(port, lead);
      driver.get(address);
      record(browser, "RECEIPT", "DEU", "800000.00", "EUR", null);
      record(browser, "RECEIPT", "IRL", "250000.50", "EUR", null);
      record(browser, "RECEIPT", "CHE", "100000.00", "CHF", "0.9312");
      browser.signIn(port, agent);
      driver.get(address);
      record(browser, "DISBURSEMENT", null, "1000000.00", "EUR", null);
      // more than was received: refused beside the form, nothing recorded
      record(browser, "EXPENDITURE", null, "2000000.00", "EUR", null);
      assertThat(driver.findElement(By.id("ledger-error")).getText()).contains("exceed");
      record(browser, "EXPENDITURE", null, "640000.25", "EUR", null);

      assertThat(driver.findElement(By.id("balance-pledged")).getAttribute("data-amount")).isEqualTo("1050000.50");
      assertThat(driver.findElement(By.id("balance-received")).getAttribute("data-amount")).isEqualTo("1143120.50");
      assertThat(driver.findElement(By.id("balance-disbursed")).getAttribute("data-amount")).isEqualTo("1000000.00");
      assertThat(driver.findElement(By.id("balance-spent")).getAttribute("data-amount")).isEqualTo("640000.25");
      assertThat(driver.findElement(By.id("balance-available")).getAttribute("data-amount")).isEqualTo("143120.50");
      assertThat(driver.findElements(By.cssSelector("#ledger-table tbody tr"))).hasSize(7);
      // the chart is drawn from the table (cumulated per day)
      browser.waiting().until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("funding-chart")), "data-points"));
      assertThat(driver.findElements(By.cssSelector("#funding-chart canvas"))).isNotEmpty();
      browser.screenshot("trust-fund-implementing");

      // at 375 px the page does not scroll sideways; the French page too
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
      driver.get(address + "?lang=fr");
      assertThat(driver.findElement(By.id("balances-heading")).getText()).isEqualTo("Soldes");
      var wide = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      var culprits = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-wrap')).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
      assertThat(wide).as("wider than the screen: %s", culprits).isLessThanOrEqualTo(0L);
      browser.screenshot("trust-fund-375-fr");

      // anyone, signed out, sees the public summary and not the ledger
      driver.manage().deleteAllCookies();
      driver.get(address + "?lang=en");
      assertThat(driver.findElement(By.id("balance-spent")).getAttribute("data-amount")).isEqualTo("640000.25");
      assertThat(driver.findElements(By.id("ledger-table"))).isEmpty();
      driver.get("http://localhost:" + port + "/trust-funds");
      assertThat(driver.findElement(By.id("launched-table")).getText()).contains(title);
    }
  }
}
