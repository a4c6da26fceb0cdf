package org.entente.planning.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.languages.BilingualText;
import org.entente.planning.Cycle;
import org.entente.planning.CycleMove;
import org.entente.planning.CycleStatus;
import org.entente.planning.Goal;
import org.entente.planning.GoalsVersion;
import org.entente.planning.Rating;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A cycle's page: which step, whom it waits for, the moves the reader may make, the goals with their ratings,
 * versions, the talks' threads, the history, and the partner's other cycles with the ratings over the years.
 */
public record CycleView(Cycle cycle, BilingualText partnerName, List<CycleStatus> steps, CycleStatus.Actor waitsFor, Set<CycleStatus> next,
    boolean staff, boolean partner, boolean mayComment, List<GoalsVersion> versions, List<Thread> threads, List<CycleMove> history,
    List<Cycle> cycles, Map<String, List<Map.Entry<Integer, Rating.Progress>>> ratings, long answered, long questions,
    @Nullable Notice notice, Map<String, Violation> errors, Map<String, String> typed) {

  /** A message for one section of the page. */
  public record Notice(String section, String key, List<Object> args) {}

  /** The comments of one section, replies under what they answer. */
  public record Thread(String section, List<Entry> entries) {}

  /** A comment placed in its thread. */
  public record Entry(String id, String author, String writtenAt, String body, int depth) {}

  public boolean notice(String section) {
    return notice != null && notice.section().equals(section);
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public @Nullable Rating rating(Goal goal) {
    return cycle.assessment().stream().filter(r -> r.goal().equals(goal.code())).findFirst().orElse(null);
  }

  public boolean done(CycleStatus step) {
    return step.ordinal() < cycle.status().ordinal();
  }

  public List<Goal.Area> areas() {
    return List.of(Goal.Area.values());
  }

  public List<Rating.Progress> progresses() {
    return List.of(Rating.Progress.values());
  }

  /** The sections a comment may be written on. */
  public List<String> sections() {
    var sections = new java.util.ArrayList<>(List.of("general", "survey", "section:FORCES", "section:PLANS", "section:BUDGET", "goals", "assessment"));
    cycle.goals().forEach(g -> sections.add("goal:" + g.code()));
    return sections;
  }

  /** The message key naming a section of the talks ({@code goal:L0101} → the goal key with its code). */
  public static String sectionKey(String section) {
    var colon = section.indexOf(':');
    return colon < 0 ? "planning.section." + section : section.startsWith("goal:") ? "planning.section.goal" : "planning.section." + section.substring(colon + 1);
  }

  public static String sectionArg(String section) {
    var colon = section.indexOf(':');
    return colon < 0 ? "" : section.substring(colon + 1);
  }
}
