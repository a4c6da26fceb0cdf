package org.entente;

import java.time.Clock;
import java.util.Arrays;
import org.entente.audit.AuditCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/** Entente: the system of record and of exchange for an alliance's partnership cooperation. */
@SpringBootApplication
public class EntenteApplication {

  public static void main(String[] args) {
    if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
      System.exit(auditVerify(Arrays.copyOfRange(args, 2, args.length)));
    }
    SpringApplication.run(EntenteApplication.class, args);
  }

  /** An operator's command: no web server, no start-up work, beside a running Entente if there is one. */
  private static int auditVerify(String[] args) {
    try (var context =
        new SpringApplicationBuilder(EntenteApplication.class)
            .web(WebApplicationType.NONE)
            .properties("entente.database.attach=true", "logging.level.root=warn")
            .run(args)) {
      return AuditCommand.verify(context, System.out);
    }
  }

  /** The one clock every module asks for "today", so that tests can fix it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
