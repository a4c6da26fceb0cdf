package org.entente.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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

  /**
   * Reads an upper-case code of an enumeration as typed (any case, spaces around); a wrong one is added to
   * {@code violations} with the allowed values, and null returned.
   */
  public static <E extends Enum<E>> @Nullable E code(Class<E> type, @Nullable String value, String field, List<Violation> violations) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      var allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      violations.add(new Violation(field, "problem.one-of", List.of(allowed)));
      return null;
    }
  }

  /** The same, throwing at once for a wrong value. */
  public static <E extends Enum<E>> E code(Class<E> type, @Nullable String value, String field) {
    var violations = new ArrayList<Violation>();
    var parsed = code(type, value, field, violations);
    if (parsed == null) {
      throw new InvalidInput(violations);
    }
    return parsed;
  }

  public List<Violation> violations() {
    return violations;
  }

  /** The first violation of each field, in the order found: what a page shows beside each field. */
  public java.util.Map<String, Violation> byField() {
    var byField = new java.util.LinkedHashMap<String, Violation>();
    violations.forEach(v -> byField.putIfAbsent(v.name(), v));
    return byField;
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
