package org.entente.consultations.pages;

import java.util.List;
import java.util.Map;
import org.entente.consultations.Consultation;
import org.entente.consultations.PublicRecord;
import org.entente.directory.Organisation;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;

/**
 * The consultations the caller may read in full (filtered, paged), the public record every partner reads, and
 * the request form for those who may ask.
 *
 * @param requesters the organisations the caller may ask for (empty: no form)
 * @param partners the partner nations that may be proposed
 * @param operations the operations running today, for a consultation with their contributors
 * @param filter the status and partner of the list, as typed (kept when wrong)
 */
public record ConsultationList(Listing<Consultation> rows, Listing<PublicRecord> records, List<String> requesters,
    List<Organisation> partners, Map<String, String> filter, Map<String, Violation> errors, Map<String, String> typed,
    List<String> chosen, List<org.entente.engagement.Engaged.Operation> operations) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public String filter(String field) {
    return filter.getOrDefault(field, "");
  }

  /** How many pages a list has (at least one, empty or not). */
  public static int pages(Listing<?> list) {
    var size = list.size() == null ? 1 : list.size();
    return Math.max(1, (int) ((list.total() + size - 1) / size));
  }

  /** The address of another page of the list, filters kept. */
  public String pageUrl(int page) {
    return "/consultations?status=" + filter("status") + "&partner=" + filter("partner") + "&page=" + page;
  }
}
