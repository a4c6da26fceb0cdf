package org.entente.capacitybuilding.pages;

import java.util.List;
import java.util.Map;
import org.entente.capacitybuilding.PackageSummary;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;

/**
 * The packages the caller may read (filtered, paged), and the request form for those who may ask.
 *
 * @param requesters the partner nations the caller may ask for (empty: no form)
 * @param filter the status and partner of the list, as typed (kept when wrong)
 */
public record PackageList(Listing<PackageSummary> rows, List<String> requesters, Map<String, String> filter, Map<String, Violation> errors,
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

  /** The address of another page of the list, filters kept. */
  public String pageUrl(int page) {
    return "/capacity-building?status=" + filter("status") + "&partner=" + filter("partner") + "&page=" + page;
  }

  /** How many pages the list has (at least one, empty or not). */
  public int pages() {
    var size = rows.size() == null ? 1 : rows.size();
    return Math.max(1, (int) ((rows.total() + size - 1) / size));
  }
}
