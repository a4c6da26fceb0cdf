package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Files in: checked whole, imported whole or not at all, reported row by row, and idempotent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportsIntegrationTest {

  @LocalServerPort int port;
  Menu menu;

  @BeforeEach
  void menu() {
    menu = new Menu(new Http(port), "NSO");
  }

  private static String csvLine(String... cells) {
    return java.util.Arrays.stream(cells)
        .map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
        .collect(Collectors.joining(","));
  }

  /** n rows of valid activities, with the rows numbered in {@code broken} made wrong in one cell each. */
  private static String file(String prefix, int n, Set<Integer> broken) {
    var lines = new ArrayList<String>();
    lines.add(String.join(",", ActivityColumns.HEADER));
    for (int i = 1; i <= n; i++) {
      var code = prefix + "-" + i;
      var languages = broken.contains(i) && i % 3 == 0 ? "english" : "en;fr";
      var duration = broken.contains(i) && i % 3 == 1 ? "0" : "5";
      var areas = broken.contains(i) && i % 3 == 2 ? "ASTROLOGY" : "BORDER_SECURITY;CYBER_DEFENCE";
      lines.add(csvLine(code, "NSO", "COURSE", "RESIDENTIAL", "Imported course " + i, "Cours importé " + i,
          "Summary, with a comma", "", "", "", languages, duration, areas, "PA1", "NATO_UNCLASSIFIED", "",
          "ALL_PARTNERS", "", "", ""));
    }
    return String.join("\r\n", lines) + "\r\n";
  }

  private Http.Response upload(String name, byte[] content) {
    return menu.http.upload("/api/v1/imports", name, content, menu.provider.bearer());
  }

  @Test
  void fiveHundredRowsWithThreeBadOnesImportNothingAndNameExactlyThose() {
    var prefix = Menu.uniqueCode("IMP");
    var rejected = upload("menu.csv", file(prefix, 500, Set.of(17, 246, 499)).getBytes(StandardCharsets.UTF_8));
    assertThat(rejected.status()).isEqualTo(422);
    var errors = rejected.json().get("report").get("errors");
    var rows = StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("row").asInt()).collect(Collectors.toSet());
    assertThat(rows).as("spreadsheet rows: header is row 1").containsExactlyInAnyOrder(18, 247, 500);
    var columns = StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("column").asString()).collect(Collectors.toSet());
    assertThat(columns).containsExactlyInAnyOrder("duration_days", "areas", "languages");
    assertThat(menu.http.get("/api/v1/activities/" + prefix + "-1", menu.provider.bearer()).status())
        .as("nothing imported").isEqualTo(404);

    var reportCsv = menu.http.get(rejected.json().get("reportCsv").asString(), menu.provider.bearer());
    assertThat(reportCsv.status()).isEqualTo(200);
    assertThat(reportCsv.body().lines().count()).isEqualTo(4);
  }

  @Test
  void aGoodFileImportsWholeAndImportingItAgainChangesNothing() {
    var prefix = Menu.uniqueCode("IMQ");
    var content = file(prefix, 500, Set.of()).getBytes(StandardCharsets.UTF_8);
    var first = upload("menu.csv", content);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("created").asInt()).isEqualTo(500);
    var imported = menu.http.get("/api/v1/activities/" + prefix + "-250", menu.provider.bearer()).json();
    assertThat(imported.get("status").asString()).isEqualTo("DRAFT");
    assertThat(imported.get("title").get("fr").asString()).isEqualTo("Cours importé 250");

    var again = upload("menu.csv", content);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().get("created").asInt()).isZero();
    assertThat(again.json().get("updated").asInt()).isZero();
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(500);
  }

  @Test
  void aLongImportRunsInTheBackgroundAndShowsItsProgress() {
    var prefix = Menu.uniqueCode("IMA");
    var started = menu.http.upload("/api/v1/imports?async=true", "long.csv",
        file(prefix, 2_000, Set.of()).getBytes(StandardCharsets.UTF_8), menu.provider.bearer());
    assertThat(started.status()).isEqualTo(202);
    assertThat(started.json().get("status").asString()).isEqualTo("RUNNING");
    assertThat(started.json().get("rows").asInt()).isEqualTo(2_000);
    var location = started.header("Location");
    var seen = new java.util.TreeSet<Integer>();
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(50))
        .until(() -> {
          var report = menu.http.get(location, menu.provider.bearer()).json();
          seen.add(report.get("processed").asInt());
          return report.get("status").asString().equals("IMPORTED");
        });
    var done = menu.http.get(location, menu.provider.bearer()).json();
    assertThat(done.get("created").asInt()).isEqualTo(2_000);
    assertThat(done.get("processed").asInt()).isEqualTo(2_000);
    assertThat(seen.last()).isEqualTo(2_000);
    assertThat(menu.http.get(location, new org.entente.Accounts(menu.http).create("NDC:PROVIDER_MANAGER").bearer()).status())
        .as("another provider does not see the report").isEqualTo(404);
  }

  @Test
  void eventsComeInAnXlsxSheetForPublishedActivities() throws Exception {
    var code = Menu.uniqueCode("NSO-XL");
    menu.publish(Menu.draft(code, "NSO"));
    var starts = LocalDate.now().plusMonths(6);
    byte[] xlsx;
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("events");
      var header = sheet.createRow(0);
      for (int c = 0; c < ActivityColumns.EVENT_HEADER.size(); c++) {
        header.createCell(c).setCellValue(ActivityColumns.EVENT_HEADER.get(c));
      }
      var values = List.of(code, starts.toString(), starts.plusDays(4).toString(), "Tbilisi", "GEO", "24",
          starts.minusDays(60).toString(), starts.minusDays(10).toString(), "2");
      var row = sheet.createRow(1);
      for (int c = 0; c < values.size(); c++) {
        row.createCell(c).setCellValue(values.get(c));
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }
    var first = upload("events.xlsx", xlsx);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("created").asInt()).isEqualTo(1);
    var events = menu.http.get("/api/v1/activities/" + code + "/events", menu.provider.bearer()).json();
    assertThat(events.get("total").asInt()).isEqualTo(1);
    assertThat(events.get("items").get(0).get("city").asString()).isEqualTo("Tbilisi");
    assertThat(upload("events.xlsx", xlsx).json().get("unchanged").asInt()).isEqualTo(1);
  }

  @Test
  void anotherProvidersRowsAndUnreadableFilesAreRefused() {
    var other = Menu.draft(Menu.uniqueCode("NDC-IMP"), "NDC");
    var line = csvLine((String) other.get("code"), "NDC", "COURSE", "RESIDENTIAL", "T", "T", "", "", "", "", "en", "3",
        "BORDER_SECURITY", "", "PUBLIC", "", "ALL_PARTNERS", "", "", "");
    var refused = upload("other.csv", (String.join(",", ActivityColumns.HEADER) + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("report").get("errors").get(0).get("column").asString()).isEqualTo("provider");

    var garbage = upload("junk.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("file");
  }
}
