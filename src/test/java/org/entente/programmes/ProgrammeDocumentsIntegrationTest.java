package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The approved programme as PDF and XLSX, read back with PDFBox and Apache POI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeDocumentsIntegrationTest {

  @LocalServerPort int port;
  Drafting drafting;
  String id;
  final int year = LocalDate.now().getYear();

  @BeforeAll
  void approvedProgramme() {
    drafting = new Drafting(new Http(port), "GEO", 3);
    // enough objectives for several pages, so that "every page" is tested on more than one
    var content = Drafting.content("DOC", drafting.activities, year);
    var objectives = new ArrayList<Map<String, Object>>();
    for (int i = 1; i <= 45; i++) {
      objectives.add(Map.of("text", Map.of("en", "Objective number " + i + " on défense and resilience", "fr", "Objectif numéro " + i + " sur la défense et la résilience"),
          "priorityAreas", List.of("PA1"), "targets", List.of(Map.of("text", Map.of("en", "Exercises held", "fr", "Exercices tenus"), "value", i))));
    }
    content.put("objectives", objectives);
    var created = drafting.create("GEO", "ITPP", LocalDate.of(year, 1, 1), content);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    id = created.json().get("programme").get("id").asString();
    drafting.moved(id, "SUBMITTED", null, drafting.coordinator);
    drafting.moved(id, "IN_REVIEW", null, drafting.staff);
    drafting.moved(id, "AGREED", null, drafting.coordinator);
    drafting.secretariat.decide("PROGRAMME", id, List.of(), "APPROVED");
  }

  private HttpResponse<byte[]> download(String path, String language) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + drafting.coordinator.token()).header("Accept-Language", language).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void thePdfCarriesTheMarkingOnEveryPageAndTheObjectives() throws Exception {
    var response = download("/api/v1/programmes/" + id + ".pdf", "en");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (var pdf = Loader.loadPDF(response.body())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      var stripper = new PDFTextStripper();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(pdf)).as("page %d", page).contains("NATO UNCLASSIFIED — Releasable to GEO");
      }
      stripper.setStartPage(1);
      stripper.setEndPage(pdf.getNumberOfPages());
      var text = stripper.getText(pdf);
      assertThat(text).contains("ITPP Georgia", "Objective number 1 on défense", "Objective number 45", "Council decision", drafting.activities.get(0));
    }
  }

  @Test
  void inFrenchAndAsAWorkbook() throws Exception {
    try (var pdf = Loader.loadPDF(download("/api/v1/programmes/" + id + ".pdf", "fr").body())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("NATO SANS CLASSIFICATION — Communicable à GEO", "Objectif numéro 7 sur la défense");
    }
    var xlsx = download("/api/v1/programmes/" + id + ".xlsx", "en");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
      for (var sheet : workbook) {
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(sheet.getSheetName()).isEqualTo("NATO UNCLASSIFIED — Releasable to GEO");
      }
      var activities = workbook.getSheet("Planned activities");
      assertThat(activities.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Planned " + year);
      assertThat(activities.getRow(2).getCell(0).getStringCellValue()).isEqualTo(drafting.activities.get(0));
      assertThat(activities.getRow(2).getCell(4).getStringCellValue()).isEqualTo("2");
    }
  }
}
