package org.entente.integrity;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An assessment as a list shows it. */
public record AssessmentSummary(UUID id, String nation, IntegrityStatus status, @Nullable Integer version, @Nullable LocalDate visitFrom) {}
