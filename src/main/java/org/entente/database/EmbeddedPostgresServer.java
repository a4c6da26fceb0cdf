package org.entente.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 18 started from the application's own data directory, so that {@code ./mvnw spring-boot:run}
 * needs nothing installed. Data stays across restarts; durability settings are those of a system of record.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  static final String DATABASE = "entente";
  static final String SUPERUSER = "postgres";
  private static final String LOCK_FILE = "epg-lock"; // zonky's, held while its server runs
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
    try {
      Files.createDirectories(dataDirectory);
      stopOrphan(dataDirectory);
      var onOff = durable ? "on" : "off";
      var builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              // zonky switches these off for test speed; a system of record must not lose a commit.
              .setServerConfig("fsync", onOff)
              .setServerConfig("synchronous_commit", onOff)
              .setServerConfig("full_page_writes", onOff)
              .setServerConfig("max_connections", "100");
      if (port > 0) {
        builder.setPort(port);
      }
      var postgres = builder.start();
      var server = new EmbeddedPostgresServer(postgres, dataDirectory);
      server.createDatabaseIfMissing();
      log.info(
          "Embedded PostgreSQL listening on port {} with data in {} (durable: {})",
          postgres.getPort(),
          dataDirectory,
          durable);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  DatabaseServer server() {
    return new DatabaseServer(postgres.getJdbcUrl(SUPERUSER, DATABASE), SUPERUSER, "", true);
  }

  int port() {
    return postgres.getPort();
  }

  private void createDatabaseIfMissing() {
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var exists =
            connection.prepareStatement("select 1 from pg_database where datname = '" + DATABASE + "'");
        var rows = exists.executeQuery()) {
      if (!rows.next()) {
        try (var create = connection.createStatement()) {
          create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the database " + DATABASE, e);
    }
  }

  /**
   * After a {@code kill -9} of the JVM its postgres lives on, holding the data directory. Stop it so that
   * this start owns the directory again instead of attaching to a server nobody manages.
   */
  static void stopOrphan(Path dataDirectory) throws IOException {
    if (inUseByAnotherProcess(dataDirectory)) {
      throw new IllegalStateException(
          "The data directory " + dataDirectory + " is in use by another running Entente; stop it first.");
    }
    var pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    Optional<ProcessHandle> orphan =
        lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst()).flatMap(ProcessHandle::of);
    if (orphan.isEmpty() || !orphan.get().isAlive()) {
      // PostgreSQL itself discards a stale pid file whose process is gone.
      return;
    }
    var process = orphan.get();
    var command = process.info().command().orElse("");
    if (!command.endsWith("postgres")) {
      // The pid was reused by an unrelated process; the file is stale and PostgreSQL would refuse it.
      log.warn("Removing stale {} (pid {} is now {})", pidFile, process.pid(), command);
      Files.delete(pidFile);
      return;
    }
    log.warn("Stopping orphaned PostgreSQL (pid {}) left by an earlier run on {}", process.pid(), dataDirectory);
    process.destroy(); // SIGTERM: a smart shutdown, which completes at once as its clients are gone
    try {
      process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      log.warn("Orphaned PostgreSQL {} did not stop within {}; killing it", process.pid(), ORPHAN_STOP_WAIT);
      process.destroyForcibly();
      process.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A running Entente holds zonky's lock file in the data directory; a killed one held it no more (the
   * operating system releases it with the process). Only then is a postgres found there an orphan.
   */
  static boolean inUseByAnotherProcess(Path dataDirectory) throws IOException {
    var lockFile = dataDirectory.resolve(LOCK_FILE);
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        var lock = channel.tryLock()) {
      return lock == null;
    } catch (OverlappingFileLockException e) {
      return true; // held in this very JVM
    }
  }

  /** The port of the PostgreSQL a running Entente started in this data directory, if any. */
  static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
    var pidFile = dataDirectory.resolve("postmaster.pid");
    if (!inUseByAnotherProcess(dataDirectory) || !Files.exists(pidFile)) {
      return Optional.empty();
    }
    var lines = Files.readAllLines(pidFile);
    return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
      log.info("Embedded PostgreSQL stopped cleanly ({})", dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
