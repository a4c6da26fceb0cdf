package org.entente.catalogue;

import java.io.PrintStream;
import org.entente.database.SystemWork;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar entente.jar catalogue generate N}: adds N generated activities (about 2N events) to the
 * menu of the installation in the data directory — the benchmark's way to build its 100× menu.
 */
public final class GenerateCommand {

  private GenerateCommand() {}

  public static int run(ConfigurableApplicationContext context, int count, PrintStream out) {
    var demo = context.getBean(DemoCatalogue.class);
    var transactions = context.getBean(TransactionTemplate.class);
    var batch = 5_000;
    var done = 0;
    while (done < count) {
      var size = Math.min(batch, count - done);
      // one transaction per batch: a long generation commits as it goes
      SystemWork.run("catalogue generate", () -> transactions.executeWithoutResult(s -> demo.generate(DemoCatalogue.SEED, size)));
      done += size;
      out.println("generated " + done + " of " + count + " activities");
    }
    return 0;
  }
}
