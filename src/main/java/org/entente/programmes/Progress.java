package org.entente.programmes;

import java.util.List;
import org.entente.languages.BilingualText;

/**
 * Planned against actual participation: per activity and year, and per priority area and year. Actuals are
 * attended participations as registration records them; nothing is estimated.
 */
public record Progress(List<Row> activities, List<AreaRow> priorityAreas) {

  public record Row(String code, BilingualText title, int year, int planned, int actual) {}

  public record AreaRow(String priorityArea, int year, int planned, int actual) {}
}
