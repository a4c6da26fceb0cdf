package org.entente.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.database.TransactionSettings;
import org.springframework.stereotype.Component;

/**
 * Hands PostgreSQL the current caller at the start of every transaction: {@code app.user_id},
 * {@code app.username} and {@code app.grants} ({@code ORGANISATION:ROLE,…}), which the row-level security
 * policies read. Nobody signed in: no settings, and scoped tables show nothing.
 */
@Component
class CallerTransactionSettings implements TransactionSettings {

  // Asking for the caller may load the session, which begins a transaction of its own, which asks for
  // the caller again: that inner transaction (the session store's) goes without one.
  private static final ThreadLocal<Boolean> resolving = new ThreadLocal<>();

  @Override
  public Map<String, String> current() {
    if (resolving.get() != null) {
      return Map.of();
    }
    resolving.set(Boolean.TRUE);
    try {
      return settingsOfCaller();
    } finally {
      resolving.remove();
    }
  }

  private Map<String, String> settingsOfCaller() {
    return Callers.current()
        .map(
            caller -> {
              var settings = new LinkedHashMap<String, String>();
              settings.put("user_id", caller.userId().toString());
              settings.put("username", caller.username());
              settings.put(
                  "grants",
                  caller.grants().stream()
                      .map(g -> g.organisation() + ":" + g.role().name())
                      .collect(Collectors.joining(",")));
              return (Map<String, String>) settings;
            })
        .orElse(Map.of());
  }
}
