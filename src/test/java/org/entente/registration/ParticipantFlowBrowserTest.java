package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.work.DemoInstallation.count;
import static org.entente.work.DemoInstallation.follow;

import java.nio.file.Files;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.entente.Browser;
import org.entente.database.DataDirectory;
import org.entente.work.DemoInstallation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The participant's role on a demo installation, in Chromium: the demo participant of Georgia (her record linked
 * to her account by the demo's coordinator) signs in, finds a seat offered on her start page, follows it to "my
 * nominations", accepts it and sees the offer gone; gives her feedback on the past event she attended; downloads
 * her certificate as a PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"entente.demo=true", "entente.demo.activities=300", "entente.test.installation=daily-work"})
class ParticipantFlowBrowserTest {

  @LocalServerPort int port;
  @Autowired DataDirectory data;

  @Test
  void myNominationsAcceptAnOfferGiveFeedbackDownloadTheCertificate() throws Exception {
    var demo = new DemoInstallation(port, data);
    try (var browser = Browser.open("en")) {
      var driver = browser.driver();
      demo.signIn(browser, DemoRegistration.DEMO_PARTICIPANT);
      assertThat(count(browser, "registration.my-offers")).isEqualTo(1);
      var feedbackDue = count(browser, "registration.my-feedback");
      assertThat(feedbackDue).isPositive();
      assertThat(count(browser, "registration.my-certificates")).isPositive();

      // the offer: accepted from my nominations
      follow(browser, "registration.my-offers");
      assertThat(driver.getCurrentUrl()).endsWith("/me/nominations");
      var offered = By.cssSelector("#my-nominations tr[data-state='OFFERED']");
      var nomination = driver.findElement(offered).getAttribute("data-nomination");
      browser.clickToNavigate(By.cssSelector("#my-nominations tr[data-state='OFFERED'] .mine-confirmed"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
      assertThat(driver.findElement(By.cssSelector("tr[data-nomination='" + nomination + "']")).getAttribute("data-state"))
          .isEqualTo("CONFIRMED");
      demo.start(browser);
      assertThat(count(browser, "registration.my-offers")).isZero();

      // after the event she attended: her feedback
      follow(browser, "registration.my-feedback");
      browser.clickToNavigate(By.cssSelector("#my-nominations tr[data-state='ATTENDED'] .feedback-link"));
      driver.findElement(By.id("relevance-5")).click();
      driver.findElement(By.id("quality-4")).click();
      driver.findElement(By.id("organisation-4")).click();
      driver.findElement(By.id("comments")).sendKeys("The syndicate work was the best part.");
      browser.clickToNavigate(By.id("send-feedback"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
      demo.start(browser);
      assertThat(count(browser, "registration.my-feedback")).isEqualTo(feedbackDue - 1);

      // her certificate, as a PDF
      follow(browser, "registration.my-certificates");
      driver.findElement(By.cssSelector("#certificate-list .certificate-link")).click();
      var downloads = browser.downloads();
      Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Files.isDirectory(downloads)
          && Files.list(downloads).anyMatch(f -> f.getFileName().toString().endsWith(".pdf")));
      try (var files = Files.list(downloads)) {
        var pdf = files.filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst().orElseThrow();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      }
      browser.screenshot("work-participant");
    }
  }
}
