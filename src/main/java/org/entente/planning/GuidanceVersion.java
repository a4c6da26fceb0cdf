package org.entente.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A version of the ministerial guidance for PARP: the two years it guides ({@code year} even), its text in both
 * languages, and the Council decision that put it in force.
 */
public record GuidanceVersion(UUID id, int year, GuidanceStatus status, BilingualText title, BilingualText text, @Nullable String decision,
    @Nullable LocalDate inForceFrom, @Nullable LocalDate supersededOn, String createdBy, Instant createdAt, Instant updatedAt) {

  /** "2026–2027". */
  public String period() {
    return year + "–" + (year + 1);
  }
}
