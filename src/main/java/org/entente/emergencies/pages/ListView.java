package org.entente.emergencies.pages;

import org.entente.directory.Names;
import org.entente.emergencies.IncidentSummary;
import org.entente.web.Listing;

/**
 * The board of incidents: a page of them with their coverage, the filter as typed, whether the reader may file a
 * request, and the revision the board shows (a poll for a newer one replaces it).
 */
public record ListView(Listing<IncidentSummary> incidents, String scope, boolean exercise, boolean mayFile, String revision,
    Names names) {

  public String query() {
    return "scope=" + scope + "&exercise=" + exercise;
  }

  public boolean hasNext() {
    return (long) (incidents.page() + 1) * incidents.size() < incidents.total();
  }

  /** Percent of what is needed that is accepted, 0–100. */
  public static long percent(long part, long whole) {
    return whole == 0 ? 0 : Math.min(100, Math.round(100.0 * part / whole));
  }
}
