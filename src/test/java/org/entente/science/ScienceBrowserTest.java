package org.entente.science;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * The main story in Chromium: staff publish a call; a partner's director applies through the form (an error keeps
 * what was typed and names the field), a second application arrives; staff screen and assign three reviewers, who
 * score blind; the ranking shows the scores as a chart; two members of the secretariat approve through the Council's
 * pages (four eyes); staff release a review summary, award and split the award into instalments (more than the award
 * refused); the partner's director reads the summary and reports progress with spending, overspent travel flagged and
 * drawn against the budget; staff mark the flag reviewed; the Allied co-director hands in the final report; the public sees the project; at 375 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScienceBrowserTest {

  @LocalServerPort int port;

  private void status(Browser browser, String status) {
    browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.attributeToBe(By.id("status"), "data-status", status));
  }

  private void type(Browser browser, String id, String value) {
    var field = browser.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  @Test
  void calledAppliedScreenedReviewedRankedApprovedAwardedReported() {
    var sps = new Sps(new Http(port));
    var title = "Black Sea port sensors " + UUID.randomUUID().toString().substring(0, 6);
    var call = sps.call("Browser call " + UUID.randomUUID().toString().substring(0, 6));
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var reviewers = List.of(sps.reviewer("NOR"), sps.reviewer("CAN"), sps.reviewer("JPN"));
    // a second application, from Jordan with Spain
    var other = sps.apply(call, "Second application", "ESP", sps.accounts.create("ESP:PARTICIPANT"), "JOR", sps.accounts.create("JOR:PARTICIPANT"));

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, partner);
      browser.clickToNavigate(By.id("nav-science"));
      browser.clickToNavigate(By.cssSelector("a[href='/science/calls/" + call + "']"));
      new Select(driver.findElement(By.id("app-mechanism"))).selectByValue("ARW"); // a multi-year project would take a planning grant first (ScienceMultiYearIntegrationTest)
      type(browser, "app-title-en", title);
      type(browser, "app-title-fr", "Capteurs portuaires");
      type(browser, "app-summary-en", "Low-cost radiation sensors.");
      driver.findElement(By.cssSelector("input[name='priorities'][value='BORDER_SECURITY']")).click();
      type(browser, "app-allyNation", "NLD");
      type(browser, "app-allyName", "Dr de Vries");
      type(browser, "app-allyEmail", Sps.email(ally));
      type(browser, "app-partnerNation", "GEO");
      type(browser, "app-partnerName", "Dr Beridze");
      type(browser, "app-partnerEmail", Sps.email(partner));
      type(browser, "app-budget-EQUIPMENT", "80000");
      type(browser, "app-budget-STIPENDS", "20000");
      browser.clickToNavigate(By.id("apply-submit"));
      // stipends over 15 %: the field is named, what was typed is kept
      assertThat(driver.findElement(By.id("app-budget-STIPENDS")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(driver.findElement(By.id("app-budget-STIPENDS-error")).getText()).contains("15");
      assertThat(driver.findElement(By.id("app-title-en")).getAttribute("value")).isEqualTo(title);
      assertThat(driver.findElement(By.cssSelector("input[name='priorities'][value='BORDER_SECURITY']")).isSelected()).isTrue();
      type(browser, "app-budget-STIPENDS", "15000");
      type(browser, "app-budget-TRAVEL", "5000");
      browser.clickToNavigate(By.id("apply-submit"));
      status(browser, "SUBMITTED");
      var address = driver.getCurrentUrl().replaceAll("\\?.*", "");
      var id = address.substring(address.lastIndexOf('/') + 1);
      assertThat(driver.findElement(By.id("budget-total")).getText()).startsWith("100000.00");

      // staff screen it from the queue, open the panel review and assign three reviewers
      browser.signIn(port, sps.staff);
      driver.get("http://localhost:" + port + "/science/applications?status=SUBMITTED");
      assertThat(driver.findElement(By.id("applications-table")).getText()).contains(title);
      browser.clickToNavigate(By.cssSelector("a[href='/science/applications/" + id + "']"));
      type(browser, "comment-ELIGIBLE", "Serves border security.");
      browser.clickToNavigate(By.id("move-ELIGIBLE-submit"));
      status(browser, "ELIGIBLE");
      browser.clickToNavigate(By.id("move-PANEL_REVIEW-submit"));
      status(browser, "PANEL_REVIEW");
      for (var r : reviewers) {
        new Select(driver.findElement(By.id("assign-reviewer"))).selectByValue(r.id().toString());
        browser.clickToNavigate(By.id("assign-submit"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reviews-list")));
      }
      assertThat(driver.findElements(By.cssSelector("#reviews-list li"))).hasSize(3);
      sps.toPanelReview(other);

      // three reviewers score with the weights; before submitting, none sees another's review
      int[][] scores = {{5, 4, 4, 3}, {2, 3, 2, 2}, {4, 4, 4, 4}};
      for (int i = 0; i < 3; i++) {
        browser.signIn(port, reviewers.get(i));
        driver.get("http://localhost:" + port + "/science/reviews");
        browser.clickToNavigate(By.cssSelector("#review-queue a"));
        assertThat(driver.findElements(By.id("reviews-list"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Reviewer comment");
        var criteria = List.of("merit", "relevance", "capacity", "value");
        for (int c = 0; c < 4; c++) new Select(driver.findElement(By.id("score-" + criteria.get(c)))).selectByValue(String.valueOf(scores[i][c]));
        type(browser, "score-comment", "Reviewer comment " + (i + 1));
        browser.clickToNavigate(By.id("score-submit"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reviews-list")));
        assertThat(driver.findElements(By.cssSelector("#reviews-list li"))).hasSize(i + 1);
        // reviewers read each other's scores, never each other's names
        assertThat(driver.findElement(By.id("reviews-list")).getText()).doesNotContain(reviewers.get(0).username());
      }

      // the ranking: weighted means and spread, drawn as a chart from the table
      browser.signIn(port, sps.staff);
      driver.get("http://localhost:" + port + "/science/calls/" + call + "/ranking");
      var row = driver.findElement(By.cssSelector("#ranking-table tr[data-code]"));
      assertThat(row.getText()).contains("3.50").contains("2.00");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.chart[data-chart-for='ranking-table'] canvas")));
      driver.get(address);
      browser.clickToNavigate(By.id("move-RANKED-submit"));
      status(browser, "RANKED");

      // the nations decide through the Council's pages: one member of the secretariat proposes from the agenda,
      // another confirms (four eyes)
      var secretariat = sps.secretariat();
      var reference = org.entente.council.Secretariat.reference();
      browser.signIn(port, secretariat.proposer);
      driver.get("http://localhost:" + port + "/council");
      browser.clickToNavigate(By.cssSelector("a[data-propose='" + id + "']"));
      type(browser, "decision-reference", reference);
      type(browser, "decision-concerns", "NLD GEO");
      new Select(driver.findElement(By.id("decision-outcome"))).selectByValue("APPROVED");
      type(browser, "decision-textEn", "The nations approve " + title + ".");
      type(browser, "decision-textFr", "Les nations approuvent " + title + ".");
      browser.clickToNavigate(By.id("propose-submit"));
      browser.signIn(port, secretariat.confirmer);
      driver.get("http://localhost:" + port + "/council");
      browser.clickToNavigate(By.cssSelector("button[data-confirm='" + reference + "']"));
      assertThat(driver.findElement(By.cssSelector("tr[data-reference='" + reference + "']")).getAttribute("data-status")).isEqualTo("CONFIRMED");
      browser.signIn(port, sps.staff);
      driver.get(address);
      status(browser, "APPROVED");
      // staff release their own summary of the review to the applicants
      type(browser, "summary-en", "The panel praised the training of young scientists in Batumi.");
      type(browser, "summary-fr", "Le comité a salué la formation de jeunes scientifiques à Batoumi.");
      browser.clickToNavigate(By.id("summary-submit"));
      assertThat(driver.findElement(By.id("summary-text")).getText()).contains("young scientists");
      type(browser, "amount", "99000.00");
      browser.clickToNavigate(By.id("move-AWARDED-submit"));
      status(browser, "AWARDED");
      assertThat(driver.findElement(By.id("awarded")).getText()).startsWith("99000.00");
      browser.clickToNavigate(By.id("move-IN_PROGRESS-submit"));
      status(browser, "IN_PROGRESS");

      // staff split the award into instalments: more than the award is refused in place, what was typed kept
      type(browser, "instalment-amount", "99000.01");
      type(browser, "instalment-milestone", "Sensors delivered");
      browser.clickToNavigate(By.id("instalment-submit"));
      assertThat(driver.findElement(By.id("problem")).getText()).contains("99000.00");
      assertThat(driver.findElement(By.id("instalment-milestone")).getAttribute("value")).isEqualTo("Sensors delivered");
      type(browser, "instalment-amount", "40000");
      browser.clickToNavigate(By.id("instalment-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#instalments-table tr[data-number='1']")));
      browser.clickToNavigate(By.id("instalment-1-submit"));
      assertThat(driver.findElement(By.cssSelector("#instalments-table tr[data-number='1']")).getAttribute("data-state")).isEqualTo("RELEASED");
      assertThat(driver.findElement(By.id("grant-unplanned")).getText()).startsWith("59000.00");

      // the applicant never sees reviewers or their comments
      browser.signIn(port, partner);
      driver.get(address);
      assertThat(driver.findElements(By.id("reviews-list"))).isEmpty();
      assertThat(driver.getPageSource()).doesNotContain("Reviewer comment").doesNotContain(reviewers.get(1).username());
      // but reads staff's summary of the review
      assertThat(driver.findElement(By.id("summary-text")).getText()).contains("young scientists");
      // and reports progress with the period's spending: travel 5000.00 budgeted, 5600.00 spent is more than 10 % over
      type(browser, "report-body", "Four sensors installed in Batumi.");
      type(browser, "report-spending-EQUIPMENT", "30000");
      type(browser, "report-spending-TRAVEL", "5600,00");
      browser.clickToNavigate(By.id("report-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reports-list")));
      assertThat(driver.findElement(By.id("reports-list")).getText()).contains("Batumi");
      assertThat(driver.findElement(By.cssSelector("#spending-table tr[data-category='TRAVEL']")).getAttribute("data-overspent")).isEqualTo("true");
      assertThat(driver.findElement(By.cssSelector("#spending-table tr[data-category='EQUIPMENT']")).getAttribute("data-overspent")).isEqualTo("false");
      // the comparison drawn as a bar chart above its table
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.chart[data-chart-for='spending-table'] canvas")));

      // staff find the flagged report in their follow-up and mark it reviewed
      browser.signIn(port, sps.staff);
      driver.get("http://localhost:" + port + "/science/grants");
      browser.clickToNavigate(By.cssSelector("#flagged-list a[href^='/science/applications/" + id + "']"));
      browser.clickToNavigate(By.cssSelector("#reports-list form[id^='review-report-'] button"));
      assertThat(driver.findElements(By.cssSelector("#reports-list form[id^='review-report-']"))).isEmpty();

      // the Allied co-director hands in the final report
      browser.signIn(port, ally);
      driver.get(address);
      type(browser, "comment-FINAL_REPORT", "Twelve sensors installed in Batumi and Poti.");
      browser.clickToNavigate(By.id("move-FINAL_REPORT-submit"));
      status(browser, "FINAL_REPORT");

      // at 375 px, in French, the page does not scroll sideways
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
      driver.get(address + "?lang=fr");
      var wide = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(wide).isLessThanOrEqualTo(0L);

      // the public sees the awarded project
      driver.manage().deleteAllCookies();
      driver.get("http://localhost:" + port + "/science?lang=en");
      assertThat(driver.findElement(By.id("projects-list")).getText()).contains(title);
      driver.get("http://localhost:" + port + "/science/projects/" + id + "?lang=en");
      assertThat(driver.findElement(By.id("awarded-amount")).getText()).startsWith("99000.00");
      assertThat(driver.getPageSource()).doesNotContain(Sps.email(ally));
    }
  }
}
