package org.entente.education.pages;

import java.util.List;
import java.util.Map;
import org.entente.directory.Names;
import org.entente.education.Paged;
import org.entente.education.ProgrammeSummary;
import org.entente.web.InvalidInput.Violation;

/**
 * The programmes the caller may read (filtered, paged), and the proposal form for those who may propose.
 *
 * @param proposers the partners the caller may propose a programme for (empty: no form)
 * @param names the partners' names
 */
public record ProgrammeList(Paged<ProgrammeSummary> rows, List<String> proposers, Names names, Map<String, String> filter,
    Map<String, Violation> errors, Map<String, String> typed) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean ticked(String field, String value) {
    return typed.getOrDefault(field + "-" + value, "").equals("on");
  }

  public String filter(String field) {
    return filter.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String pageUrl(int page) {
    return "/education?status=" + filter("status") + "&kind=" + filter("kind") + "&partner=" + filter("partner") + "&page=" + page;
  }
}
