package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.Browser;
import org.entente.database.DataDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo role, signed in, follows every same-origin link reachable from the start page in Chromium at 375 px
 * wide, and fails on any page answered with a 5xx, any page that shows a raw message key, any page wider than the
 * screen, any word laid over two lines inside a table's cell (a table scrolls in its wrap instead), and any
 * accessibility violation of impact serious or critical found by axe-core (injected into each page). Bounded: at
 * most {@value #PAGES_PER_ROLE} pages per role, and at most {@value #PER_SHAPE} pages of one shape (the same path
 * with other identifiers), axe run on the first of each shape; sign-out and downloads are not followed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"entente.demo=true", "entente.demo.activities=300"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlBrowserTest {

  static final int PAGES_PER_ROLE = 150;
  static final int PER_SHAPE = 2;
  private static final int WIDTH = 375;
  private static final Pattern IDENTIFIER = Pattern.compile(
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z]*\\d[A-Za-z0-9-]*|[A-Z]{2,4}");
  private static final Pattern DOWNLOAD = Pattern.compile(".*(\\.(pdf|csv|xlsx|ics|json)|/certificate|/export.*|/document.*)$");

  @LocalServerPort int port;
  @Autowired DataDirectory dataDirectory;

  private final Map<String, String[]> accounts = new LinkedHashMap<>();
  private Set<String> messageKeys;
  private String axe;

  @BeforeAll
  void readAccountsKeysAndAxe() throws IOException {
    for (var line : Files.readAllLines(dataDirectory.resolve("demo-accounts.txt"))) {
      var cells = line.split("\t");
      if (cells.length >= 3) {
        accounts.putIfAbsent(cells[2], new String[] {cells[0], cells[1]}); // one account per role
      }
    }
    var keys = new Properties();
    try (var in = getClass().getResourceAsStream("/i18n/messages.properties")) {
      keys.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    messageKeys = new TreeSet<>(keys.stringPropertyNames());
    try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
      assertThat(in).as("axe-core WebJar on the test class path").isNotNull();
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyRoleCrawlsWithoutErrorsKeysOverflowOrSeriousAccessibilityViolations() {
    assertThat(accounts).containsKeys("NATIONAL_COORDINATOR", "PARTICIPANT", "PROVIDER_MANAGER", "STAFF", "AUDITOR",
        "ADMIN", "COUNCIL_SECRETARIAT");
    var failures = new ArrayList<String>();
    var visited = 0;
    var language = 0;
    try (var browser = Browser.open("en")) {
      var driver = browser.driver();
      driver.manage().window().setSize(new Dimension(WIDTH, 900));
      visited += crawl(browser, "visitor", null, "fr", failures);
      for (var role : accounts.entrySet()) {
        var lang = language++ % 2 == 0 ? "en" : "fr";
        visited += crawl(browser, role.getKey(), role.getValue(), lang, failures);
      }
    }
    System.out.println("Crawl: " + visited + " pages visited; " + failures.size() + " failures");
    assertThat(failures).as("pages that fail (of %d visited)", visited).isEmpty();
  }

  private int crawl(Browser browser, String role, String[] account, String language, List<String> failures) {
    var driver = browser.driver();
    var base = "http://localhost:" + port;
    driver.manage().deleteAllCookies();
    driver.get(base + "/?lang=" + language);
    if (account != null) {
      driver.get(base + "/login");
      driver.findElement(By.id("username")).sendKeys(account[0]);
      driver.findElement(By.id("password")).sendKeys(account[1]);
      browser.clickToNavigate(By.id("sign-in-submit"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }
    var queue = new ArrayDeque<String>(List.of("/"));
    var seen = new HashSet<String>(queue);
    var shapes = new HashMap<String, Integer>();
    var visited = 0;
    while (!queue.isEmpty() && visited < PAGES_PER_ROLE) {
      var path = queue.poll();
      var shape = shape(path);
      var ofShape = shapes.merge(shape, 1, Integer::sum);
      if (ofShape > PER_SHAPE) {
        continue;
      }
      visited++;
      driver.get(base + path);
      var js = (JavascriptExecutor) driver;
      var where = role + " " + path;
      var status = ((Number) js.executeScript(
          "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;")).intValue();
      if (status >= 500) {
        failures.add(where + ": HTTP " + status);
        continue;
      }
      var type = (String) js.executeScript("return document.contentType;");
      if (!"text/html".equals(type)) {
        continue;
      }
      var text = (String) js.executeScript("return document.body ? document.body.innerText : '';");
      for (var key : messageKeys) {
        if (text.contains(key) && Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "(?![\\w.-])").matcher(text).find()) {
          failures.add(where + ": shows the raw message key " + key);
        }
      }
      var width = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).intValue();
      if (width > WIDTH) {
        var widest = js.executeScript("""
            const w = document.documentElement.clientWidth; let worst = null;
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.right > w + 1 && !e.closest('.table-wrap') && (!worst || r.right > worst.r)) worst = {r: r.right, e};
            }
            return worst ? worst.e.tagName + '.' + worst.e.className + '#' + worst.e.id + ' ' + Math.round(worst.r) : '';""");
        failures.add(where + ": " + width + " px wide at " + WIDTH + " px (" + widest + ")");
      }
      // a table keeps its words whole (its wrap scrolls): a word laid over two lines inside a cell is a failure,
      // unless where it stands says it may break anywhere (hashes, addresses, JSON in the audit trail)
      var broken = (String) js.executeScript("""
          const broken = [];
          for (const cell of document.querySelectorAll('table.data th, table.data td')) {
            const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let n = texts.nextNode(); n && broken.length < 3; n = texts.nextNode()) {
              if (n.parentElement.closest('.visually-hidden') || n.parentElement.getBoundingClientRect().width < 2) continue;
              const style = getComputedStyle(n.parentElement);
              if (style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all' || style.wordBreak === 'break-word') continue;
              const words = /[^\\s\\-\\u2010-\\u2014\\/]{2,}/g;
              for (let m = words.exec(n.data); m && broken.length < 3; m = words.exec(n.data)) {
                const range = document.createRange();
                range.setStart(n, m.index);
                range.setEnd(n, m.index + m[0].length);
                const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (lines.size > 1) broken.push(m[0]);
              }
            }
          }
          return broken.join(', ');""");
      if (!broken.isEmpty()) {
        failures.add(where + ": words broken inside a table's cell: " + broken);
      }
      // every table offered as a chart is drawn (ECharts loaded by the page, the table kept as its alternative)
      var charts = ((Number) js.executeScript("return document.querySelectorAll('table[data-chart]').length;")).intValue();
      if (charts > 0) {
        try {
          browser.waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
              "return document.querySelectorAll('div.chart[data-chart-for] canvas').length;")).intValue() >= 1);
        } catch (org.openqa.selenium.TimeoutException notDrawn) {
          failures.add(where + ": a table marked data-chart has no chart drawn");
        }
      }
      if (ofShape == 1) {
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) js.executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => ({id: v.id, impact: v.impact, help: v.help,
                          nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))))
              .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]));""");
        for (var v : violations) {
          failures.add(where + ": axe " + v.get("impact") + " " + v.get("id") + " (" + v.get("help") + ") at " + v.get("nodes"));
        }
      }
      @SuppressWarnings("unchecked")
      var links = (List<String>) js.executeScript("""
          return Array.from(document.querySelectorAll('a[href]'))
            .filter(a => !a.hasAttribute('download') && a.origin === location.origin)
            .map(a => a.pathname + a.search);""");
      for (var link : links) {
        if (follow(link) && seen.add(link)) {
          queue.add(link);
        }
      }
    }
    System.out.println("Crawl as " + role + " (" + language + "): " + visited + " pages, " + shapes.size() + " shapes: "
        + new TreeSet<>(shapes.keySet()));
    return visited;
  }

  private static boolean follow(String link) {
    var path = URI.create("http://x" + link).getPath();
    return !path.startsWith("/logout") && !path.startsWith("/api/") && !path.startsWith("/actuator")
        && !path.startsWith("/webjars/") && !path.startsWith("/css/") && !path.startsWith("/js/")
        && !DOWNLOAD.matcher(path).matches() && !link.contains("lang=");
  }

  /** The path with its identifiers replaced and the names of its query parameters: pages built the same way. */
  static String shape(String link) {
    var uri = URI.create("http://x" + link);
    var path = IDENTIFIER.matcher(uri.getPath()).replaceAll("*");
    var query = uri.getQuery() == null ? "" : "?" + new TreeSet<>(List.of(uri.getQuery().split("&")).stream()
        .map(p -> p.split("=", 2)[0]).toList());
    return path + query;
  }
}
