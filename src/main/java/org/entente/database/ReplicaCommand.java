package org.entente.database;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;

/**
 * {@code replica DIR [--replica-port=N]}: a streaming replica of the running Entente's embedded PostgreSQL, made
 * in {@code DIR} by {@link Standby} and started there on 127.0.0.1 (port {@code N}, 5433 when not given), ready
 * for {@code ENTENTE_DATASOURCE_REPLICA_URL}. {@code replica stop DIR}: stops it and drops its replication slot.
 */
public final class ReplicaCommand {

  private ReplicaCommand() {}

  public static int make(ApplicationContext context, Path directory, int port, PrintStream out) {
    var server = context.getBean(DatabaseServer.class);
    if (!server.embedded()) {
      out.println("FAILED: the database is external: make its replica with its own pg_basebackup (see the README)");
      return 1;
    }
    var data = context.getBean(DataDirectory.class).resolve("postgres");
    var slot = "entente_replica_" + port;
    var binaries = Standby.binaries(data);
    var copy = Standby.make(server, data, directory, slot);
    Standby.start(binaries, directory, port);
    out.println("Replica made in " + directory + " (" + copy.files() + " files; WAL from " + copy.startLsn()
        + ", kept by the primary's slot " + slot + ") and started on 127.0.0.1:" + port + ".");
    out.println("Configure the instances that may search on it with:");
    out.println("  ENTENTE_DATASOURCE_REPLICA_URL=jdbc:postgresql://127.0.0.1:" + port + "/entente");
    out.println("Start it again after a restart of the machine with:");
    out.println("  " + ("root".equals(System.getProperty("user.name")) ? "unshare -U " : "") + binaries.resolve("pg_ctl")
        + " -D " + directory + " -l " + directory.resolve("standby.log") + " -o '-p " + port
        + " -c listen_addresses=127.0.0.1' start");
    out.println("Give it up with: java -jar entente.jar replica stop " + directory);
    return 0;
  }

  public static int stop(ApplicationContext context, Path directory, PrintStream out) {
    var server = context.getBean(DatabaseServer.class);
    String slot;
    try {
      slot = Files.readAllLines(directory.resolve("postgresql.auto.conf")).stream()
          .filter(line -> line.startsWith("primary_slot_name"))
          .map(line -> line.replaceAll("^primary_slot_name\\s*=\\s*'([a-z0-9_]+)'.*$", "$1"))
          .reduce((first, last) -> last)
          .orElseThrow(() -> new IllegalArgumentException(directory + " is not a replica made by this command"));
    } catch (IOException e) {
      throw new UncheckedIOException(directory + " is not a replica: " + e.getMessage(), e);
    }
    if (Files.exists(directory.resolve("postmaster.pid"))) {
      try {
        Standby.stop(Standby.binaries(directory), directory);
      } catch (IllegalStateException notRunning) {
        out.println("(it was not running)");
      }
    }
    Standby.dropSlot(server, slot);
    out.println("Replica in " + directory + " stopped; the primary's slot " + slot + " dropped (the directory may be deleted).");
    return 0;
  }
}
