package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Browser;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A national coordinator signs in, sees the accounts of their own nation only, and signs out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsersBrowserTest {

  @LocalServerPort int port;

  @Test
  void aCoordinatorSeesOnlyTheirOwnOrganisationsAccounts() {
    var accounts = new Accounts(new Http(port));
    var coordinator = accounts.create("JOR:NATIONAL_COORDINATOR");
    var compatriot = accounts.create("JOR:PARTICIPANT");
    var foreigner = accounts.create("GEO:PARTICIPANT");

    try (var browser = Browser.open("en-GB")) {
      var driver = browser.driver();
      driver.get("http://localhost:" + port + "/users");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      driver.findElement(By.id("username")).sendKeys(coordinator.username());
      driver.findElement(By.id("password")).sendKeys(coordinator.password());
      driver.findElement(By.id("sign-in-submit")).click();

      // back where they wanted to go
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("users-table")));
      var listed = driver.findElements(By.cssSelector("#users-table tbody tr")).stream()
          .map(row -> row.getAttribute("data-username"))
          .toList();
      assertThat(listed).contains(coordinator.username(), compatriot.username())
          .doesNotContain(foreigner.username(), "admin");
      assertThat(driver.findElement(By.className("who")).getText()).isEqualTo(coordinator.username() + " · JOR");
      assertThat(driver.findElements(By.id("new-user"))).as("no account creation for a coordinator").isEmpty();
      browser.screenshot("users-jordan-coordinator");

      driver.findElement(By.id("sign-out")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
      driver.get("http://localhost:" + port + "/users");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-submit")));
      assertThat(driver.getCurrentUrl()).endsWith("/login");
    }
  }
}
