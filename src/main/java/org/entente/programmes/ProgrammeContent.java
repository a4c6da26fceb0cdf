package org.entente.programmes;

import java.util.List;
import java.util.Map;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * The text of a programme, the part that is versioned: its objectives, the menu activities it plans and its
 * partnership goals. Stored as one document per version, so that a frozen version never changes.
 */
public record ProgrammeContent(List<Objective> objectives, List<PlannedActivity> activities, List<Goal> goals) {

  public ProgrammeContent {
    objectives = List.copyOf(objectives);
    activities = List.copyOf(activities);
    goals = List.copyOf(goals);
  }

  public static ProgrammeContent empty() {
    return new ProgrammeContent(List.of(), List.of(), List.of());
  }

  /**
   * An objective, linked to the policy's priority areas and strategic objectives, with measurable targets.
   *
   * @param key stable across versions (O1, O2, …), so that versions compare objective by objective
   */
  public record Objective(String key, BilingualText text, List<String> priorityAreas, List<String> strategicObjectives,
      List<Target> targets) {
    public Objective {
      priorityAreas = List.copyOf(priorityAreas);
      strategicObjectives = List.copyOf(strategicObjectives);
      targets = List.copyOf(targets);
    }
  }

  /** Something measurable: e.g. 40 officers trained in English, by 2027. */
  public record Target(BilingualText text, int value, @Nullable Integer year) {}

  /**
   * A menu activity the partner plans to take part in.
   *
   * @param title as the menu said when the partner chose it (the programme is a document of its time)
   * @param plannedParticipants per year of the period
   */
  public record PlannedActivity(String code, BilingualText title, String provider, List<String> priorityAreas,
      Map<Integer, Integer> plannedParticipants) {
    public PlannedActivity {
      priorityAreas = List.copyOf(priorityAreas);
      plannedParticipants = Map.copyOf(plannedParticipants);
    }

    public int planned(int year) {
      return plannedParticipants.getOrDefault(year, 0);
    }
  }

  /** A partnership goal, free text for now. */
  public record Goal(String key, BilingualText text) {}
}
