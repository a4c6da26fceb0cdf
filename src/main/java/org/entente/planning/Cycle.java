package org.entente.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner's PARP cycle: the goals in {@code year} (even), the assessment in {@code year + 1}.
 *
 * @param goals the package as it stands now
 * @param goalsVersion the last frozen version of the package (0 before the talks open)
 * @param previous the cycle it follows (its goals were carried over)
 * @param decision the Council decision that approved the package
 */
public record Cycle(UUID id, String partner, int year, CycleStatus status, int questionSet, List<Goal> goals, int goalsVersion,
    List<Rating> assessment, @Nullable UUID previous, @Nullable String decision, @Nullable LocalDate approvedOn, String createdBy,
    Instant createdAt, Instant updatedAt) {

  public Cycle {
    goals = List.copyOf(goals);
    assessment = List.copyOf(assessment);
  }

  /** "2026–2027". */
  public String period() {
    return year + "–" + (year + 1);
  }

  /** Whether every goal of the package has its rating. */
  public boolean fullyRated() {
    return !goals.isEmpty() && goals.stream().allMatch(g -> assessment.stream().anyMatch(r -> r.goal().equals(g.code())));
  }

  /** Who the cycle waits for now. */
  public CycleStatus.Actor waitsFor() {
    if (status == CycleStatus.ASSESSMENT) return fullyRated() ? CycleStatus.Actor.PARTNER : CycleStatus.Actor.STAFF;
    return status.waitsFor();
  }
}
