package org.entente.integrity.pages;

import java.util.List;
import java.util.Map;
import org.entente.integrity.AssessmentSummary;
import org.entente.integrity.Paged;
import org.entente.web.InvalidInput.Violation;

/**
 * The assessments the caller may read (filtered, paged), and the request form for those who may ask.
 *
 * @param requesters the nations the caller may ask an assessment for (empty: no form)
 */
public record AssessmentList(Paged<AssessmentSummary> rows, List<String> requesters, Map<String, String> filter, Map<String, Violation> errors,
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
}
