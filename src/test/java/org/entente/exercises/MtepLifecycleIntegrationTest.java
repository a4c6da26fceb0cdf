package org.entente.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A version of the programme drafted, circulated, sent back, approved and superseded by the next; its exercises
 * with their three planning conferences; a partner reads only the exercises of the version in force that invite it;
 * illegal moves 409, the database refuses them too; the plan exported as XLSX without formulas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MtepLifecycleIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  Http http;
  Mtep mtep;

  @BeforeAll
  void setUp() {
    http = new Http(port);
    mtep = new Mtep(http);
  }

  private static List<String> names(JsonNode problem) {
    return StreamSupport.stream(problem.get("invalid-params").spliterator(), false).map(p -> p.get("name").asString()).toList();
  }

  private static List<String> codes(JsonNode exercises) {
    var codes = new ArrayList<String>();
    exercises.forEach(e -> codes.add(e.get("code").asString()));
    return codes;
  }

  @Test
  void draftedCirculatedApprovedAndSupersededWithPartnersSeeingOnlyTheirExercises() throws Exception {
    var georgia = mtep.accounts.create("GEO:NATIONAL_COORDINATOR");
    var moldova = mtep.accounts.create("MDA:PARTICIPANT");
    var jordan = mtep.accounts.create("JOR:NATIONAL_COORDINATOR");
    var provider = mtep.accounts.create("NSO:PROVIDER_MANAGER");

    // only the planning board drafts
    assertThat(mtep.send("POST", "/api/v1/exercises/versions", Map.of("firstYear", 2027), georgia).status()).isEqualTo(403);
    var early = mtep.send("POST", "/api/v1/exercises/versions", Map.of("firstYear", 1990), mtep.board);
    assertThat(early.status()).isEqualTo(400);
    assertThat(names(early.json())).containsExactly("firstYear");

    var v1 = mtep.draft(2027);
    // an empty draft is not circulated; a draft is not approved
    var empty = Mtep.ok(http.get("/api/v1/exercises/versions/" + v1, mtep.board.bearer())).get("exercises").size();
    if (empty == 0) assertThat(mtep.move(v1, "CIRCULATED", null).status()).isEqualTo(409);
    assertThat(mtep.move(v1, "APPROVED", null).status()).isEqualTo(409);
    assertThat(mtep.move(v1, "SUPERSEDED", null).status()).isEqualTo(409);

    var menu = Mtep.menuExercise(http, "NSO");
    var geo = Mtep.unique("GEO");
    var shared = Mtep.unique("SHARED");
    var dropped = Mtep.unique("DROP");
    Mtep.ok(mtep.add(v1, Mtep.exercise(geo, "Georgian Shield", 2028, List.of("GEO"), menu)));
    Mtep.ok(mtep.add(v1, Mtep.exercise(shared, "Shared Resolve", 2029, List.of("GEO", "MDA"), null)));
    Mtep.ok(mtep.add(v1, Mtep.exercise(dropped, "Dropped Anchor", 2030, List.of("MDA"), null)));
    // the same code twice in a version: 409; bad fields named
    assertThat(mtep.add(v1, Mtep.exercise(geo, "Again", 2028, List.of("GEO"), null)).status()).isEqualTo(409);
    var wrong = Mtep.exercise(Mtep.unique("BAD"), "Bad", 2035, List.of("XXX"), "NOPE-1");
    var refused = mtep.add(v1, wrong);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(names(refused.json())).contains("startsOn", "invited[0]", "activity");
    // a course is not an exercise; conferences out of order are refused
    var course = org.entente.integrity.Assessing.publishedActivity(http, "NSO");
    assertThat(names(mtep.add(v1, Mtep.exercise(Mtep.unique("C"), "Course", 2028, List.of("GEO"), course)).json())).containsExactly("activity");
    var disorder = Mtep.exercise(Mtep.unique("O"), "Order", 2028, List.of("GEO"), null);
    var conferences = new ArrayList<Object>((List<?>) disorder.get("conferences"));
    conferences.set(0, Map.of("kind", "IPC", "startsOn", "2028-04-01", "place", "Brussels"));
    disorder.put("conferences", conferences);
    assertThat(names(mtep.add(v1, disorder).json())).contains("conferences");
    // partners and providers do not plan
    assertThat(mtep.add(v1, Mtep.exercise(Mtep.unique("P"), "P", 2028, List.of("GEO"), null)).status()).isEqualTo(201);
    assertThat(mtep.send("POST", "/api/v1/exercises/versions/" + v1 + "/exercises", Mtep.exercise("X-1", "X", 2028, List.of(), null), provider)
        .status()).isEqualTo(403);

    // a draft is the board's alone
    for (var reader : List.of(georgia, moldova, jordan)) {
      assertThat(http.get("/api/v1/exercises/versions/" + v1, reader.bearer()).status()).isEqualTo(404);
      assertThat(http.get("/exercises/versions/" + v1, reader.bearer()).status()).isEqualTo(404);
    }

    Mtep.ok(mtep.move(v1, "CIRCULATED", null));
    var back = mtep.move(v1, "DRAFT", null);
    assertThat(back.status()).isEqualTo(400);
    assertThat(names(back.json())).containsExactly("reason");
    Mtep.ok(mtep.move(v1, "DRAFT", "Move the shared exercise to the autumn"));
    mtep.approved(v1);
    assertThat(mtep.add(v1, Mtep.exercise(Mtep.unique("LATE"), "Late", 2028, List.of("GEO"), null)).status()).isEqualTo(409);
    // the database refuses an illegal move too
    var version = java.util.UUID.fromString(v1);
    var error = org.assertj.core.api.Assertions.catchThrowable(() -> org.entente.database.SystemWork.run("test",
        () -> transactions.execute(s -> jdbc.sql("update exercises_version set status = 'DRAFT' where id = :id").param("id", version).update())));
    assertThat(error).isNotNull();

    // Georgia reads its two exercises, Moldova (any of its roles) its two, Jordan none
    var forGeorgia = Mtep.ok(http.get("/api/v1/exercises/versions/" + v1, georgia.bearer())).get("exercises");
    assertThat(codes(forGeorgia)).contains(geo, shared).doesNotContain(dropped);
    assertThat(codes(Mtep.ok(http.get("/api/v1/exercises/versions/" + v1, moldova.bearer())).get("exercises"))).contains(shared, dropped)
        .doesNotContain(geo);
    assertThat(codes(Mtep.ok(http.get("/api/v1/exercises/versions/" + v1, jordan.bearer())).get("exercises"))).doesNotContain(geo, shared, dropped);
    var geoId = forGeorgia.get(codes(forGeorgia).indexOf(geo)).get("id").asString();
    var exercise = Mtep.ok(http.get("/api/v1/exercises/" + geoId, georgia.bearer()));
    assertThat(exercise.get("conferences").size()).isEqualTo(3);
    assertThat(exercise.get("activity").asString()).isEqualTo(menu);
    assertThat(http.get("/api/v1/exercises/" + geoId, jordan.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/exercises/" + geoId, moldova.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/exercises/" + geoId, jordan.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/exercises", georgia.bearer()).body()).contains("Georgian Shield");
    assertThat(http.get("/exercises", jordan.bearer()).body()).doesNotContain("Georgian Shield");
    assertThat(http.get("/api/v1/notifications", georgia.bearer()).body()).contains("exercise programme 2027");

    // the next version: one exercise moved, one dropped, one added; approving it supersedes the first
    var v2 = mtep.draft(2027);
    var copied = Mtep.ok(http.get("/api/v1/exercises/versions/" + v2, mtep.board.bearer())).get("exercises");
    assertThat(codes(copied)).contains(geo, shared, dropped);
    for (var e : copied) {
      var code = e.get("code").asString();
      if (code.equals(dropped)) Mtep.ok(mtep.send("DELETE", "/api/v1/exercises/" + e.get("id").asString(), Map.of(), mtep.board));
      if (code.equals(shared)) {
        Mtep.ok(mtep.send("PUT", "/api/v1/exercises/" + e.get("id").asString(), Mtep.exercise(shared, "Shared Resolve", 2030, List.of("GEO", "MDA"), null),
            mtep.board));
      }
    }
    var added = Mtep.unique("NEW");
    Mtep.ok(mtep.add(v2, Mtep.exercise(added, "New Horizon", 2031, List.of("GEO"), null)));
    var comparison = Mtep.ok(http.get("/api/v1/exercises/versions/" + v2 + "/comparison?with=" + v1, mtep.board.bearer()));
    assertThat(codes(comparison.get("added"))).containsExactly(added);
    assertThat(codes(comparison.get("dropped"))).containsExactly(dropped);
    assertThat(comparison.get("moved").get(0).get("after").get("code").asString()).isEqualTo(shared);
    assertThat(http.get("/exercises/versions/" + v2 + "/comparison?with=" + v1, mtep.board.bearer()).body()).contains("New Horizon", "Dropped Anchor");
    mtep.approved(v2);
    assertThat(Mtep.ok(http.get("/api/v1/exercises/versions/" + v1, georgia.bearer())).get("version").get("status").asString()).isEqualTo("SUPERSEDED");
    // a superseded version's exercises are history for the board; the partner reads the version in force
    assertThat(Mtep.ok(http.get("/api/v1/exercises/versions/" + v1, georgia.bearer())).get("exercises").size()).isZero();
    assertThat(codes(Mtep.ok(http.get("/api/v1/exercises/versions/" + v2, georgia.bearer())).get("exercises"))).contains(added);

    // the plan as XLSX, read back: Georgia's rows only, strings only
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exercises/versions/" + v2 + "/plan.xlsx"))
        .header("Authorization", "Bearer " + georgia.token()).build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      var sheet = workbook.getSheetAt(0);
      var rows = new ArrayList<String>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) rows.add(sheet.getRow(r).getCell(0).getStringCellValue());
      assertThat(rows).contains(geo, added).doesNotContain(dropped);
      assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("2027");
    }
  }

  @Test
  void staffRecordACentresAccreditationAndEveryoneReadsTheNetwork() {
    var georgia = mtep.accounts.create("GEO:NATIONAL_COORDINATOR");
    var body = Map.of("accreditation", "ACCREDITED", "on", "2014-05-20", "specialities", Map.of("en", "Mountain warfare", "fr", "Combat en montagne"));
    assertThat(mtep.send("PUT", "/api/v1/exercises/centres/SMTS", body, georgia).status()).isEqualTo(403);
    var wrong = mtep.send("PUT", "/api/v1/exercises/centres/GEO", Map.of("accreditation", "ACCREDITED"), mtep.board);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(names(wrong.json())).containsExactlyInAnyOrder("institution", "on");
    var recorded = Mtep.ok(mtep.send("PUT", "/api/v1/exercises/centres/SMTS", body, mtep.board));
    assertThat(recorded.get("accreditation").asString()).isEqualTo("ACCREDITED");
    assertThat(recorded.get("belongsTo").asString()).isEqualTo("GEO");
    // a visitor reads the network, in both languages
    var visitor = http.get("/api/v1/exercises/centres?accreditation=ACCREDITED");
    assertThat(visitor.status()).isEqualTo(200);
    assertThat(visitor.body()).contains("SMTS", "Mountain warfare");
    assertThat(http.get("/exercises/centres?lang=fr").body()).contains("Sachkhere", "Combat en montagne", "Accrédité");
    assertThat(http.get("/api/v1/exercises/centres?accreditation=NOPE").status()).isEqualTo(400);
  }

  @Test
  void aFormulaInANameIsExportedAsText() throws Exception {
    var v = mtep.draft(2027);
    var code = Mtep.unique("F");
    Mtep.ok(mtep.add(v, Mtep.exercise(code, "=HYPERLINK(\"http://x\")", 2028, List.of("GEO"), null)));
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exercises/versions/" + v + "/plan.xlsx"))
        .header("Authorization", "Bearer " + mtep.board.token()).build();
    var body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      var sheet = workbook.getSheetAt(0);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        if (!row.getCell(0).getStringCellValue().equals(code)) continue;
        assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
      }
    }
  }
}
