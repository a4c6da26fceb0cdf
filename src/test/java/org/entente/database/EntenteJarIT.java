package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.nio.file.attribute.PosixFilePermissions;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ENTENTE_DATA_DIR=D java -jar target/entente.jar --server.port=P} as an operator runs it: starts on
 * an empty D, keeps acknowledged writes across a {@code kill -9}, takes its directory back from the orphaned
 * PostgreSQL, and stops cleanly.
 */
class EntenteJarIT {

  @TempDir Path data;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    started.forEach(Process::destroyForcibly);
  }

  private Process start(int port, Path log) throws IOException {
    return start(port, log, Map.of("ENTENTE_DEMO", "false"));
  }

  private Process start(int port, Path log, Map<String, String> environment) throws IOException {
    var javaCommand = ProcessHandle.current().info().command().orElseThrow();
    var builder =
        new ProcessBuilder(javaCommand, "-jar", System.getProperty("entente.jar"), "--server.port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("ENTENTE_DATA_DIR", data.toString());
    builder.environment().remove("ENTENTE_DEMO");
    builder.environment().remove("ENTENTE_ADMIN_PASSWORD");
    builder.environment().putAll(environment);
    var process = builder.start();
    started.add(process);
    var http = new Http(port);
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .failFast("Entente exited; see " + log, () -> !process.isAlive())
        .until(() -> http.get("/actuator/health/readiness").status() == 200);
    return process;
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private long postmasterPid() throws IOException {
    return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).getFirst().strip());
  }

  private String jdbcUrl() throws IOException {
    // line 4 of postmaster.pid is the port the server listens on
    var port = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip();
    return "jdbc:postgresql://localhost:" + port + "/entente";
  }

  @Test
  void survivesKillNineAndStopsCleanly() throws Exception {
    var port = freePort();
    var firstLog = data.resolveSibling(data.getFileName() + "-first.log");
    var first = start(port, firstLog);

    assertThat(Files.readString(firstLog))
        .contains("Entente is ready. Data: " + data.toAbsolutePath() + "  Open: http://localhost:" + port + "/")
        .contains("Reference data loaded");
    assertThat(new Http(port).get("/api/v1/organisations?kind=ALLY&on=2012-01-01").json().get("total").asInt())
        .isEqualTo(28);

    try (var db = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
      try (var show = db.createStatement().executeQuery("show fsync")) {
        show.next();
        assertThat(show.getString(1)).as("a system of record keeps fsync on").isEqualTo("on");
      }
      try (var show = db.createStatement().executeQuery("show synchronous_commit")) {
        show.next();
        assertThat(show.getString(1)).isEqualTo("on");
      }
      db.createStatement().execute("create table restart_marker (id int primary key)");
      db.createStatement().execute("insert into restart_marker values (42)");
    }

    var orphan = ProcessHandle.of(postmasterPid()).orElseThrow();
    first.destroyForcibly().waitFor(); // kill -9: the JVM gets no chance to stop its PostgreSQL
    assertThat(orphan.isAlive()).as("postgres outlives a killed JVM").isTrue();

    var secondLog = data.resolveSibling(data.getFileName() + "-second.log");
    var second = start(port, secondLog);
    assertThat(orphan.isAlive()).isFalse();
    assertThat(Files.readString(secondLog))
        .contains("Stopping orphaned PostgreSQL (pid " + orphan.pid() + ")")
        .contains("Reference data is current");
    try (var db = DriverManager.getConnection(jdbcUrl(), "postgres", "");
        var rows = db.createStatement().executeQuery("select id from restart_marker")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).as("an acknowledged write survives kill -9").isEqualTo(42);
    }

    var postgres = ProcessHandle.of(postmasterPid()).orElseThrow();
    second.destroy(); // SIGTERM, as a service manager stops it
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    await().atMost(Duration.ofSeconds(30)).until(() -> !postgres.isAlive());
    assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
    assertThat(Files.readString(secondLog)).contains("Embedded PostgreSQL stopped cleanly");
  }

  private record Ran(int exit, String output) {}

  private Ran auditVerify() throws Exception {
    var javaCommand = ProcessHandle.current().info().command().orElseThrow();
    var builder = new ProcessBuilder(javaCommand, "-jar", System.getProperty("entente.jar"), "audit", "verify")
        .redirectErrorStream(true);
    builder.environment().put("ENTENTE_DATA_DIR", data.toString());
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), output);
  }

  @Test
  void aNewInstallationHasAnAdministratorAndDemoAccountsAndAVerifiableTrail() throws Exception {
    var port = freePort();
    var log = data.resolveSibling(data.getFileName() + "-demo.log");
    var running = start(port, log, Map.of());

    var passwordFile = data.resolve("initial-admin-password");
    var demoFile = data.resolve("demo-accounts.txt");
    assertThat(Files.getPosixFilePermissions(passwordFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(demoFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    var adminPassword = Files.readString(passwordFile).strip();
    assertThat(Files.readString(log)).contains("The administrator is 'admin' with the password: " + adminPassword);

    var demo = Files.readAllLines(demoFile);
    assertThat(demo).hasSizeGreaterThanOrEqualTo(14);
    var organisations = demo.stream().map(line -> line.split("\t")[3]).collect(Collectors.toSet());
    assertThat(organisations).contains("GEO", "JOR", "JPN", "CHE", "QAT", "NLD", "NSO", "IS");
    var http = new Http(port);
    var accounts = new Accounts(http);
    for (var line : demo) {
      var fields = line.split("\t");
      assertThat(fields).hasSize(4);
      var me = http.get("/api/v1/users/me", "Authorization", "Bearer " + accounts.token(fields[0], fields[1])).json();
      assertThat(me.get("memberships").get(0).get("role").asString()).isEqualTo(fields[2]);
      assertThat(me.get("memberships").get(0).get("organisation").asString()).isEqualTo(fields[3]);
    }
    assertThat(accounts.token("admin", adminPassword)).startsWith("ent_");

    // beside the running server, through its database
    var besideRunning = auditVerify();
    assertThat(besideRunning.output()).contains("OK: the audit trail is intact");
    assertThat(besideRunning.exit()).isZero();

    running.destroy();
    assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
    var stopped = auditVerify();
    assertThat(stopped.output()).contains("OK: the audit trail is intact");
    assertThat(stopped.exit()).isZero();
  }
}
