package org.entente.planning.pages;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.planning.CycleStatus;
import org.entente.planning.Participation;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** The planning overview: cycles per partner (which step, whom they wait for), participations, and staff's forms. */
public record OverviewView(List<Row> cycles, List<Participation> participations, boolean staff, boolean mayRequest, List<String> partners,
    String partner, int year, @Nullable String notice, Map<String, Violation> errors, Map<String, String> typed) {

  /** A cycle in the list. */
  public record Row(UUID id, String partner, BilingualText partnerName, String period, CycleStatus status, CycleStatus.Actor waitsFor) {}

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }
}
