package org.entente.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request parameter or field the caller sent is wrong; each one is named with the reason. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInput extends RuntimeException {

  private final List<Violation> violations;

  public InvalidInput(List<Violation> violations) {
    super("Invalid input: " + violations);
    this.violations = List.copyOf(violations);
  }

  public static InvalidInput of(String name, String messageKey, Object... arguments) {
    return new InvalidInput(List.of(new Violation(name, messageKey, List.of(arguments))));
  }

  public List<Violation> violations() {
    return violations;
  }

  /**
   * One wrong parameter or field.
   *
   * @param name the parameter or field as the caller named it
   * @param messageKey key of the reason in the message bundles
   * @param arguments values for the placeholders of that message
   */
  public record Violation(String name, String messageKey, List<Object> arguments) {}
}
