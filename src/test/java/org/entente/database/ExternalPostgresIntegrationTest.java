package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entente.EntenteApplication;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Entente on an external PostgreSQL — Debian's PostgreSQL 15, started here in a temporary directory — through
 * {@code SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD}, with an owner that is not a superuser. {@code .ci/run}
 * installs the server when missing; on CI its absence fails the test instead of skipping it.
 */
class ExternalPostgresIntegrationTest {

  @TempDir Path directory;
  private Path binaries;
  private Path cluster;
  private final List<String> runAs = new ArrayList<>();

  private static Optional<Path> debianPostgres() throws IOException {
    var root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("postgres")))
          .max(Comparator.comparing(Path::toString));
    }
  }

  private void run(String... command) throws IOException, InterruptedException {
    var line = new ArrayList<>(runAs);
    line.addAll(List.of(command));
    var process = new ProcessBuilder(line).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", line) + "\n" + output).isZero();
  }

  @AfterEach
  void stopServer() throws Exception {
    if (cluster != null && Files.exists(cluster.resolve("postmaster.pid"))) {
      run(binaries.resolve("pg_ctl").toString(), "-D", cluster.toString(), "-m", "fast", "-w", "stop");
    }
  }

  @Test
  void runsOnAnExternalServerAsANonSuperuserOwner() throws Exception {
    var found = debianPostgres();
    assertThat(found).as("Debian's postgresql package is not installed (bash .ci/run installs it)").isPresent();
    binaries = found.get();

    // PostgreSQL refuses to run as root: the server runs as the postgres system user.
    if ("root".equals(System.getProperty("user.name"))) {
      runAs.addAll(List.of("runuser", "-u", "postgres", "--"));
      Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    }
    cluster = directory.resolve("cluster");
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    run(binaries.resolve("initdb").toString(), "-D", cluster.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
    run(
        binaries.resolve("pg_ctl").toString(), "-D", cluster.toString(), "-w", "-l", directory.resolve("server.log").toString(),
        "-o", "-p " + port + " -k " + directory + " -c listen_addresses=localhost -c fsync=off", "start");

    var admin = "jdbc:postgresql://localhost:" + port + "/postgres";
    try (var db = DriverManager.getConnection(admin, "postgres", "")) {
      db.createStatement().execute("create role entente_owner login password 'owner-secret' createrole");
      db.createStatement().execute("create database entente_ext owner entente_owner");
    }

    try (var context =
        new SpringApplicationBuilder(EntenteApplication.class)
            .properties(
                "spring.datasource.url=jdbc:postgresql://localhost:" + port + "/entente_ext",
                "spring.datasource.username=entente_owner",
                "spring.datasource.password=owner-secret",
                "server.port=0",
                "entente.data-dir=" + directory.resolve("data"))
            .run()) {
      var jdbc = context.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select current_setting('server_version_num')::int / 10000").query(Integer.class).single())
          .isEqualTo(Integer.parseInt(binaries.getParent().getFileName().toString()));
      assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("entente_app");
      var directoryApi = context.getBean(Directory.class);
      assertThat(directoryApi.organisations(LocalDate.of(2012, 1, 1), OrganisationKind.ALLY, null)).hasSize(28);
      assertThat(context.getBean(DatabaseServer.class).embedded()).isFalse();
      // the menu's full-text match (V101): an owner that is not a superuser cannot declare it leakproof, so the
      // migration defines it without, and it still matches
      assertThat(jdbc.sql("select p.proleakproof from pg_operator o join pg_proc p on p.oid = o.oprcode"
              + " where o.oprname = '@@@@' and o.oprleft = 'tsvector'::regtype").query(Boolean.class).single()).isFalse();
      assertThat(jdbc.sql("select to_tsvector('english', 'Border security') @@@@ websearch_to_tsquery('english', 'secure')")
          .query(Boolean.class).single()).isTrue();
    }
    assertThat(directory.resolve("data/postgres")).as("no embedded database was started").doesNotExist();
  }
}
