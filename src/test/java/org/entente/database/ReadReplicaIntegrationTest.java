package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.catalogue.Menu;
import org.entente.catalogue.MenuSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The menu search answered by a streaming replica: the embedded primary is started by the application, a hot
 * standby is made of it here by PostgreSQL's low-level base backup ({@link Standby}) and started with the same
 * binaries on the port the application was configured with. A search through the API is then answered by the
 * standby (its WAL replay paused, it does not know an activity published since; resumed, it does), gives the
 * answers the primary gives, and keeps need-to-know (row-level security on the standby with the caller's context).
 * With the standby stopped, searches fall back to the primary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaIntegrationTest {

  private static final int STANDBY_PORT = freePort();
  private static final String SLOT = "entente_test_standby";

  @DynamicPropertySource
  static void replica(DynamicPropertyRegistry registry) {
    registry.add("entente.datasource.replica.url", () -> "jdbc:postgresql://127.0.0.1:" + STANDBY_PORT + "/entente");
    registry.add("entente.datasource.replica.retry-after", () -> "1s");
    // stale answers are what most tests here look for; the lag limit's own test lowers it
    registry.add("entente.datasource.replica.max-lag", () -> "1h");
    registry.add("entente.datasource.replica.lag-check-every", () -> "100ms");
  }

  @LocalServerPort int port;
  @Autowired DataDirectory data;
  @Autowired DatabaseServer primary;
  @Autowired ReadReplica replica;
  @Autowired MenuSearch search;
  @Autowired JdbcClient jdbc;

  Menu menu;
  Accounts.Account georgia, japan;
  String forAll, japanOnly;
  java.nio.file.Path binaries, standby;

  @BeforeAll
  void standbyOfTheEmbeddedPrimary() {
    var http = new Http(port);
    menu = new Menu(http, "NSO");
    var accounts = new Accounts(http);
    georgia = accounts.create("GEO:NATIONAL_COORDINATOR");
    japan = accounts.create("JPN:NATIONAL_COORDINATOR");
    forAll = publish("RPA", Map.of("kind", "ALL_PARTNERS"));
    japanOnly = publish("RPJ", Map.of("kind", "NATIONS", "nations", List.of("JPN")));

    var postgres = data.resolve("postgres");
    binaries = Standby.binaries(postgres);
    standby = data.resolve("standby");
    var copy = Standby.make(primary, postgres, standby, SLOT);
    assertThat(copy.files()).isPositive();
    Standby.start(binaries, standby, STANDBY_PORT);
    // streaming from the slot: the standby has caught up once it knows what the primary wrote last
    var lsn = jdbc.sql("select pg_current_wal_lsn()::text").query(String.class).single();
    await().atMost(Duration.ofSeconds(60)).until(() -> onStandby("select pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn").equals("t"));
  }

  @AfterAll
  void stopStandby() {
    if (standby != null) {
      Standby.stop(binaries, standby);
      Standby.dropSlot(primary, SLOT);
    }
  }

  /** Public (a visitor's menu page shows it) unless restricted to some nations: then NATO Unclassified. */
  private String publish(String name, Map<String, Object> eligibility) {
    var code = Menu.uniqueCode("NSO-" + name);
    var draft = Menu.draft(code, "NSO");
    if (!"NATIONS".equals(eligibility.get("kind"))) {
      draft.put("marking", Map.of("level", "PUBLIC", "releasableTo", List.of()));
    }
    draft.put("title", Map.of("en", "Replicated logistics " + name, "fr", "Logistique répliquée " + name));
    draft.put("eligibility", eligibility);
    menu.publish(draft);
    return code;
  }

  private String onStandby(String sql) throws SQLException {
    try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + STANDBY_PORT + "/entente",
            primary.ownerUser(), primary.ownerPassword());
        var rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private List<String> apiSearch(Accounts.Account as, String query) {
    var response = menu.http.get("/api/v1/activities?size=100&" + query, as.bearer());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return codes(response.json());
  }

  private static List<String> codes(JsonNode results) {
    return StreamSupport.stream(results.get("items").spliterator(), false).map(h -> h.get("activity").get("code").asString()).toList();
  }

  private static Caller coordinator(Accounts.Account account, String nation) {
    return new Caller(account.id(), account.username(), List.of(new Caller.Grant(nation, Role.NATIONAL_COORDINATOR)));
  }

  @Test
  void theSearchIsAnsweredByTheStandbyWithTheCallersContext() {
    assertThat(replica.configured()).isTrue();
    var seen = Callers.callAs(coordinator(georgia, "GEO"), () -> replica.read(() -> jdbc.sql(
        "select pg_is_in_recovery() || ' ' || current_user || ' ' || current_setting('app.user_id', true)"
            + " || ' ' || current_setting('transaction_read_only')").query(String.class).single()));
    assertThat(seen).as("in recovery, as the application role, with the caller's context, read-only")
        .isEqualTo("true entente_app " + georgia.id() + " on");
    assertThat(jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()).as("elsewhere: the primary").isFalse();
  }

  @Test
  void theStandbyGivesThePrimarysAnswersAndKeepsNeedToKnow() {
    var query = new MenuSearch.Query("replicated", null, null, null, null, null, null, null, null, null, null, null, 0, 100);
    for (var caller : List.of(coordinator(georgia, "GEO"), coordinator(japan, "JPN"))) {
      var onPrimary = Callers.callAs(caller, () -> search.activities(query));
      var onReplica = Callers.callAs(caller, () -> replica.read(() -> {
        assertThat(jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()).isTrue();
        return search.activities(query);
      }));
      assertThat(onReplica).as("items, total and facets for " + caller.primaryOrganisation()).isEqualTo(onPrimary);
    }
    // through the API, answered by the standby: Japan's activity is Japan's alone
    assertThat(apiSearch(japan, "q=replicated")).contains(forAll, japanOnly);
    assertThat(apiSearch(georgia, "q=replicated")).contains(forAll).doesNotContain(japanOnly);
    assertThat(menu.http.get("/api/v1/activities?q=replicated&eligibility=NATIONS&size=100", georgia.bearer()).json()
        .get("total").asInt()).isZero();
  }

  @Test
  void whatTheStandbyHasNotReplayedTheApiDoesNotFindUntilItHas() throws Exception {
    onStandby("select pg_wal_replay_pause()::text");
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> onStandby("select pg_get_wal_replay_pause_state()").equals("paused"));
      var later = publish("RPL", Map.of("kind", "ALL_PARTNERS"));
      var query = new MenuSearch.Query("replicated", null, null, null, null, null, null, null, null, null, null, null, 0, 100);
      assertThat(Callers.callAs(coordinator(georgia, "GEO"), () -> search.activities(query)).items())
          .as("the primary has it").anyMatch(hit -> hit.activity().code().equals(later));
      assertThat(apiSearch(georgia, "q=replicated")).as("answered by the paused standby").contains(forAll).doesNotContain(later);
      assertThat(menu.http.get("/menu?q=replicated").body()).as("the menu page too").contains(forAll).doesNotContain(later);
      onStandby("select pg_wal_replay_resume()::text");
      await().atMost(Duration.ofSeconds(60)).until(() -> apiSearch(georgia, "q=replicated").contains(later));
      assertThat(menu.http.get("/menu?q=replicated").body()).contains(forAll, later);
    } finally {
      onStandby("select pg_wal_replay_resume()::text");
    }
  }

  @Test
  void aStandbyFurtherBehindThanTheLimitHandsItsReadsToThePrimaryUntilItCatchesUp() throws Exception {
    onStandby("select pg_wal_replay_pause()::text");
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> onStandby("select pg_get_wal_replay_pause_state()").equals("paused"));
      var later = publish("RPG", Map.of("kind", "ALL_PARTNERS"));
      assertThat(apiSearch(georgia, "q=replicated")).as("within the limit of an hour: the paused standby").doesNotContain(later);
      replica.maxLag(Duration.ofMillis(50));
      await().atMost(Duration.ofSeconds(30)).until(() -> apiSearch(georgia, "q=replicated").contains(later));
      assertThat(replica.lag()).hasValueSatisfying(lag -> assertThat(lag).isGreaterThan(Duration.ofMillis(50)));
      assertThat(menu.http.get("/menu?q=replicated").body()).as("the menu page too").contains(forAll, later);
      var isReplica = (java.util.concurrent.Callable<Boolean>) () -> Callers.callAs(coordinator(georgia, "GEO"),
          () -> replica.read(() -> jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()));
      assertThat(isReplica.call()).as("the primary answers while the standby is behind").isFalse();
      onStandby("select pg_wal_replay_resume()::text");
      replica.maxLag(Duration.ofSeconds(30));
      // within the limit the standby answers again, as stale as it may be: until it has replayed the activity
      await().atMost(Duration.ofSeconds(60)).until(isReplica);
      await().atMost(Duration.ofSeconds(60)).until(() -> apiSearch(georgia, "q=replicated").contains(later));
      assertThat(replica.lag()).hasValueSatisfying(lag -> assertThat(lag).isLessThanOrEqualTo(Duration.ofSeconds(30)));
    } finally {
      replica.maxLag(Duration.ofHours(1));
      onStandby("select pg_wal_replay_resume()::text");
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void whenTheStandbyIsDownThePrimaryAnswersAndTheStandbyIsTakenBackWhenItReturns() throws Exception {
    Standby.stop(binaries, standby);
    var later = publish("RPD", Map.of("kind", "ALL_PARTNERS"));
    assertThat(apiSearch(georgia, "q=replicated")).as("the primary answers at once").contains(forAll, later);
    Standby.start(binaries, standby, STANDBY_PORT);
    var isReplica = (java.util.concurrent.Callable<Boolean>) () -> Callers.callAs(coordinator(georgia, "GEO"),
        () -> replica.read(() -> jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()));
    await().atMost(Duration.ofSeconds(30)).until(isReplica);
    assertThat(apiSearch(georgia, "q=replicated")).contains(forAll, later);
  }

  /**
   * A free port below the kernel's ephemeral range: the embedded primary (and other tests' servers) take "any free
   * port" inside that range, which could take this one before the standby starts on it.
   */
  private static int freePort() {
    int low = 32768;
    try {
      low = Integer.parseInt(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
          .strip().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      // keep Linux's default
    }
    var random = new java.util.Random();
    for (int i = 0; i < 100; i++) {
      var port = 10000 + random.nextInt(Math.max(1, low - 10000));
      try (var socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // another
      }
    }
    throw new IllegalStateException("no free port below " + low);
  }
}
