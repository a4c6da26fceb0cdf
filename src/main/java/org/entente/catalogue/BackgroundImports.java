package org.entente.catalogue;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Long imports go on after the answer, on a virtual thread that carries the caller (and so the caller's
 * row-level security context); the import's record shows their progress.
 */
@Component
public class BackgroundImports implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(BackgroundImports.class);
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Imports imports;

  BackgroundImports(Imports imports) {
    this.imports = imports;
  }

  public void run(Imports.Started started, Locale locale) {
    executor.execute(new DelegatingSecurityContextRunnable(() -> {
      try {
        imports.process(started, locale);
      } catch (Imports.Rejected rejected) {
        // the report says why; nothing else to do
      } catch (RuntimeException e) {
        log.error("Import {} failed", started.id(), e);
      }
    }));
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
