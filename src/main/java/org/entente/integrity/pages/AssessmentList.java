package org.entente.integrity.pages;

import java.util.List;
import java.util.Map;
import org.entente.integrity.AssessmentSummary;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;

/**
 * The assessments the caller may read (filtered, paged), and the request form for those who may ask.
 *
 * @param requesters the nations the caller may ask an assessment for (empty: no form)
 */
public record AssessmentList(Listing<AssessmentSummary> rows, List<String> requesters, Map<String, String> filter, Map<String, Violation> errors,
    Map<String, String> typed) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public String filter(String field) {
    return filter.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String pageUrl(int page) {
    return "/integrity?status=" + filter("status") + "&nation=" + filter("nation") + "&page=" + page;
  }

  /** How many pages the list has (at least one, empty or not). */
  public int pages() {
    var size = rows.size() == null ? 1 : rows.size();
    return Math.max(1, (int) ((rows.total() + size - 1) / size));
  }
}
