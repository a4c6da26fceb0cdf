package org.entente.database;

import java.util.Map;

/**
 * Supplies the settings every transaction starts with — who is calling, for which organisations, in which
 * roles — which PostgreSQL's row-level security policies read with {@code current_setting('app.…', true)}.
 * Implemented by the module that knows the caller; without one, transactions carry no caller and scoped
 * tables show nothing.
 */
public interface TransactionSettings {

  /** Setting names (without the {@code app.} prefix) and their values for the current thread's caller. */
  Map<String, String> current();
}
