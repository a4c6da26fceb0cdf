package org.entente.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A record of the register.
 *
 * @param reference the Council's own reference, unique (e.g. {@code PO(2026)0042})
 * @param subjectId what it decides on within its subject type (a programme's id, an activity's code, …)
 * @param concerns the nations it concerns: besides Allies, only their coordinators read it
 * @param status {@code PROPOSED} until a second member of the secretariat confirms it
 */
public record Decision(
    UUID id,
    String reference,
    LocalDate decidedOn,
    SubjectType subjectType,
    @Nullable String subjectId,
    List<String> concerns,
    Outcome outcome,
    BilingualText text,
    Status status,
    String proposedBy,
    Instant proposedAt,
    @Nullable String confirmedBy,
    @Nullable Instant confirmedAt) {

  public Decision {
    concerns = List.copyOf(concerns);
  }

  /** What a decision is about. */
  public enum SubjectType {
    PROGRAMME, ELIGIBILITY, CONSULTATION, TRUST_FUND, SCIENCE, PLANNING, CAPACITY_BUILDING, PRIORITISATION, OTHER
  }

  /** What the Council decided. */
  public enum Outcome {
    APPROVED, NOTED, DEFERRED, REJECTED
  }

  /** Whether it has taken effect. */
  public enum Status {
    PROPOSED, CONFIRMED
  }
}
