package org.entente.programmes.pages;

import java.util.List;
import java.util.Map;
import org.entente.languages.BilingualText;
import org.entente.programmes.Programme;
import org.entente.web.InvalidInput.Violation;

/**
 * The programmes the caller may see, and the form for a new one when the caller coordinates a partner.
 *
 * @param partners the partners the caller may draft for
 * @param errors the new-programme form's wrong fields, by name
 * @param typed what the caller typed in it, kept
 */
public record ProgrammeList(List<Row> rows, List<String> partners, Map<String, Violation> errors, Map<String, String> typed) {

  public record Row(Programme programme, BilingualText title) {}

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }
}
