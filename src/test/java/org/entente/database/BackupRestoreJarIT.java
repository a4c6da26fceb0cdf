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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar entente.jar backup FILE} while Entente runs and is written to, then {@code restore FILE} into a
 * new data directory: every write acknowledged before the backup began is there, the audit trail verifies, and
 * Entente starts on the restored directory.
 */
class BackupRestoreJarIT {

  private static final String ADMIN_PASSWORD = Accounts.ADMIN_PASSWORD;
  @TempDir Path work;
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    started.forEach(Process::destroyForcibly);
  }

  private Process start(Path data, int port) throws IOException {
    var log = work.resolve("server-" + port + ".log");
    var builder = java("--server.port=" + port).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("ENTENTE_DATA_DIR", data.toString());
    var process = builder.start();
    started.add(process);
    var http = new Http(port);
    try {
      // generous: on a CPU shared with other builds a start has taken over two minutes
      await()
          .atMost(Duration.ofSeconds(300))
          .pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .failFast("Entente exited", () -> !process.isAlive())
          .until(() -> http.get("/actuator/health/readiness").status() == 200);
    } catch (RuntimeException notReady) {
      var lines = Files.readAllLines(log);
      throw new AssertionError("Entente on " + data + " was not ready; its log ends:\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())), notReady);
    }
    return process;
  }

  private static ProcessBuilder java(String... args) {
    var command = new ArrayList<String>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-jar",
        System.getProperty("entente.jar")));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command);
    builder.environment().put("ENTENTE_DEMO", "false");
    builder.environment().put("ENTENTE_ADMIN_PASSWORD", ADMIN_PASSWORD);
    return builder;
  }

  private record Ran(int exit, String output) {}

  private Ran command(Path data, String... args) throws Exception {
    var builder = java(args).redirectErrorStream(true);
    builder.environment().put("ENTENTE_DATA_DIR", data.toString());
    var process = builder.start();
    started.add(process);
    var output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), output);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Set<String> participants(Path data) throws Exception {
    var port = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip();
    var ids = new HashSet<String>();
    try (var db = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/entente", "postgres", "");
        var rows = db.createStatement().executeQuery("select id from registration_participant")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  @Test
  void aBackupTakenUnderWriteLoadRestoresEveryAcknowledgedWriteAndAVerifiableTrail() throws Exception {
    var data = work.resolve("data");
    var port = freePort();
    var server = start(data, port);
    var http = new Http(port);
    var accounts = new Accounts(http);
    var staff = accounts.create("IS:STAFF");

    // writers: participants added one after another on two connections; each acknowledged one is noted
    var acknowledged = new CopyOnWriteArrayList<String>();
    var failures = new CopyOnWriteArrayList<String>();
    var stop = new AtomicBoolean();
    var writers = new ArrayList<Thread>();
    for (int w = 0; w < 2; w++) {
      int writer = w;
      writers.add(Thread.ofVirtual().start(() -> {
        for (int i = 0; !stop.get(); i++) {
          var response = http.send("POST", "/api/v1/participants",
              "{\"nation\":\"GEO\",\"familyName\":\"Backup" + writer + "x" + i + "\",\"givenName\":\"P\","
                  + "\"email\":\"p" + writer + "x" + i + "@backup.example\",\"languages\":[\"en\"]}",
              "Content-Type", "application/json", "Authorization", "Bearer " + staff.token());
          if (response.status() == 201) {
            acknowledged.add(response.json().get("id").asString());
          } else {
            failures.add(response.status() + " " + response.body());
          }
        }
      }));
    }
    await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= 20);

    var beforeBackup = List.copyOf(acknowledged);
    var file = work.resolve("entente.backup");
    var backup = command(data, "backup", file.toString());
    var duringBackup = acknowledged.size() - beforeBackup.size();
    stop.set(true);
    for (var writer : writers) {
      writer.join(Duration.ofSeconds(60));
    }
    assertThat(backup.output()).contains("Backed up to " + file);
    assertThat(backup.exit()).as(backup.output()).isZero();
    assertThat(failures).isEmpty();
    assertThat(duringBackup).as("the writers went on while the backup ran").isPositive();
    var original = participants(data);
    server.destroy();
    assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();

    // into a new data directory
    var restored = work.resolve("restored");
    var restore = command(restored, "restore", file.toString());
    assertThat(restore.output()).contains("Restored from " + file).contains("OK: the audit trail is intact");
    assertThat(restore.exit()).as(restore.output()).isZero();

    // Entente starts on it; every write acknowledged before the backup began is there, nothing that never was
    var again = freePort();
    start(restored, again);
    var present = participants(restored);
    assertThat(present).containsAll(beforeBackup);
    assertThat(original).containsAll(present);
    assertThat(new Accounts(new Http(again)).token(staff.username(), staff.password())).startsWith("ent_");
    var verify = command(restored, "audit", "verify");
    assertThat(verify.output()).contains("OK: the audit trail is intact");

    // a restore never goes into a directory in use: the running one is refused, nothing changes
    var refused = command(restored, "restore", file.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.output()).contains("FAILED");
    assertThat(participants(restored)).isEqualTo(present);
  }
}
