package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12's probe, replayed: every request it names that answered 5xx (or leaked, or poisoned an export)
 * now answers a 4xx problem naming the field — or, for exports, a file that cannot be poisoned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputRegressionIntegrationTest {

  static final String NUL = "\\u0000"; // as JSON writes it: the string holds U+0000
  static final String LONE_SURROGATE = "\\ud800";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  Http http;
  Accounts accounts;

  @BeforeEach
  void client() {
    http = new Http(port);
    accounts = new Accounts(http);
  }

  /** A 4xx problem+json (never 5xx) naming these fields among its invalid-params. */
  static void assertRefused(Http.Response response, int status, String... fields) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    if (fields.length > 0) {
      var named = StreamSupport.stream(response.json().get("invalid-params").spliterator(), false)
          .map(p -> p.get("name").asString()).toList();
      assertThat(named).as(response.body()).contains(fields);
    }
  }

  private Http.Response json(String method, String path, String body, Accounts.Account as) {
    return as == null
        ? http.send(method, path, body, "Content-Type", "application/json")
        : http.send(method, path, body, "Content-Type", "application/json", "Authorization", "Bearer " + as.token());
  }

  private Http.Response json(String method, String path, String body, String[] bearer) {
    return http.send(method, path, body, "Content-Type", "application/json", bearer[0], bearer[1]);
  }

  private String[] admin() {
    return new String[] {"Authorization", "Bearer " + accounts.adminToken()};
  }

  // ---- 1. characters PostgreSQL cannot store ----

  @Test
  void nulAndLoneSurrogatesAreRefusedWhereverTheyCome() {
    // unauthenticated
    assertRefused(json("POST", "/api/v1/auth/token", "{\"username\":\"a" + NUL + "b\",\"password\":\"x\"}", (Accounts.Account) null), 400, "username");
    assertRefused(json("POST", "/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"" + LONE_SURROGATE + "\"}", (Accounts.Account) null), 400, "password");
    // query parameters of the API, its exports and a page
    assertRefused(http.get("/api/v1/activities?q=%00"), 400, "q");
    assertRefused(http.get("/api/v1/activities.csv?q=%00"), 400, "q");
    assertRefused(http.get("/api/v1/activities.xlsx?q=a%00"), 400, "q");
    assertRefused(http.get("/api/v1/events.ics?q=%00"), 400, "q");
    assertThat(http.get("/menu?q=%00").status()).isEqualTo(400);
    // a path parameter
    var menu = new Menu(http, "NSO");
    assertThat(http.get("/api/v1/activities/NSO%00X", menu.provider.bearer()).status()).isEqualTo(400);

    // JSON bodies of every module
    var draft = Menu.draft(Menu.uniqueCode("NSO-NUL"), "NSO");
    draft.put("summary", Map.of("en", "A\u0000B", "fr", "x"));
    assertRefused(menu.post("/api/v1/activities", draft, menu.provider), 400, "summary.en");
    var code = Menu.uniqueCode("NSO-NUL");
    menu.publish(Menu.draft(code, "NSO"));
    var event = new LinkedHashMap<String, Object>();
    event.put("startsOn", LocalDate.now().plusMonths(2).toString());
    event.put("endsOn", LocalDate.now().plusMonths(2).plusDays(2).toString());
    event.put("city", "Ober\u0000ammergau");
    event.put("country", "DEU");
    event.put("seats", 10);
    assertRefused(menu.post("/api/v1/activities/" + code + "/events", event, menu.provider), 400, "city");

    var coordinator = accounts.create("GEO:NATIONAL_COORDINATOR");
    assertRefused(json("POST", "/api/v1/participants", "{\"familyName\":\"B" + NUL + "\",\"givenName\":\"N\",\"email\":\"n@example.ge\"}",
        coordinator), 400, "familyName");
    assertRefused(json("POST", "/api/v1/programmes", "{\"partner\":\"GEO\",\"type\":\"IPCP\",\"startsOn\":\"2027-01-01\",\"content\":"
        + "{\"objectives\":[{\"text\":{\"en\":\"x" + NUL + "\"}}]}}", coordinator), 400, "content.objectives[0].text.en");
    assertRefused(json("POST", "/api/v1/programmes/" + UUID.randomUUID() + "/comments", "{\"body\":\"" + LONE_SURROGATE + "\"}",
        coordinator), 400, "body");
    var secretariat = accounts.create("NAC:COUNCIL_SECRETARIAT");
    assertRefused(json("POST", "/api/v1/council/decisions", "{\"reference\":\"PO(2026)" + NUL + "\",\"decidedOn\":\"2026-01-01\"}",
        secretariat), 400, "reference");
    var admin = admin();
    assertRefused(json("POST", "/api/v1/users", "{\"username\":\"x" + NUL + "\",\"password\":\"p\",\"displayName\":\"d\"}", admin), 400, "username");
    var someone = accounts.create("JOR:PARTICIPANT");
    assertRefused(json("POST", "/api/v1/users/" + someone.id() + "/memberships", "{\"organisation\":\"JOR" + NUL + "\",\"role\":\"STAFF\"}",
        admin), 400, "organisation");
    assertRefused(json("PUT", "/api/v1/events/" + UUID.randomUUID() + "/report", "{\"text\":{\"en\":\"" + NUL + "\"}}", menu.provider),
        400, "text.en");
    // map keys too (a programme's planned participants per year)
    assertRefused(json("POST", "/api/v1/programmes", "{\"partner\":\"GEO\",\"type\":\"IPCP\",\"startsOn\":\"2027-01-01\",\"content\":"
        + "{\"activities\":[{\"code\":\"X\",\"plannedParticipants\":{\"20" + NUL + "27\":1}}]}}", coordinator), 400);
    // a form field
    var browser = Http.withCookies(port);
    var login = browser.get("/login");
    assertThat(browser.form("/login", Map.of("username", "a\u0000", "password", "x", "_csrf", Http.csrf(login.body()))).status())
        .isEqualTo(400);
    // an imported file: refused with its cell named in the report, nothing stored
    var imported = http.upload("/api/v1/imports", "nul.csv", ("activity,starts_on,ends_on,city,country,seats,nominations_open,"
        + "nominations_close,nation_quota\n" + code + ",2027-03-01,2027-03-02,Ober\u0000ammergau,DEU,5,2027-01-01,2027-02-01,\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), menu.provider.bearer());
    assertThat(imported.status()).as(imported.body()).isBetween(400, 499);
    assertThat(imported.body()).contains("city");
  }

  // ---- 2. lengths ----

  @Test
  void everyTextHasALimitCheckedBeforeAnyQuery() {
    var megabyte = "x".repeat(1_000_000);
    assertRefused(json("POST", "/api/v1/auth/token", "{\"username\":\"" + megabyte + "\",\"password\":\"Some-password-123\"}",
        (Accounts.Account) null), 400, "username");
    assertRefused(json("POST", "/api/v1/users", "{\"username\":\"" + megabyte + "\",\"password\":\"p\",\"displayName\":\"d\"}", admin()),
        400, "username");
    var menu = new Menu(http, "NSO");
    var draft = Menu.draft(Menu.uniqueCode("NSO-LONG"), "NSO");
    draft.put("summary", Map.of("en", megabyte, "fr", "x"));
    assertRefused(menu.post("/api/v1/activities", draft, menu.provider), 400, "summary.en");
    // a form field of a megabyte
    var browser = Http.withCookies(port);
    var login = browser.get("/login");
    assertThat(browser.form("/login", Map.of("username", megabyte, "password", "x", "_csrf", Http.csrf(login.body()))).status())
        .isEqualTo(400);
  }

  @Test
  void anExportNeverFailsBecauseOfWhatIsStored() throws Exception {
    var menu = new Menu(http, "NSO");
    var code = Menu.uniqueCode("NSO-HUGE");
    menu.publish(Menu.draft(code, "NSO"));
    // stored before the limits existed (or by a path that forgot them): 40,000 characters
    var huge = "y".repeat(40_000);
    org.entente.database.SystemWork.run("test", () -> transactions.executeWithoutResult(s ->
        jdbc.sql("update catalogue_activity set summary_en = :s where code = :c").param("s", huge).param("c", code).update()));
    var xlsx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + "/api/v1/activities.xlsx?q=" + code))
            .header("Authorization", "Bearer " + menu.provider.token()).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
      var found = false;
      for (var row : workbook.getSheetAt(0)) {
        for (var cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().startsWith("yyyy")) {
            assertThat(cell.getStringCellValue().length()).isLessThanOrEqualTo(32_767);
            assertThat(cell.getStringCellValue()).endsWith("[…]");
            found = true;
          }
        }
      }
      assertThat(found).as("the long summary is in the workbook, cut with a marker").isTrue();
    }
    assertThat(http.get("/api/v1/activities.csv?q=" + code, menu.provider.bearer()).status()).isEqualTo(200);
  }

  // ---- 3. strict JSON and query filters ----

  @Test
  void jsonIsReadStrictly() {
    var menu = new Menu(http, "NSO");
    var code = Menu.uniqueCode("NSO-STRICT");
    menu.publish(Menu.draft(code, "NSO"));
    var event = new LinkedHashMap<String, Object>();
    event.put("startsOn", "2027-01-01");
    event.put("endsOn", 20260101);
    event.put("city", "Oberammergau");
    event.put("country", "DEU");
    event.put("seats", 10);
    assertRefused(menu.post("/api/v1/activities/" + code + "/events", event, menu.provider), 400, "endsOn");
    event.put("endsOn", "9999-01-01");
    assertRefused(menu.post("/api/v1/activities/" + code + "/events", event, menu.provider), 400, "endsOn");
    event.put("endsOn", "2027-01-05");
    event.put("seats", "10");
    assertRefused(menu.post("/api/v1/activities/" + code + "/events", event, menu.provider), 400, "seats");
    event.put("seats", 10.5);
    assertRefused(menu.post("/api/v1/activities/" + code + "/events", event, menu.provider), 400, "seats");

    var admin = admin();
    assertRefused(json("POST", "/api/v1/users", "{\"username\":\"nulls\",\"password\":\"Quartz-lantern-ferry-93\",\"displayName\":\"N\","
        + "\"memberships\":[null]}", admin), 400, "memberships[0]");
    assertRefused(json("POST", "/api/v1/users", "{\"username\":\"numbers\",\"password\":\"Quartz-lantern-ferry-93\",\"displayName\":123,"
        + "\"memberships\":[{\"organisation\":\"GEO\",\"role\":\"PARTICIPANT\"}]}", admin), 400, "displayName");
    assertRefused(json("POST", "/api/v1/users", "{\"username\":true,\"password\":\"Quartz-lantern-ferry-93\",\"displayName\":\"B\","
        + "\"memberships\":[{\"organisation\":\"GEO\",\"role\":\"PARTICIPANT\"}]}", admin), 400, "username");
    var draft = Menu.draft(Menu.uniqueCode("NSO-STRICT"), "NSO");
    draft.put("languages", java.util.Arrays.asList("en", null));
    assertRefused(menu.post("/api/v1/activities", draft, menu.provider), 400, "languages[1]");
    draft.put("languages", List.of("en"));
    draft.put("durationDays", "5");
    assertRefused(menu.post("/api/v1/activities", draft, menu.provider), 400, "durationDays");
  }

  @Test
  void filtersOutsideTheirSetAreRefusedAllNamedTogether() {
    var response = http.get("/api/v1/activities?format=PAPER&eligibility=NOPE&sort=cheapest&type=PICNIC&status=LOST&month=2026-13");
    assertRefused(response, 400, "format", "eligibility", "sort", "type", "status", "month");
    assertRefused(http.get("/api/v1/activities.csv?status=LOST&month=13"), 400, "status", "month");
    assertRefused(http.get("/api/v1/events?page=-1&size=0"), 400, "page", "size");
    assertThat(http.get("/api/v1/activities?format=residential&eligibility=ALL_PARTNERS").status()).isEqualTo(200);
  }

  // ---- 4. races on unique values ----

  @Test
  void twentyParallelCreationsOfOneUsernameAnswerOne201AndConflictsNever500() throws Exception {
    var admin = admin();
    var username = "race-" + UUID.randomUUID().toString().substring(0, 8);
    var body = "{\"username\":\"" + username + "\",\"password\":\"Quartz-lantern-ferry-93\",\"displayName\":\"Race\","
        + "\"memberships\":[{\"organisation\":\"GEO\",\"role\":\"PARTICIPANT\"}]}";
    var statuses = new ArrayList<Integer>();
    try (var pool = Executors.newFixedThreadPool(20)) {
      var start = new java.util.concurrent.CountDownLatch(1);
      var answers = new ArrayList<java.util.concurrent.Future<Http.Response>>();
      for (int i = 0; i < 20; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return json("POST", "/api/v1/users", body, admin);
        }));
      }
      start.countDown();
      for (var answer : answers) {
        var response = answer.get();
        statuses.add(response.status());
        if (response.status() != 201) {
          assertRefused(response, 409);
        }
      }
    }
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
  }

  // ---- 6. a participant reads only their own certificates ----

  @Test
  void aParticipantReadsOnlyTheirOwnCertificate() {
    var reg = new Registrar(http, "NSO");
    var coordinator = reg.coordinator("GEO");
    var holder = accounts.create("GEO:PARTICIPANT");
    var other = accounts.create("GEO:PARTICIPANT");
    var today = LocalDate.now();
    var event = reg.event(5, today);
    reg.openUntilStart(event, today);
    var participant = reg.menu.post("/api/v1/participants", Map.of("familyName", "Beridze", "givenName", "Nino",
        "email", holder.username() + "@example.org", "languages", List.of("en")), coordinator);
    assertThat(participant.status()).as(participant.body()).isEqualTo(201);
    // the holder is the record the coordinator links to the person's account
    var linked = http.send("PUT", "/api/v1/participants/" + participant.json().get("id").asString() + "/account",
        "{\"account\":\"" + holder.id() + "\"}", "Content-Type", "application/json", "Authorization", "Bearer " + coordinator.token());
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    var nomination = reg.nominated(event, participant.json().get("id").asString(), coordinator).get("id").asString();
    reg.move(nomination, "CONFIRMED", reg.menu.provider);
    reg.move(nomination, "ATTENDED", reg.menu.provider);
    var path = "/api/v1/nominations/" + nomination + "/certificate";
    assertThat(http.get(path, holder.bearer()).status()).as("the holder").isEqualTo(200);
    assertThat(http.get(path, coordinator.bearer()).status()).as("the nation's coordinator").isEqualTo(200);
    assertThat(http.get(path, other.bearer()).status()).as("another participant of the nation").isEqualTo(404);
  }

  // ---- 7. sign-in ----

  @Test
  void passwordsAreJudgedByStrength() {
    var admin = admin();
    for (var weak : List.of("qwertyuiopas", "Entente2026!")) {
      var response = json("POST", "/api/v1/users", "{\"username\":\"weak-" + UUID.randomUUID().toString().substring(0, 6)
          + "\",\"password\":\"" + weak + "\",\"displayName\":\"W\",\"memberships\":[{\"organisation\":\"GEO\",\"role\":\"PARTICIPANT\"}]}", admin);
      assertRefused(response, 400, "password");
    }
  }

  @Test
  void aForwardedForHeaderFromAnUntrustedClientIsIgnored() {
    var name = "forger-" + UUID.randomUUID().toString().substring(0, 8);
    http.send("POST", "/api/v1/auth/token", "{\"username\":\"" + name + "\",\"password\":\"wrong-password-1\"}",
        "Content-Type", "application/json", "X-Forwarded-For", "203.0.113.66");
    var auditor = accounts.create("IS:AUDITOR");
    var trail = http.get("/api/v1/audit?action=SIGN_IN_FAILED&entityId=" + name, auditor.bearer());
    assertThat(trail.status()).isEqualTo(200);
    assertThat(trail.body()).contains(name).doesNotContain("203.0.113.66");
  }

  // ---- 8. operations endpoints ----

  @Test
  void metricsAreNotForAnonymousReadersButHealthIs() {
    assertThat(http.get("/actuator/health").status()).isEqualTo(200);
    assertRefused(http.get("/actuator/prometheus"), 401);
    assertThat(http.get("/actuator/prometheus", "Authorization", "Bearer wrong-scrape-token").status()).isEqualTo(401);
    var scraped = http.get("/actuator/prometheus", "Authorization", "Bearer scrape-token-for-tests-0123456789");
    assertThat(scraped.status()).isEqualTo(200);
    assertThat(scraped.body()).contains("http_server_requests_seconds_count");
    var staff = accounts.create("IS:STAFF");
    assertThat(http.get("/actuator/prometheus", staff.bearer()).status()).isEqualTo(403);
    assertThat(http.get("/actuator/prometheus", admin()).status()).isEqualTo(200);
    assertThat(http.send("TRACE", "/api/v1/frameworks", "").status()).as("no TRACE").isBetween(400, 499);
  }

  // ---- 5. formula injection: neutralised in the CSV export, restored by the import ----

  @Test
  void aCsvExportCannotCarryAFormulaAndRoundTrips() {
    var menu = new Menu(http, "NSO");
    var code = Menu.uniqueCode("NSO-CSV");
    var draft = Menu.draft(code, "NSO");
    draft.put("title", Map.of("en", "=HYPERLINK(\"http://evil.example\",\"x\")", "fr", "+33 cours"));
    draft.put("summary", Map.of("en", "@SUM(1+1)", "fr", "-2 jours"));
    menu.publish(draft);
    var csv = http.get("/api/v1/activities.csv?q=" + code, menu.provider.bearer());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("'=HYPERLINK", "'+33 cours", "'@SUM(1+1)", "'-2 jours")
        .doesNotContain(",=HYPERLINK", ",+33", ",@SUM", ",-2 jours");
    // the same file imported again changes nothing: the apostrophes are taken off
    var imported = http.upload("/api/v1/imports", "../../etc/menu.csv",
        csv.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), menu.provider.bearer());
    assertThat(imported.status()).as(imported.body()).isBetween(200, 299);
    assertThat(imported.json().get("unchanged").asInt()).isEqualTo(1);
    assertThat(imported.json().get("filename").asString()).isEqualTo("menu.csv");
  }
}
