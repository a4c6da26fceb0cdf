package org.entente.exercises.pages;

import java.util.List;
import java.util.Map;
import org.entente.exercises.Paged;
import org.entente.exercises.PlanVersion;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** The versions the reader may see, filtered and paged, with the planning board's form for a new one. */
public record VersionsView(Paged<PlanVersion> rows, String status, boolean planner, @Nullable PlanVersion inForce, int nextYear,
    Map<String, Violation> errors, Map<String, String> typed) {

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String typed(String field, String otherwise) {
    return typed.getOrDefault(field, otherwise);
  }

  public String pageUrl(int page) {
    return "/exercises/versions?status=" + status + "&page=" + page;
  }
}
