package org.entente.catalogue;

import java.io.PrintStream;
import org.entente.database.SystemWork;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar entente.jar catalogue generate N [--events-per-activity=K]}: adds N generated activities
 * (about K × N events, K = 2 unless told) to the menu of the installation in the data directory — the
 * benchmark's way to build its menus (PRIME's scale is about 1,500 activities and 10,000 events: K = 7).
 */
public final class GenerateCommand {

  /** The option, read from the command line as a Spring property. */
  static final String EVENTS_PER_ACTIVITY = "events-per-activity";

  private GenerateCommand() {}

  public static int run(ConfigurableApplicationContext context, int count, PrintStream out) {
    var eventsPerActivity = context.getEnvironment()
        .getProperty(EVENTS_PER_ACTIVITY, Integer.class, CatalogueGenerator.EVENTS_PER_ACTIVITY);
    if (eventsPerActivity < 1 || eventsPerActivity > 100) {
      out.println("--" + EVENTS_PER_ACTIVITY + " must be 1 to 100");
      return 2;
    }
    var demo = context.getBean(DemoCatalogue.class);
    var transactions = context.getBean(TransactionTemplate.class);
    var batch = 5_000;
    var done = 0;
    while (done < count) {
      var size = Math.min(batch, count - done);
      // one transaction per batch: a long generation commits as it goes
      SystemWork.run("catalogue generate",
          () -> transactions.executeWithoutResult(s -> demo.generate(DemoCatalogue.SEED, size, eventsPerActivity)));
      done += size;
      out.println("generated " + done + " of " + count + " activities");
    }
    return 0;
  }
}
