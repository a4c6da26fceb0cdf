package org.entente;

import java.time.Clock;
import java.util.Arrays;
import org.entente.audit.AuditCommand;
import org.entente.catalogue.GenerateCommand;
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
    SpringApplication.run(EntenteApplication.class, args);
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
