package org.entente.capabilities.pages;

import java.util.List;
import java.util.Map;
import org.entente.capabilities.RemedialAction;
import org.entente.capabilities.Unit;
import org.entente.capabilities.UnitStatus;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** The units a reader may see (a partner its own), the remedial actions still open, and the declaration form. */
public record UnitsView(List<Row> units, List<Due> actions, List<String> declaresFor, String partner, String status, @Nullable String notice,
    Map<String, Violation> errors, Map<String, String> typed) {

  /** A unit in the list. */
  public record Row(Unit unit, BilingualText partnerName) {}

  /** An open remedial action, with the unit it concerns. */
  public record Due(RemedialAction action, BilingualText unitName, boolean late) {}

  public List<UnitStatus> statuses() {
    return List.of(UnitStatus.values());
  }

  public List<Unit.Service> services() {
    return List.of(Unit.Service.values());
  }

  public List<Unit.Type> types() {
    return List.of(Unit.Type.values());
  }

  public List<Unit.Size> sizes() {
    return List.of(Unit.Size.values());
  }

  public List<Unit.Pool> pools() {
    return List.of(Unit.Pool.values());
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }
}
