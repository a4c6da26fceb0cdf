package org.entente.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.entente.languages.BilingualText;

/** A certificate of attendance, checked by anyone with its code at {@code /verify/{code}}. */
public record Certificate(String code, UUID nomination, String holder, String activity, BilingualText title, LocalDate startsOn,
    LocalDate endsOn, Instant issuedAt) {

  /** What the public verification shows: holder, activity and dates, nothing more. */
  public record Verified(String holder, String activity, BilingualText title, LocalDate startsOn, LocalDate endsOn) {}
}
