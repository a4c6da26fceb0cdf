package org.entente.integrity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The Building Integrity process as one table of who may move an assessment from where to where (mirrored by
 * {@code integrity_transition} and its trigger): the nation asks, answers and submits the questionnaire, agrees
 * the report or asks for changes, and may withdraw before the visit; staff issue the questionnaire, form the peer
 * review team and schedule its visit, record it, draft the report, and run the follow-up plan.
 */
public enum IntegrityStatus {
  REQUESTED, SAQ_ISSUED, SAQ_SUBMITTED, VISIT_SCHEDULED, VISIT_CONDUCTED, REPORT_DRAFT, REPORT_AGREED, FOLLOW_UP, CLOSED, WITHDRAWN;

  /** Who moves an assessment. */
  public enum Actor {
    NATION, STAFF
  }

  private record Move(IntegrityStatus to, Actor by) {}

  private static final Map<IntegrityStatus, Set<Move>> moves = Map.of(
      REQUESTED, Set.of(new Move(SAQ_ISSUED, Actor.STAFF), new Move(WITHDRAWN, Actor.NATION)),
      SAQ_ISSUED, Set.of(new Move(SAQ_SUBMITTED, Actor.NATION), new Move(WITHDRAWN, Actor.NATION)),
      SAQ_SUBMITTED, Set.of(new Move(SAQ_ISSUED, Actor.STAFF), new Move(VISIT_SCHEDULED, Actor.STAFF), new Move(WITHDRAWN, Actor.NATION)),
      VISIT_SCHEDULED, Set.of(new Move(VISIT_SCHEDULED, Actor.STAFF), new Move(VISIT_CONDUCTED, Actor.STAFF), new Move(WITHDRAWN, Actor.NATION)),
      VISIT_CONDUCTED, Set.of(new Move(REPORT_DRAFT, Actor.STAFF)),
      REPORT_DRAFT, Set.of(new Move(REPORT_DRAFT, Actor.STAFF), new Move(VISIT_CONDUCTED, Actor.NATION), new Move(REPORT_AGREED, Actor.NATION)),
      REPORT_AGREED, Set.of(new Move(FOLLOW_UP, Actor.STAFF)),
      FOLLOW_UP, Set.of(new Move(CLOSED, Actor.STAFF)),
      CLOSED, Set.of(),
      WITHDRAWN, Set.of());

  public boolean allows(IntegrityStatus to, Actor by) {
    return moves.get(this).contains(new Move(to, by));
  }

  public Set<IntegrityStatus> next(Actor by) {
    var next = EnumSet.noneOf(IntegrityStatus.class);
    moves.get(this).stream().filter(m -> m.by() == by).forEach(m -> next.add(m.to()));
    return next;
  }

  /** Needs a reason (a withdrawal, a questionnaire or report sent back). */
  public boolean needsReason(IntegrityStatus from) {
    return this == WITHDRAWN || (this == SAQ_ISSUED && from == SAQ_SUBMITTED) || (this == VISIT_CONDUCTED && from == REPORT_DRAFT);
  }

  /** Moves that take a form of their own (the visit, the report). */
  public boolean withForm() {
    return this == VISIT_SCHEDULED || this == REPORT_DRAFT;
  }

  /** The follow-up plan may be added to. */
  public boolean planning() {
    return this == REPORT_AGREED || this == FOLLOW_UP;
  }
}
