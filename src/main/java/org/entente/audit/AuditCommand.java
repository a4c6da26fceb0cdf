package org.entente.audit;

import java.io.PrintStream;
import org.entente.database.SystemWork;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar entente.jar audit verify}: verifies the chain of the installation in the data directory
 * (beside a running Entente, through its database) and exits 0 when intact, 1 when broken.
 */
public final class AuditCommand {

  private AuditCommand() {}

  public static int verify(ConfigurableApplicationContext context, PrintStream out) {
    var result = SystemWork.run("audit verify", () -> context.getBean(AuditLog.class).verify());
    if (result.intact()) {
      out.println("OK: the audit trail is intact (" + result.records() + " records)");
      out.println("seal of its heads: " + SystemWork.run("audit seal", () -> context.getBean(AuditLog.class).seal()));
      return 0;
    }
    out.println("BROKEN at record " + result.firstBrokenRecord() + ": " + result.reason()
        + " (" + result.records() + " records read)");
    return 1;
  }
}
