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
 */
public record Run(UUID id, String provider, List<UUID> events, RunStatus status, List<Integer> weights, @Nullable Long weightsNumber,
    LocalDate profilesOn, int freeSeats, int pending, @Nullable Long hard, @Nullable Long soft, @Nullable Long firstComeSoft, String startedBy,
    Instant startedAt, @Nullable Long solveMillis) {

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
