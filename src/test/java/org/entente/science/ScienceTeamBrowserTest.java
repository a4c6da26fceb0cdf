package org.entente.science;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The team and attachments page in Chromium: a co-director adds a member (a wrong nation named beside its field,
 * what was typed kept), uploads a file that is not a PDF (refused beside the field) and then a real PDF through the
 * plain multipart form; the other co-director reads both; at 375 px in French without sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScienceTeamBrowserTest {

  @LocalServerPort int port;

  private static void type(Browser browser, String id, String value) {
    var field = browser.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  @Test
  void aCoDirectorKeepsTheTeamAndUploadsAPdf() throws Exception {
    var sps = new Sps(new Http(port));
    var call = sps.call("Browser team call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var id = sps.apply(call, "Browser team application", "NLD", ally, "GEO", partner);
    var text = Files.createTempFile("not-a-pdf", ".pdf");
    Files.writeString(text, "only words");
    var pdf = Files.createTempFile("letter-of-support", ".pdf");
    Files.write(pdf, Sps.pdf(3, "Letter of support"));
    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      browser.signIn(port, partner);
      driver.get("http://localhost:" + port + "/science/applications/" + id);
      browser.clickToNavigate(By.id("team-link"));
      type(browser, "member-name", "Dr Nino Beridze");
      type(browser, "member-role", "Sensor engineer");
      type(browser, "member-organisation", "Tbilisi State University");
      type(browser, "member-nation", "XYZ");
      browser.clickToNavigate(By.id("team-submit"));
      assertThat(driver.findElement(By.id("member-nation")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(driver.findElement(By.id("member-nation-error")).getText()).contains("XYZ");
      assertThat(driver.findElement(By.id("member-name")).getAttribute("value")).isEqualTo("Dr Nino Beridze");
      type(browser, "member-nation", "GEO");
      browser.clickToNavigate(By.id("team-submit"));
      assertThat(driver.findElement(By.id("team-list")).getText()).contains("Dr Nino Beridze", "Sensor engineer", "GEO");

      driver.findElement(By.id("attachment-file")).sendKeys(text.toAbsolutePath().toString());
      browser.clickToNavigate(By.id("attachment-submit"));
      assertThat(driver.findElement(By.id("attachment-file")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(driver.findElement(By.id("attachment-file-error")).getText()).isNotBlank();
      driver.findElement(By.id("attachment-file")).sendKeys(pdf.toAbsolutePath().toString());
      browser.clickToNavigate(By.id("attachment-submit"));
      var listed = driver.findElement(By.id("attachments-list")).getText();
      assertThat(listed).contains(pdf.getFileName().toString(), "3 pages");

      // the other co-director reads both, in French at 375 px, and may keep them too
      browser.signIn(port, ally);
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
      driver.get("http://localhost:" + port + "/science/applications/" + id + "/team?lang=fr");
      assertThat(driver.findElement(By.id("attachments-list")).getText()).contains("3 pages");
      assertThat(driver.findElement(By.id("team-heading")).getText()).isEqualTo("Équipe");
      assertThat((Long) ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isLessThanOrEqualTo(0L);
      // once screened, nobody keeps them any more: the forms are gone
      sps.move(id, "ELIGIBLE", "Serves cyber defence.", sps.staff);
      driver.get("http://localhost:" + port + "/science/applications/" + id + "/team");
      assertThat(driver.findElements(By.id("team-form"))).isEmpty();
      assertThat(driver.findElements(By.id("attachment-form"))).isEmpty();
    } finally {
      Files.deleteIfExists(text);
      Files.deleteIfExists(pdf);
    }
  }
}
