package org.entente.prioritisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An allocation run: which events, with which weights and profiles, where it stands, and its figures.
 *
 * @param weightsNumber the Council-confirmed weight set used, or null for the baseline
 * @param freeSeats seats free at its events when it was run
 * @param pending the pending nominations it decided on
 * @param soft the solver's objective; {@code firstComeSoft} the same objective for first come, first served
 * @param limitMillis the most time the solver may spend
 * @param spentMillis the time spent so far (while solving) or in all
 * @param bestHard the best score so far, hard part (0 once feasible); {@code bestSoft} its soft part
 * @param stopRequested whether someone asked to stop early (the best so far is kept)
 * @param comparesTo for a what-if run: the run whose input it solves again with another weight set
 */
public record Run(UUID id, String provider, List<UUID> events, RunStatus status, List<Integer> weights, @Nullable Long weightsNumber,
    LocalDate profilesOn, int freeSeats, int pending, @Nullable Long hard, @Nullable Long soft, @Nullable Long firstComeSoft, String startedBy,
    Instant startedAt, @Nullable Long solveMillis, long limitMillis, @Nullable Long spentMillis, @Nullable Long bestHard, @Nullable Long bestSoft,
    boolean stopRequested, @Nullable UUID comparesTo) {

  /** Whether the solver has still to finish it. */
  public boolean unfinished() {
    return status == RunStatus.QUEUED || status == RunStatus.SOLVING;
  }

  /** The share of its time spent, in whole percent. */
  public int percentSpent() {
    long spent = spentMillis == null ? 0 : spentMillis;
    return (int) Math.min(100, Math.max(0, 100 * spent / Math.max(1, limitMillis)));
  }

  /** The time it may still take at most, in whole seconds. */
  public long secondsLeft() {
    long spent = spentMillis == null ? 0 : spentMillis;
    return Math.max(0, (limitMillis - spent + 999) / 1000);
  }

  /** A nomination's outcome and why. {@code terms} is each consideration's part of its worth (weight × value), by ordinal. */
  public record Outcome(UUID nomination, UUID event, String nation, String participantName, int rank, String stateBefore, boolean seated,
      boolean firstCome, String reason, long worth, List<Long> terms, long threshold, @Nullable String detail) {

    /** Each consideration's share of the worth, in whole percent, by ordinal (0 when the worth is 0). */
    public List<Integer> shares() {
      return terms.stream().map(t -> worth == 0 ? 0 : (int) Math.round(100.0 * t / worth)).toList();
    }
  }

  /** A nation's seats in the run, beside first come, first served. */
  public record NationSeats(String nation, int pending, int seats, int firstCome) {}

  /** A move of the run. */
  public record Move(@Nullable RunStatus from, RunStatus to, String by, Instant at) {}
}
