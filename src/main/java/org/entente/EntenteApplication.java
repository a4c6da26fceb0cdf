package org.entente;

import java.time.Clock;
import java.nio.file.Path;
import java.util.Arrays;
import org.entente.audit.AuditCommand;
import org.entente.catalogue.GenerateCommand;
import org.entente.database.Backups;
import org.entente.database.DatabaseServer;
import org.entente.database.ReplicaCommand;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entente: the system of record and of exchange for an alliance's partnership cooperation. */
@SpringBootApplication
@EnableScheduling
public class EntenteApplication {

  public static void main(String[] args) {
    if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
      System.exit(auditVerify(Arrays.copyOfRange(args, 2, args.length)));
    }
    if (args.length >= 3 && args[0].equals("catalogue") && args[1].equals("generate")) {
      System.exit(generate(Integer.parseInt(args[2]), Arrays.copyOfRange(args, 3, args.length)));
    }
    if (args.length >= 2 && args[0].equals("backup")) {
      System.exit(backup(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length)));
    }
    if (args.length >= 2 && args[0].equals("restore")) {
      System.exit(restore(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length)));
    }
    if (args.length >= 2 && args[0].equals("replica")) {
      System.exit(replica(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(EntenteApplication.class, args);
  }

  /** {@code replica DIR [--replica-port=N]} beside a running Entente, or {@code replica stop DIR}: see ReplicaCommand. */
  private static int replica(String[] args) {
    var stop = args[0].equals("stop") && args.length >= 2;
    var directory = Path.of(stop ? args[1] : args[0]);
    var port = Arrays.stream(args).filter(a -> a.startsWith("--replica-port=")).map(a -> a.substring("--replica-port=".length()))
        .map(Integer::parseInt).findFirst().orElse(5433);
    try (var context = command(Arrays.copyOfRange(args, stop ? 2 : 1, args.length))) {
      return stop ? ReplicaCommand.stop(context, directory, System.out) : ReplicaCommand.make(context, directory, port, System.out);
    } catch (RuntimeException e) {
      System.out.println("FAILED: " + e.getMessage());
      return 1;
    }
  }

  /** {@code backup FILE}: a consistent copy of the database, beside a running Entente or not. */
  private static int backup(Path file, String[] args) {
    try (var context = command(args)) {
      var summary = Backups.backup(context.getBean(DatabaseServer.class), file);
      Backups.print(System.out, "Backed up to", file, summary);
      return 0;
    } catch (RuntimeException e) {
      System.out.println("FAILED: " + e.getMessage());
      return 1;
    }
  }

  /**
   * {@code restore FILE}: into a new data directory (or an empty external database): the schema migrated to the
   * backup's version, the copy loaded, then migrated to this version; the audit trail verified.
   */
  private static int restore(Path file, String[] args) {
    Backups.Manifest manifest;
    try {
      manifest = Backups.manifest(file);
    } catch (RuntimeException e) {
      System.out.println("FAILED: " + e.getMessage());
      return 1;
    }
    try (var context = new SpringApplicationBuilder(EntenteApplication.class)
        .web(WebApplicationType.NONE)
        // never into a running Entente's database: a new installation of its own
        .properties("entente.database.attach=false", "logging.level.root=warn",
            "spring.flyway.target=" + manifest.schemaVersion())
        .run(args)) {
      var summary = Backups.restore(context.getBean(DatabaseServer.class), context.getBean(Flyway.class), file);
      Backups.print(System.out, "Restored from", file, summary);
      return AuditCommand.verify(context, System.out);
    } catch (RuntimeException e) {
      System.out.println("FAILED: " + e.getMessage());
      return 1;
    }
  }

  private static int auditVerify(String[] args) {
    try (var context = command(args)) {
      return AuditCommand.verify(context, System.out);
    }
  }

  private static int generate(int activities, String[] args) {
    try (var context = command(args)) {
      return GenerateCommand.run(context, activities, System.out);
    }
  }

  /** An operator's command: no web server, no start-up work, beside a running Entente if there is one. */
  private static ConfigurableApplicationContext command(String[] args) {
    return new SpringApplicationBuilder(EntenteApplication.class)
        .web(WebApplicationType.NONE)
        .properties("entente.database.attach=true", "logging.level.root=warn")
        .run(args);
  }

  /** The one clock every module asks for "today", so that tests can fix it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
