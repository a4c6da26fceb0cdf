package org.entente.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.entente.markings.Marking;
import org.jspecify.annotations.Nullable;

/**
 * A partner's individual programme.
 *
 * @param version the number of the last frozen version (0 before the first submission)
 * @param content the current text: the working copy while editable, else the last frozen version
 * @param decision the reference of the Council decision that approved it
 * @param supersededBy the programme that closed it by becoming active
 */
public record Programme(
    UUID id,
    String partner,
    ProgrammeType type,
    LocalDate startsOn,
    LocalDate endsOn,
    ProgrammeStatus status,
    int version,
    ProgrammeContent content,
    Marking marking,
    @Nullable String decision,
    @Nullable UUID supersededBy,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {

  /** The calendar years the period covers, for planned participants per year. */
  public java.util.List<Integer> years() {
    return java.util.stream.IntStream.rangeClosed(startsOn.getYear(), endsOn.getYear()).boxed().toList();
  }
}
