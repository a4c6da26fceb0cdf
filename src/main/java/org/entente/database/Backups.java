package org.entente.database;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backup FILE} and {@code restore FILE}: a consistent copy of the whole database while Entente runs, and
 * that copy brought back into a new installation.
 *
 * <p>The copy is logical and made by PostgreSQL itself: every table's rows through {@code COPY … TO STDOUT}, all
 * inside one {@code REPEATABLE READ} read-only transaction, so that it is the database as of one instant — every
 * transaction committed before the backup began is in it, none that committed later — without stopping or
 * slowing writers (no lock beyond what a reader takes). It is not {@code pg_dump}'s: the embedded binaries carry
 * no {@code pg_dump}, and Debian 12's (PostgreSQL 15) refuses to dump a newer server. The file is a ZIP: a
 * {@code manifest.json} (the schema's migration version, each table's columns and rows, each sequence's value),
 * then one entry per table in PostgreSQL's text {@code COPY} format, parents before the tables that refer to them.
 *
 * <p>A restore builds the schema by the application's own migrations up to the backup's version, loads every
 * table in one transaction (all or nothing; triggers that derive rows, such as counters, are held off since the
 * derived rows are in the copy), sets the sequences, then migrates the rest of the way to this version.
 *
 * <p>It reads and writes as the schema owner with {@code row_security = off}: PostgreSQL then refuses, rather
 * than silently filters, a table whose policies would hide rows — an owner that is neither a superuser nor has
 * {@code BYPASSRLS} (possible on an external database) gets an error naming that, never an incomplete copy.
 */
public final class Backups {

  static final int FORMAT = 1;
  private static final String MANIFEST = "manifest.json";
  private static final JsonMapper json = JsonMapper.builder().build();

  private Backups() {}

  /** What the file holds. */
  public record Manifest(
      int format,
      String createdAt,
      String schemaVersion,
      String serverVersion,
      List<Table> tables,
      List<Sequence> sequences) {}

  /** A sequence and where it stands: {@code nextval} gives {@code value + 1} when called, else {@code value}. */
  public record Sequence(String name, long value, boolean called) {}

  /** One table: its name, the columns copied (generated ones are computed again), how many rows. */
  public record Table(String name, List<String> columns, long rows) {}

  /** The outcome, for the operator. */
  public record Summary(String schemaVersion, int tables, long rows, long bytes) {}

  // ------------------------------------------------------------------------------------------ backup

  public static Summary backup(DatabaseServer server, Path file) {
    var partial = file.resolveSibling(file.getFileName() + ".partial");
    try (var connection = owner(server)) {
      connection.setAutoCommit(false);
      try (var statement = connection.createStatement()) {
        statement.execute("set transaction isolation level repeatable read, read only");
        statement.execute("set local row_security = off");
        statement.execute("set local statement_timeout = 0");
      }
      var version = schemaVersion(connection);
      var tables = tablesInLoadOrder(connection);
      var copied = new ArrayList<Table>();
      long rows = 0;
      try (var zip = new ZipOutputStream(Files.newOutputStream(partial))) {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (var table : tables) {
          var columns = columns(connection, table);
          zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
          var n = copy.copyOut("copy " + quoted(table) + " (" + columnList(columns) + ") to stdout", unclosable(zip));
          zip.closeEntry();
          copied.add(new Table(table, columns, n));
          rows += n;
        }
        var manifest = new Manifest(FORMAT, Instant.now().toString(), version, serverVersion(connection), copied,
            sequences(connection));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
      }
      connection.commit();
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Summary(version, copied.size(), rows, Files.size(file));
    } catch (SQLException e) {
      deleteQuietly(partial);
      throw new IllegalStateException("The backup failed: " + explain(e), e);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException("The backup could not be written to " + file + ": " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------------------------------ restore

  /** The manifest of a backup file (read first, to migrate the new database to its version). */
  public static Manifest manifest(Path file) {
    try (var zip = new ZipInputStream(Files.newInputStream(file))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(MANIFEST)) {
          var manifest = json.readValue(zip.readAllBytes(), Manifest.class);
          if (manifest.format() != FORMAT) {
            throw new IllegalArgumentException(file + " is a backup of format " + manifest.format() + ", not " + FORMAT);
          }
          return manifest;
        }
      }
      throw new IllegalArgumentException(file + " is not an Entente backup: it has no " + MANIFEST);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the backup into a database freshly migrated to its version ({@code flyway}'s target), then migrates
   * it to this version. Refuses a database that already holds anything beyond what the migrations create.
   */
  public static Summary restore(DatabaseServer server, Flyway flyway, Path file) {
    var manifest = manifest(file);
    try (var connection = owner(server)) {
      var version = schemaVersion(connection);
      if (!version.equals(manifest.schemaVersion())) {
        throw new IllegalStateException("The new database is at schema version " + version + ", the backup at "
            + manifest.schemaVersion() + ": restore with the same version of Entente, or a later one");
      }
      connection.setAutoCommit(false);
      try (var statement = connection.createStatement()) {
        statement.execute("set local row_security = off");
        statement.execute("set local statement_timeout = 0");
      }
      var tables = manifest.tables().stream().map(Table::name).toList();
      refuseIfInUse(connection);
      try (var statement = connection.createStatement()) {
        // what the migrations and an empty start put there is replaced by the copy
        for (var table : tables) {
          statement.execute("alter table " + quoted(table) + " disable trigger user");
        }
        statement.execute("truncate " + String.join(", ", tables.stream().map(Backups::quoted).toList()));
      }
      long rows = 0;
      var expected = new LinkedHashMap<String, Table>();
      manifest.tables().forEach(t -> expected.put(t.name(), t));
      try (var zip = new ZipInputStream(Files.newInputStream(file))) {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          if (!entry.getName().startsWith("tables/")) {
            continue;
          }
          var name = entry.getName().substring("tables/".length(), entry.getName().length() - ".copy".length());
          var table = expected.get(name);
          if (table == null) {
            throw new IllegalStateException("The backup holds a table its manifest does not list: " + name);
          }
          var n = copy.copyIn("copy " + quoted(name) + " (" + columnList(table.columns()) + ") from stdin", unclosable(zip));
          if (n != table.rows()) {
            throw new IllegalStateException(name + ": " + n + " rows read, the manifest says " + table.rows());
          }
          rows += n;
        }
      }
      try (var statement = connection.createStatement()) {
        for (var table : tables) {
          statement.execute("alter table " + quoted(table) + " enable trigger user");
        }
      }
      for (var sequence : manifest.sequences()) {
        try (var set = connection.prepareStatement("select setval(cast(? as regclass), ?, ?)")) {
          set.setString(1, quoted(sequence.name()));
          set.setLong(2, sequence.value());
          set.setBoolean(3, sequence.called());
          set.execute();
        }
      }
      connection.commit();
      Flyway.configure().configuration(flyway.getConfiguration()).target(MigrationVersion.LATEST).load().migrate();
      return new Summary(manifest.schemaVersion(), tables.size(), rows, Files.size(file));
    } catch (SQLException e) {
      throw new IllegalStateException("The restore failed, nothing was kept: " + explain(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes what an operator needs to know about a backup or a restore. */
  public static void print(PrintStream out, String what, Path file, Summary summary) {
    out.println(what + " " + file + ": " + summary.tables() + " tables, " + summary.rows() + " rows, schema version "
        + summary.schemaVersion() + ", " + summary.bytes() + " bytes");
  }

  // ------------------------------------------------------------------------------------------ the catalogue

  private static Connection owner(DatabaseServer server) throws SQLException {
    var connection = DriverManager.getConnection(server.jdbcUrl(), server.ownerUser(), server.ownerPassword());
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
      if (!rows.next() || !rows.getBoolean(1)) {
        connection.close();
        throw new IllegalStateException("The database role " + server.ownerUser() + " is subject to row-level security:"
            + " a backup or restore needs every row, so it needs a superuser or a role with BYPASSRLS"
            + " (ALTER ROLE " + server.ownerUser() + " BYPASSRLS, as a superuser)");
      }
    }
    return connection;
  }

  /** A restore goes into a new installation only: an account beyond the first administrator means it is used. */
  private static void refuseIfInUse(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("select count(*) from audit_record")) {
      rows.next();
      if (rows.getLong(1) > 0) {
        throw new IllegalStateException("The database already holds audit records: restore only into a"
            + " new data directory (or an empty external database)");
      }
    }
  }

  private static String schemaVersion(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(
            "select version from flyway_schema_history where success and version is not null"
                + " order by installed_rank desc limit 1")) {
      return rows.next() ? rows.getString(1) : "0";
    }
  }

  private static String serverVersion(Connection connection) throws SQLException {
    try (var statement = connection.createStatement(); var rows = statement.executeQuery("show server_version")) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** The application's tables (not Flyway's own), each after the tables its foreign keys point to. */
  private static List<String> tablesInLoadOrder(Connection connection) throws SQLException {
    var tables = new ArrayList<String>();
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition"
                + " and c.relname <> 'flyway_schema_history' order by c.relname")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    var parents = new LinkedHashMap<String, List<String>>();
    tables.forEach(t -> parents.put(t, new ArrayList<>()));
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(
            "select c.relname, p.relname from pg_constraint k join pg_class c on c.oid = k.conrelid"
                + " join pg_class p on p.oid = k.confrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid")) {
      while (rows.next()) {
        var child = parents.get(rows.getString(1));
        if (child != null && parents.containsKey(rows.getString(2))) {
          child.add(rows.getString(2));
        }
      }
    }
    var ordered = new LinkedHashSet<String>();
    var visiting = new LinkedHashSet<String>();
    for (var table : tables) {
      visit(table, parents, ordered, visiting);
    }
    return List.copyOf(ordered);
  }

  private static void visit(String table, Map<String, List<String>> parents, LinkedHashSet<String> ordered,
      LinkedHashSet<String> visiting) {
    if (ordered.contains(table)) {
      return;
    }
    if (!visiting.add(table)) {
      throw new IllegalStateException("Foreign keys go round in a circle through " + visiting);
    }
    for (var parent : parents.get(table)) {
      visit(parent, parents, ordered, visiting);
    }
    visiting.remove(table);
    ordered.add(table);
  }

  private static List<String> columns(Connection connection, String table) throws SQLException {
    var columns = new ArrayList<String>();
    try (var statement = connection.prepareStatement(
        "select attname from pg_attribute where attrelid = cast(? as regclass) and attnum > 0 and not attisdropped"
            + " and attgenerated = '' order by attnum")) {
      statement.setString(1, quoted(table));
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
    }
    return columns;
  }

  private static List<Sequence> sequences(Connection connection) throws SQLException {
    var sequences = new ArrayList<Sequence>();
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(
            "select sequencename, coalesce(last_value, start_value), last_value is not null from pg_sequences"
                + " where schemaname = 'public' order by sequencename")) {
      while (rows.next()) {
        sequences.add(new Sequence(rows.getString(1), rows.getLong(2), rows.getBoolean(3)));
      }
    }
    return sequences;
  }

  private static String quoted(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static String columnList(List<String> columns) {
    return String.join(", ", columns.stream().map(Backups::quoted).toList());
  }

  private static String explain(SQLException e) {
    var next = e.getNextException();
    return e.getMessage() + (next == null ? "" : " (" + next.getMessage() + ")");
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the error that brought us here is the one to report
    }
  }

  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // the ZIP's next entry follows
      }
    };
  }
}
