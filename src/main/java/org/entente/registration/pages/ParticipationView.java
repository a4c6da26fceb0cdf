package org.entente.registration.pages;

import java.util.List;
import java.util.Map;
import org.entente.registration.Participation;

/** Participation per nation and year: one row per nation (by name), one column per year shown. */
public record ParticipationView(List<Row> rows, List<Integer> years, int last) {

  /** One nation's figures per year (a year without nominations is absent). */
  public record Row(String nation, String name, Map<Integer, Participation.Count> years) {

    public int attended(int year) {
      var c = years.get(year);
      return c == null ? 0 : c.attended();
    }

    public int nominated(int year) {
      var c = years.get(year);
      return c == null ? 0 : c.nominated();
    }
  }
}
