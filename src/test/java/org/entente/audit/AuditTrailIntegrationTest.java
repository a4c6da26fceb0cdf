package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.database.DatabaseServer;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The trail on the real database: what is written, who may read it, that the application cannot change it,
 * and that a change made behind its back (by the database owner) is found and located.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the tampering comes last: the others need an intact trail
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "entente.test.context=audit") // a database of its own: this test tampers with it
class AuditTrailIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DatabaseServer database;
  @Autowired AuditTrail trail;
  @Autowired PlatformTransactionManager transactions;
  Http http;
  Accounts accounts;
  Accounts.Account auditor;

  @BeforeEach
  void client() {
    http = new Http(port);
    accounts = new Accounts(http);
    auditor = accounts.create("IS:AUDITOR");
  }

  private JsonNode search(String query) {
    var response = http.get("/api/v1/audit?" + query, auditor.bearer());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void signInsAndAccountChangesAreRecordedWithWhoWhenAndTheRequest() {
    var coordinator = accounts.create("GEO:NATIONAL_COORDINATOR");
    http.send("POST", "/api/v1/auth/token",
        "{\"username\":\"" + coordinator.username() + "\",\"password\":\"wrong-password-9\"}",
        "Content-Type", "application/json", "X-Request-Id", "req-audit-0001");

    var created = search("action=USER_CREATED&entityId=" + coordinator.id()).get("items").get(0);
    assertThat(created.get("actor").asString()).isEqualTo("admin");
    assertThat(created.get("organisation").asString()).isEqualTo("IS");
    assertThat(created.get("summary").asString()).contains(coordinator.username(), "GEO:NATIONAL_COORDINATOR");
    assertThat(created.get("hash").asString()).hasSize(64);

    var failed = search("action=SIGN_IN_FAILED&actor=" + coordinator.username()).get("items").get(0);
    assertThat(failed.get("requestId").asString()).isEqualTo("req-audit-0001");
    assertThat(failed.get("summary").asString()).contains("BAD_CREDENTIALS");
    assertThat(search("action=SIGN_IN_SUCCEEDED&actor=" + coordinator.username()).get("total").asInt()).isPositive();
    assertThat(search("action=TOKEN_ISSUED&actor=" + coordinator.username()).get("total").asInt()).isPositive();
  }

  @Test
  void aRefusalIsRecorded() {
    var participant = accounts.create("JOR:PARTICIPANT");
    assertThat(http.get("/api/v1/audit", participant.bearer()).status()).isEqualTo(403);
    var denied = search("action=ACCESS_DENIED&actor=" + participant.username());
    assertThat(denied.get("total").asInt()).isEqualTo(1);
    assertThat(denied.get("items").get(0).get("summary").asString()).contains("READ_AUDIT_GLOBALLY");
  }

  @Test
  void onlyAuditorsReadTheTrail() {
    var staff = accounts.create("IS:STAFF");
    assertThat(http.get("/api/v1/audit/verify", staff.bearer()).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/audit", "Authorization", "Bearer " + accounts.adminToken()).status()).isEqualTo(403);
  }

  @Test
  void theApplicationCannotChangeOrDeleteARecord() {
    var update = org.assertj.core.api.Assertions.catchThrowable(
        () -> jdbc.sql("update audit_record set actor = 'someone else'").update());
    assertThat(org.assertj.core.util.Throwables.getRootCause(update)).hasMessageContaining("permission denied");
    var delete = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql("delete from audit_record").update());
    assertThat(org.assertj.core.util.Throwables.getRootCause(delete)).hasMessageContaining("permission denied");
  }

  @Test
  @Order(1)
  void twelveTransactionsAppendAtOnceEachToAChainOfItsOwnAndTheTrailStillVerifies() throws Exception {
    // each transaction appends, then waits for all the others before it commits: with one head for the whole
    // trail the second would wait for the first's commit, and the barrier would never open
    int writers = 12;
    var barrier = new CyclicBarrier(writers);
    var template = new TransactionTemplate(transactions);
    var pool = Executors.newFixedThreadPool(writers);
    var appended = new ArrayList<Future<AuditRecord>>();
    try {
      for (int i = 0; i < writers; i++) {
        int n = i;
        appended.add(pool.submit(() -> SystemWork.run("audit chains test", () -> template.execute(status -> {
          var record = trail.record(AuditTrail.Change.of("CHAIN_TEST", "test", "w" + n, Map.of("n", n)));
          try {
            barrier.await(60, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException("the appends waited for each other", e);
          }
          return record;
        }))));
      }
      var chains = new java.util.HashSet<Integer>();
      for (var future : appended) {
        chains.add(future.get(120, TimeUnit.SECONDS).chain());
      }
      assertThat(chains).hasSize(writers);
    } finally {
      pool.shutdownNow();
    }
    var verified = http.get("/api/v1/audit/verify", auditor.bearer()).json();
    assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();

    // the end of one of those chains cut behind the application's back is found against that chain's head
    var last = SystemWork.run("audit chains test", () -> template.execute(status -> jdbc.sql(
            "select seq, chain from audit_record where action = 'CHAIN_TEST' and chain > 0 order by seq desc limit 1")
        .query((rs, i) -> new long[] {rs.getLong("seq"), rs.getInt("chain")}).single()));
    try (var owner = DriverManager.getConnection(database.jdbcUrl(), database.ownerUser(), database.ownerPassword());
        var statement = owner.createStatement()) {
      statement.execute("create temporary table kept as select * from audit_record where seq = " + last[0]);
      statement.execute("alter table audit_record disable trigger audit_record_append_only");
      statement.execute("delete from audit_record where seq = " + last[0]);
      var cut = http.get("/api/v1/audit/verify", auditor.bearer()).json();
      assertThat(cut.get("intact").asBoolean()).isFalse();
      assertThat(cut.get("firstBrokenRecord").asLong()).isEqualTo(last[0]);
      assertThat(cut.get("reason").asString()).contains("end of chain " + last[1]);
      statement.execute("insert into audit_record select * from kept"); // put back for the other tests
      statement.execute("alter table audit_record enable trigger audit_record_append_only");
    }
    assertThat(http.get("/api/v1/audit/verify", auditor.bearer()).json().get("intact").asBoolean()).isTrue();
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void theOwnerIsStoppedByTheTriggerAndATamperingBehindItIsFoundAndLocated() throws Exception {
    var intact = http.get("/api/v1/audit/verify", auditor.bearer()).json();
    assertThat(intact.get("intact").asBoolean()).isTrue();
    assertThat(intact.get("records").asLong()).isPositive();

    try (var owner = DriverManager.getConnection(database.jdbcUrl(), database.ownerUser(), database.ownerPassword());
        var statement = owner.createStatement()) {
      var refused = org.assertj.core.api.Assertions.catchThrowable(
          () -> statement.execute("update audit_record set actor = 'mallory' where seq = 2"));
      assertThat(refused).hasMessageContaining("append-only");

      statement.execute("alter table audit_record disable trigger audit_record_append_only");
      statement.execute("update audit_record set actor = 'mallory' where seq = 2");
      statement.execute("alter table audit_record enable trigger audit_record_append_only");
    }
    var broken = http.get("/api/v1/audit/verify", auditor.bearer()).json();
    assertThat(broken.get("intact").asBoolean()).isFalse();
    assertThat(broken.get("firstBrokenRecord").asLong()).isEqualTo(2);
    assertThat(broken.get("reason").asString()).contains("hash");

    var page = http.get("/audit?verify=true", auditor.bearer());
    assertThat(page.body()).contains("broken at record 2");
    var items = search("size=500").get("items");
    assertThat(StreamSupport.stream(items.spliterator(), false).anyMatch(i -> i.get("actor").asString().equals("mallory"))).isTrue();
  }
}
