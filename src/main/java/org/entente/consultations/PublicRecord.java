package org.entente.consultations;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * What every signed-in reader sees of a consultation that took place — transparency to other partners (para
 * 11): its date, format and subject, and the public summary once shared; never its participants, rationale,
 * agenda, documents or minutes.
 */
public record PublicRecord(UUID consultation, BilingualText subject, Consultation.Format format, LocalDate heldOn,
    @Nullable BilingualText summary, @Nullable LocalDate sharedOn) {}
