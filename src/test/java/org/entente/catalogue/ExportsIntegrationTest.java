package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Exports read back by real parsers: commons-csv, Apache POI, ical4j. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsIntegrationTest {

  @LocalServerPort int port;
  Menu menu;
  String code;
  LocalDate starts;

  @BeforeAll
  void menu() {
    menu = new Menu(new Http(port), "NSO");
    code = Menu.uniqueCode("NSO-EXP");
    var draft = Menu.draft(code, "NSO");
    draft.put("title", Map.of("en", "Cooperative security; a course, with commas", "fr", "Sécurité coopérative : cours"));
    draft.put("marking", Map.of("level", "PUBLIC", "releasableTo", List.of()));
    menu.publish(draft);
    starts = LocalDate.now().plusMonths(2);
    menu.addEvent(code, starts, 16);
  }

  private byte[] download(String path) throws Exception {
    var response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + menu.staff.token()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void csvHasTheImportsColumns() throws Exception {
    var text = new String(download("/api/v1/activities.csv?q=" + code), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
    var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    assertThat(records).hasSize(1);
    assertThat(records.getFirst().get("code")).isEqualTo(code);
    assertThat(records.getFirst().get("title_fr")).isEqualTo("Sécurité coopérative : cours");
    assertThat(records.getFirst().get("areas")).isEqualTo("BORDER_SECURITY");
    assertThat(records.getFirst().getParser().getHeaderNames()).isEqualTo(ActivityColumns.HEADER);
  }

  @Test
  void xlsxOpensInAWorkbook() throws Exception {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/api/v1/activities.xlsx?q=" + code)))) {
      var sheet = workbook.getSheet("activities");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(code);
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
    }
  }

  @Test
  void theCalendarParsesWithIcal4j() throws Exception {
    var bytes = download("/api/v1/events.ics?provider=NSO&q=" + code);
    var calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    var events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    var event = (VEvent) events.getFirst();
    assertThat(event.getSummary().getValue()).isEqualTo("Cooperative security; a course, with commas");
    assertThat(event.getDateTimeStart().getValue()).isEqualTo(starts.toString().replace("-", ""));
    assertThat(event.getLocation().getValue()).isEqualTo("Oberammergau, DEU");
    for (var line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\r\n")) {
      assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
  }

  @Test
  void aVisitorsExportHoldsThePublicPartOnly() throws Exception {
    var hidden = Menu.uniqueCode("NSO-EXH");
    menu.publish(Menu.draft(hidden, "NSO")); // NATO UNCLASSIFIED
    var anonymous = menu.http.get("/api/v1/activities.csv?provider=NSO&size=100").body();
    assertThat(anonymous).contains(code).doesNotContain(hidden);
  }
}
