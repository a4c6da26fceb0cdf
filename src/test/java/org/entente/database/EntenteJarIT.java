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
    var java = ProcessHandle.current().info().command().orElseThrow();
    var builder =
        new ProcessBuilder(java, "-jar", System.getProperty("entente.jar"), "--server.port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("ENTENTE_DATA_DIR", data.toString());
    builder.environment().put("ENTENTE_DEMO", "false");
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
    assertThat(second.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    await().atMost(Duration.ofSeconds(30)).until(() -> !postgres.isAlive());
    assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
    assertThat(Files.readString(secondLog)).contains("Embedded PostgreSQL stopped cleanly");
  }
}
