package org.entente.planning.pages;

import java.util.List;
import java.util.Map;
import org.entente.planning.GuidanceStatus;
import org.entente.planning.GuidanceVersion;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** The ministerial guidance: its versions, or one version, with staff's forms. */
public record GuidanceView(List<GuidanceVersion> versions, @Nullable GuidanceVersion version, boolean staff, @Nullable String notice,
    Map<String, Violation> errors, Map<String, String> typed) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  /** The field's value: what was typed after a refusal, else the version's. */
  public String value(String field, @Nullable String stored) {
    return errors.isEmpty() ? (stored == null ? "" : stored) : typed(field);
  }

  public boolean editable() {
    return staff && version != null && version.status() == GuidanceStatus.DRAFT;
  }
}
