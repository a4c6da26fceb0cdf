package org.entente.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field of a JSON body that Jackson refused ({@code memberships[0].role}) and says why. */
final class JsonFields {

  private JsonFields() {}

  static @Nullable Violation violation(Throwable unreadable) {
    JacksonException jackson = null;
    for (var cause = unreadable; cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException found) {
        jackson = found;
        break;
      }
    }
    if (jackson == null || jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
      return null; // not JSON at all, or the document as a whole: the general message says it
    }
    var name = path(jackson);
    return switch (jackson) {
      case StrictJson.Refused refused -> new Violation(name, refused.messageKey(), refused.arguments());
      case InvalidNullException ignored -> new Violation(name, "problem.not-null", List.of());
      case UnrecognizedPropertyException ignored -> new Violation(name, "problem.unknown-field", List.of());
      case InvalidFormatException format -> typed(name, format.getTargetType());
      case MismatchedInputException mismatch -> typed(name, mismatch.getTargetType());
      default -> new Violation(name, "problem.malformed", List.of());
    };
  }

  private static Violation typed(String name, @Nullable Class<?> type) {
    if (type != null && type.isEnum()) {
      var values = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
      return new Violation(name, "problem.one-of", List.of(values));
    }
    if (type == LocalDate.class) {
      return new Violation(name, "problem.date", List.of());
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return new Violation(name, "problem.number", List.of());
    }
    if (type == Boolean.class || type == boolean.class) {
      return new Violation(name, "problem.boolean", List.of());
    }
    if (type != null && (List.class.isAssignableFrom(type) || type.isArray())) {
      return new Violation(name, "problem.list", List.of());
    }
    return new Violation(name, "problem.malformed", List.of());
  }

  static String path(JacksonException exception) {
    var name = new StringBuilder();
    for (var reference : exception.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(printable(reference.getPropertyName()));
      } else if (reference.getIndex() >= 0) {
        name.append('[').append(reference.getIndex()).append(']');
      }
    }
    return name.isEmpty() ? "body" : name.toString();
  }

  private static String printable(String name) {
    var cleaned = new StringBuilder();
    name.codePoints().limit(100).forEach(c -> cleaned.appendCodePoint(c == 0 || (c >= 0xD800 && c <= 0xDFFF) ? '?' : c));
    return cleaned.toString();
  }
}
