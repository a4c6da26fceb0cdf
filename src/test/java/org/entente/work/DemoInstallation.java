package org.entente.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.entente.Browser;
import org.entente.database.DataDirectory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A demo installation as a newcomer meets it: the demo accounts listed in {@code <data dir>/demo-accounts.txt}
 * (made by identity's InitialAccounts), signed in through the sign-in page, and their start page.
 */
public final class DemoInstallation {

  private final String base;
  private final Map<String, String> passwords = new HashMap<>();

  public DemoInstallation(int port, DataDirectory data) {
    this.base = "http://localhost:" + port;
    try {
      for (var line : Files.readAllLines(data.resolve("demo-accounts.txt"))) {
        var fields = line.split("\t");
        if (fields.length >= 2) {
          passwords.put(fields[0], fields[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String base() {
    return base;
  }

  public String password(String username) {
    assertThat(passwords).as("demo accounts").containsKey(username);
    return passwords.get(username);
  }

  /** Signs in through the page and lands on the start page. */
  public void signIn(Browser browser, String username) {
    browser.signIn(base, username, password(username));
    start(browser);
  }

  /** Opens the start page. */
  public void start(Browser browser) {
    browser.driver().get(base + "/");
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("work-title")));
  }

  /** The start-page item with this id. */
  public static WebElement item(Browser browser, String id) {
    return browser.driver().findElement(By.cssSelector("li[data-item='" + id + "']"));
  }

  public static long count(Browser browser, String id) {
    return Long.parseLong(item(browser, id).getAttribute("data-count"));
  }

  /** Follows the item's link to where it is done. */
  public static void follow(Browser browser, String id) {
    browser.clickToNavigate(By.cssSelector("li[data-item='" + id + "'] a"));
  }
}
