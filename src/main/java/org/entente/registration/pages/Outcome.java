package org.entente.registration.pages;

import java.io.Serializable;
import java.util.List;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;

/**
 * What an action came to, shown on the page the reader returns to: done, or refused with the reason in the
 * reader's language. Kept in the session across the redirect, so it is {@link Serializable} (strings only).
 */
public record Outcome(String key, List<String> arguments, boolean refused) implements Serializable {

  public Outcome {
    arguments = List.copyOf(arguments);
  }

  public static Outcome done(String key, Object... arguments) {
    return new Outcome(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList(), false);
  }

  public static Outcome refused(RuntimeException e) {
    return switch (e) {
      case Conflict c -> new Outcome(c.messageKey(), c.arguments().stream().map(String::valueOf).toList(), true);
      case InvalidInput i -> new Outcome(i.violations().getFirst().messageKey(),
          i.violations().getFirst().arguments().stream().map(String::valueOf).toList(), true);
      default -> throw e;
    };
  }

  public Object[] args() {
    return arguments.toArray();
  }
}
