package org.entente.registration.pages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;

/**
 * What an action came to, shown on the page the reader returns to: done, or refused with the reason in the
 * reader's language. Kept in the session across the redirect, so it is {@link Serializable}: its arguments are
 * numbers (which the messages may count with) or strings.
 */
public record Outcome(String key, List<Serializable> arguments, boolean refused) implements Serializable {

  public Outcome {
    arguments = List.copyOf(arguments);
  }

  public static Outcome done(String key, Object... arguments) {
    return new Outcome(key, kept(Arrays.asList(arguments)), false);
  }

  public static Outcome refused(RuntimeException e) {
    return switch (e) {
      case Conflict c -> new Outcome(c.messageKey(), kept(c.arguments()), true);
      case InvalidInput i -> new Outcome(i.violations().getFirst().messageKey(), kept(i.violations().getFirst().arguments()), true);
      default -> throw e;
    };
  }

  public Object[] args() {
    return arguments.toArray();
  }

  private static List<Serializable> kept(List<?> arguments) {
    return arguments.stream().map(a -> a instanceof Number n ? (Serializable) n : String.valueOf(a)).toList();
  }
}
