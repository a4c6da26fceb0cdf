package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, without network or Selenium Manager. Missing on CI, it fails the
 * test (a browser test that silently skips proves nothing); missing on a developer's machine, it skips.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser open(String language) {
    var installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    assertThat(installed).as("Debian's chromium and chromium-driver are not installed (bash .ci/run installs them)").isTrue();
    try {
      var profile = Files.createTempDirectory("entente-chromium-");
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--window-size=1280,1000", "--lang=" + language, "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language,
          "download.default_directory", profile.resolve("downloads").toString(), "download.prompt_for_download", false));
      var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the browser saves what it downloads. */
  public Path downloads() {
    return profile.resolve("downloads");
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /**
   * Clicks something that loads a new page and waits until the old page is gone, so that nothing is read from
   * it half-way. Chromium reports an element of a page being replaced either as stale or as "does not belong to
   * the document": both mean gone.
   */
  public void clickToNavigate(org.openqa.selenium.By target) {
    var before = driver.findElement(org.openqa.selenium.By.tagName("html"));
    openGroupHolding(target);
    waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(target)).click();
    waiting().until(d -> {
      try {
        before.isEnabled();
        return false;
      } catch (org.openqa.selenium.WebDriverException gone) {
        return true;
      }
    });
  }

  /** A link inside a closed group of the navigation ({@code <details>}) is opened as a person would: by its name. */
  private void openGroupHolding(org.openqa.selenium.By target) {
    var found = waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(target));
    if (found.isDisplayed()) return;
    var groups = found.findElements(org.openqa.selenium.By.xpath("ancestor::details[not(@open)]/summary"));
    if (!groups.isEmpty()) groups.getFirst().click();
  }

  /** Signs in afresh (no session of an earlier account left) through the sign-in page, as a person would. */
  public void signIn(String base, String username, String password) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
    driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
    clickToNavigate(org.openqa.selenium.By.id("sign-in-submit"));
    waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("sign-out")));
  }

  /** The same for a test's account on the application at this port. */
  public void signIn(int port, Accounts.Account account) {
    signIn("http://localhost:" + port, account.username(), account.password());
  }

  /** Saves what the browser shows under {@code target/screenshots/}. */
  public Path screenshot(String name) {
    try {
      var file = Path.of("target/screenshots", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind harms nothing
    }
  }
}
