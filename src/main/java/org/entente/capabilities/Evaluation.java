package org.entente.capabilities;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.capabilities.EvaluationStatus.Kind;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/** One evaluation of a unit (SEL1, NEL1, SEL2, NEL2) with its ratings per area. */
public record Evaluation(UUID id, UUID unit, int level, Kind kind, EvaluationStatus status, LocalDate plannedOn, List<TeamMember> team,
    BilingualText summary, @Nullable String reason, String openedBy, LocalDate openedOn, @Nullable LocalDate submittedOn,
    @Nullable String decidedBy, @Nullable LocalDate decidedOn, List<AreaRating> ratings) {

  /** A member of a NATO evaluation team: a certified evaluator and the organisation (nation or command) they come from. */
  public record TeamMember(String name, String organisation) {}

  /** The short name: SEL1, NEL1, SEL2, NEL2. */
  public String code() {
    return kind.name() + level;
  }

  public @Nullable AreaRating rating(Area area) {
    return ratings.stream().filter(r -> r.area() == area).findFirst().orElse(null);
  }
}
