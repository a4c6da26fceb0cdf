package org.entente.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/** The facts of the political side of partnership, each dated; {@code validTo} is exclusive and null while it lasts. */
public final class Engaged {

  private Engaged() {}

  /** A dated status held by a partner. */
  public enum StatusType {
    ENHANCED_OPPORTUNITIES_PARTNER, INTEROPERABILITY_PLATFORM
  }

  public record Operation(String code, String kind, BilingualText name, LocalDate validFrom, @Nullable LocalDate validTo,
      String source, String evidence) {}

  public record Contribution(String operation, String organisation, LocalDate validFrom, @Nullable LocalDate validTo, String kind,
      @Nullable Integer size, String source, String evidence) {}

  public record Status(String organisation, StatusType status, LocalDate validFrom, @Nullable LocalDate validTo, String source,
      String evidence) {}

  /** An Allied embassy in the partner's capital serving as NATO's contact point. */
  public record ContactPoint(UUID id, String partner, String embassyOf, LocalDate validFrom, @Nullable LocalDate validTo,
      String recordedBy, Instant recordedAt) {}

  /** A partner's mission to NATO. */
  public record Mission(String partner, String address, @Nullable LocalDate establishedOn) {}

  /** A person of a partner's mission who receives notices. */
  public record MissionContact(UUID id, String partner, String name, String function, String email) {}

  /** What a partner's page shows on a date. */
  public record Profile(String partner, LocalDate on, java.util.List<Status> statuses, java.util.List<Contribution> contributions,
      java.util.List<ContactPoint> contactPoints, @Nullable Mission mission, java.util.List<MissionContact> contacts) {}

  static boolean covers(LocalDate from, @Nullable LocalDate to, LocalDate on) {
    return !from.isAfter(on) && (to == null || to.isAfter(on));
  }
}
