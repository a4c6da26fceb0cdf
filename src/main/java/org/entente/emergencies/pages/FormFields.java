package org.entente.emergencies.pages;

import static org.entente.web.Texts.blank;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** Reads a page form's typed numbers and dates (a field's fault noted under its name) and its blank fields as absent. */
final class FormFields {

  private FormFields() {}

  static @Nullable Integer integer(Map<String, String> form, String field, Map<String, Violation> errors) {
    var value = blank(form.get(field));
    if (value == null) return null;
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.put(field, new Violation(field, "problem.number", List.of()));
      return null;
    }
  }

  static @Nullable LocalDate date(Map<String, String> form, String field, Map<String, Violation> errors) {
    var value = blank(form.get(field));
    if (value == null) return null;
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(field, new Violation(field, "problem.date", List.of()));
      return null;
    }
  }
}
