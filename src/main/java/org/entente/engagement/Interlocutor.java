package org.entente.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A nation or organisation without a formal partnership, engaged on a Council decision (para 10) for a period
 * ({@code validTo} exclusive: the review date), within a scope.
 *
 * @param organisation its code: the directory's when it is there (an international organisation), else ISO 3166 alpha-3 (e.g. {@code CHN})
 * @param priorityAreas for scope {@code PRIORITY_AREAS}: the policy's priority areas (PA1…)
 * @param activities for scope {@code ACTIVITIES}: the menu activities' codes
 */
public record Interlocutor(UUID id, String organisation, BilingualText name, Scope scope, List<String> priorityAreas, List<String> activities,
    Status status, @Nullable String decision, LocalDate validFrom, LocalDate validTo, String proposedBy) {

  public Interlocutor {
    priorityAreas = List.copyOf(priorityAreas);
    activities = List.copyOf(activities);
  }

  /** How far the engagement goes. */
  public enum Scope {
    DIALOGUE, PRIORITY_AREAS, ACTIVITIES
  }

  /** Where the Council stands on it. */
  public enum Status {
    PROPOSED, ENGAGED, REFUSED
  }

  /** Engaged on that date. */
  public boolean engagedOn(LocalDate on) {
    return status == Status.ENGAGED && !validFrom.isAfter(on) && validTo.isAfter(on);
  }

  /** Whether a menu activity (its code and priority areas) falls within the engagement's scope. */
  public boolean covers(String activity, List<String> activityAreas) {
    return switch (scope) {
      case DIALOGUE -> false;
      case PRIORITY_AREAS -> activityAreas.stream().anyMatch(priorityAreas::contains);
      case ACTIVITIES -> activities.contains(activity);
    };
  }
}
