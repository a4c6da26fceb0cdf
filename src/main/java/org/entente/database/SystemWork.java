package org.entente.database;

import java.util.function.Supplier;

/**
 * Work the application does on its own behalf, not for a caller: loading reference data, creating the first
 * administrator, checking a password before anyone is signed in. Transactions begun inside carry
 * {@code app.system = on}, which the row-level security policies let through. Use it sparingly: every use
 * is a place where need-to-know rests on Java alone.
 */
public final class SystemWork {

  private static final ThreadLocal<String> reason = new ThreadLocal<>();

  private SystemWork() {}

  /** Runs the work as the system; the reason names it in logs and the audit trail. */
  public static <T> T run(String why, Supplier<T> work) {
    var previous = reason.get();
    reason.set(why);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        reason.remove();
      } else {
        reason.set(previous);
      }
    }
  }

  public static void run(String why, Runnable work) {
    run(why, () -> {
      work.run();
      return null;
    });
  }

  /** Whether the current thread works as the system, and why. */
  public static java.util.Optional<String> reason() {
    return java.util.Optional.ofNullable(reason.get());
  }
}
