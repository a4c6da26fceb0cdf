package org.entente.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner's participation in a planning tool, requested and then opened (or refused) by a confirmed Council
 * decision, whose reference and date it keeps.
 */
public record Participation(UUID id, String partner, Tool tool, Status status, @Nullable String decision, @Nullable LocalDate decidedOn,
    String requestedBy, Instant requestedAt) {

  /** The planning tools a partner takes part in on a Council decision. */
  public enum Tool {
    PARP, IPAP
  }

  public enum Status {
    REQUESTED, APPROVED, REJECTED
  }
}
