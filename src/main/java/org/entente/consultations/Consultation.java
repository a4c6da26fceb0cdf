package org.entente.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A consultation in full, as its requester, its approved participants, Allies (once approved), staff and the
 * secretariat read it.
 *
 * @param requester the nation (or, for staff, the Alliance body) that asked for it
 * @param operation for a consultation with the contributors to an operation, its code (e.g. {@code KFOR})
 * @param proposed the partner nations proposed to take part (by the requester, then by staff)
 * @param participants the partner nations the Council approved: the only ones invited
 * @param decision the reference of the Council decision that approved or rejected it
 * @param startsAt local time at the meeting's place
 * @param attended the approved participants whose delegations attended
 * @param summary the public summary, shared with every partner
 */
public record Consultation(
    UUID id,
    String requester,
    String requestedBy,
    BilingualText subject,
    BilingualText rationale,
    Format format,
    @Nullable String operation,
    Level level,
    List<String> proposed,
    List<String> participants,
    @Nullable LocalDate wishedFrom,
    @Nullable LocalDate wishedTo,
    ConsultationStatus status,
    @Nullable String decision,
    @Nullable String reason,
    @Nullable LocalDateTime startsAt,
    @Nullable LocalDateTime endsAt,
    @Nullable String place,
    List<BilingualText> agenda,
    List<String> attended,
    @Nullable String minutes,
    @Nullable BilingualText summary,
    Instant createdAt,
    Instant updatedAt) {

  public Consultation {
    proposed = List.copyOf(proposed);
    participants = List.copyOf(participants);
    agenda = List.copyOf(agenda);
    attended = List.copyOf(attended);
  }

  /**
   * The shape of the meeting (para 11: thematic or event-driven; para 8: with the contributors to an operation;
   * with the Enhanced Opportunities Partners only, since 2014).
   */
  public enum Format {
    THEMATIC, EVENT_DRIVEN, OPERATION_CONTRIBUTORS, FRAMEWORK, ENHANCED_PARTNERS
  }

  /** At which level the delegations meet. */
  public enum Level {
    AMBASSADORS, MINISTERS, EXPERTS
  }
}
