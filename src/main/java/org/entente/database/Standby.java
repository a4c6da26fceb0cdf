package org.entente.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A streaming replica (a hot standby) of the embedded PostgreSQL, made on the same machine without
 * {@code pg_basebackup} (the embedded binaries carry only {@code initdb}, {@code pg_ctl} and {@code postgres}, and
 * Debian 12's {@code pg_basebackup} is PostgreSQL 15's, which refuses a newer server): PostgreSQL's documented
 * low-level base backup — {@code pg_backup_start}, a copy of the data directory's files while the server runs,
 * {@code pg_backup_stop}, whose {@code backup_label} (and {@code tablespace_map}) is written into the copy — then
 * {@code standby.signal} and {@code primary_conninfo}, so that the copy, started with the same binaries on another
 * port, replays the primary's WAL as it streams. A physical replication slot, created before the copy, keeps
 * every WAL segment the standby still needs; it must be dropped ({@link #dropSlot}) when the standby is given up,
 * or the primary keeps WAL for it without end.
 *
 * <p>The primary needs {@code wal_level = replica} and {@code max_wal_senders > 0} (PostgreSQL's defaults, which
 * the embedded server keeps) and a {@code pg_hba.conf} that lets the owner connect for replication from
 * 127.0.0.1 (the embedded server's {@code initdb -A trust} does). An external server is replicated with its own
 * {@code pg_basebackup}: this class copies files, so it works only beside the primary's data directory.
 */
public final class Standby {

  /** Directories whose contents a base backup leaves out (the directories themselves are kept). */
  private static final Set<String> CONTENTS_LEFT_OUT = Set.of(
      "pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
  /** Files a base backup leaves out: the running server's, and zonky's lock. */
  private static final Set<String> FILES_LEFT_OUT = Set.of(
      "postmaster.pid", "postmaster.opts", "epg-lock", "pg_internal.init", "backup_label", "tablespace_map",
      "standby.signal", "recovery.signal");

  private Standby() {}

  /** The copy made: where it is, the slot it streams from, where its WAL begins. */
  public record Copy(Path directory, String slot, String startLsn, long files) {}

  /**
   * Makes a standby of the running primary in {@code target} (new or empty): creates the replication slot, takes
   * the low-level base backup and configures the copy to stream from the primary through the slot.
   */
  public static Copy make(DatabaseServer primary, Path primaryData, Path target, String slot) {
    if (!slot.matches("[a-z0-9_]{1,63}")) {
      throw new IllegalArgumentException("A slot name is 1–63 of a-z, 0-9 and _: " + slot);
    }
    try (var connection = DriverManager.getConnection(primary.jdbcUrl(), primary.ownerUser(), primary.ownerPassword())) {
      connection.setAutoCommit(true);
      var port = single(connection, "show port");
      if (single(connection, "select count(*) from pg_replication_slots where slot_name = '" + slot + "'").equals("0")) {
        single(connection, "select slot_name from pg_create_physical_replication_slot('" + slot + "', true)");
      }
      // non-exclusive: the backup lasts as long as this session, which must call pg_backup_stop itself
      var start = single(connection, "select pg_backup_start('entente standby " + slot + "', true)::text");
      long files;
      try {
        files = copy(primaryData, target);
      } catch (RuntimeException e) {
        try (var abort = connection.createStatement()) {
          abort.execute("select pg_backup_stop(false)");
        } catch (SQLException ignored) {
          // the session's end aborts the backup anyway
        }
        throw e;
      }
      try (var stop = connection.createStatement();
          var rows = stop.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
        rows.next();
        Files.writeString(target.resolve("backup_label"), rows.getString(1));
        var map = rows.getString(2);
        if (map != null && !map.isEmpty()) {
          Files.writeString(target.resolve("tablespace_map"), map);
        }
      }
      Files.createFile(target.resolve("standby.signal"));
      var conninfo = "host=127.0.0.1 port=" + port + " user=" + conninfoValue(primary.ownerUser())
          + (primary.ownerPassword().isEmpty() ? "" : " password=" + conninfoValue(primary.ownerPassword()))
          + " application_name=" + slot;
      Files.writeString(target.resolve("postgresql.auto.conf"),
          "\n# a streaming replica (org.entente.database.Standby)\n"
              + "primary_conninfo = '" + conninfo.replace("'", "''") + "'\n"
              + "primary_slot_name = '" + slot + "'\n"
              + "hot_standby = on\n",
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return new Copy(target, slot, start, files);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused the base backup: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("The base backup could not be written to " + target + ": " + e.getMessage(), e);
    }
  }

  /** Drops the primary's replication slot of a standby given up, so that the primary stops keeping WAL for it. */
  public static void dropSlot(DatabaseServer primary, String slot) {
    try (var connection = DriverManager.getConnection(primary.jdbcUrl(), primary.ownerUser(), primary.ownerPassword());
        var drop = connection.prepareStatement(
            "select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = ?")) {
      drop.setString(1, slot);
      drop.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop the replication slot " + slot + ": " + e.getMessage(), e);
    }
  }

  /** The directory of the binaries the PostgreSQL running on this data directory was started from. */
  public static Path binaries(Path primaryData) {
    try {
      var pid = Long.parseLong(Files.readAllLines(primaryData.resolve("postmaster.pid")).getFirst().strip());
      var command = ProcessHandle.of(pid).flatMap(p -> p.info().command())
          .orElseThrow(() -> new IllegalStateException("No running PostgreSQL on " + primaryData));
      return Path.of(command).getParent();
    } catch (IOException e) {
      throw new UncheckedIOException("No running PostgreSQL on " + primaryData + ": " + e.getMessage(), e);
    }
  }

  /** Starts the copy with those binaries on 127.0.0.1:{@code port}, waiting until it accepts read-only work. */
  public static void start(Path binaries, Path directory, int port) {
    pgCtl(binaries, "-D", directory.toString(), "-l", directory.resolve("standby.log").toString(), "-w", "-t", "120",
        "-o", "-p " + port + " -c listen_addresses=127.0.0.1", "start");
  }

  /** Stops it (fast: open sessions are ended). */
  public static void stop(Path binaries, Path directory) {
    if (Files.exists(directory.resolve("postmaster.pid"))) {
      pgCtl(binaries, "-D", directory.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }
  }

  /** {@code pg_ctl}; as root, inside a new user namespace, as zonky runs the embedded server (PostgreSQL refuses root). */
  private static void pgCtl(Path binaries, String... arguments) {
    var command = new ArrayList<String>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(binaries.resolve("pg_ctl").toString());
    command.addAll(List.of(arguments));
    try {
      var process = new ProcessBuilder(command).redirectErrorStream(true).start();
      var output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The data directory's files as they are while the server runs; WAL replay from the backup's start mends them. */
  private static long copy(Path from, Path to) {
    try {
      Files.createDirectories(to);
      try (var entries = Files.list(to)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(to + " is not empty");
        }
      }
      Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
      var files = new long[1];
      Files.walkFileTree(from, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
          if (dir.equals(from)) {
            return FileVisitResult.CONTINUE;
          }
          var name = dir.getFileName().toString();
          var parent = from.relativize(dir.getParent()).toString();
          if (name.startsWith("pgsql_tmp") || (CONTENTS_LEFT_OUT.contains(parent) && !parent.equals("pg_wal"))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Files.createDirectories(to.resolve(from.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          var name = file.getFileName().toString();
          var parent = from.relativize(file.getParent()).toString();
          if (FILES_LEFT_OUT.contains(name) || name.startsWith("pgsql_tmp") || CONTENTS_LEFT_OUT.contains(parent)
              || parent.startsWith("pg_wal/")) {
            return FileVisitResult.CONTINUE;
          }
          try {
            Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            files[0]++;
          } catch (NoSuchFileException gone) {
            // dropped while copied (a temporary file, a dropped table): WAL replay knows
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
          }
          throw e;
        }
      });
      return files[0];
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static String conninfoValue(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
