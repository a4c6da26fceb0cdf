package org.entente.directory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A period of an organisation in a framework, from its first day to the day it ended (exclusive), e.g. the
 * day of accession for a partner that became an Ally. A suspension is a period of its own.
 */
public record Membership(String framework, LocalDate from, @Nullable LocalDate to, Status status) {

  /** Whether the relation is alive or suspended in that period. */
  public enum Status {
    /** Cooperation goes on. */
    ACTIVE,
    /** Kept on record but suspended by the Alliance (e.g. Russia since 2014). */
    SUSPENDED
  }

  public boolean covers(LocalDate date) {
    return !from.isAfter(date) && (to == null || to.isAfter(date));
  }
}
