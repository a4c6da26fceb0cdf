package org.entente.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a new installation fills itself with demo data (accounts, a menu, …): by default for the
 * embedded database, so that a newcomer sees a working system; never by default on an external one.
 * {@code ENTENTE_DEMO=true|false} decides otherwise.
 */
@Component
public class DemoMode {

  private final boolean enabled;

  DemoMode(DatabaseServer database, @Value("${entente.demo:}") String demo) {
    this.enabled = demo.isBlank() ? database.embedded() : Boolean.parseBoolean(demo.strip());
  }

  public boolean enabled() {
    return enabled;
  }
}
