package org.entente.consultations;

import java.time.Instant;
import java.util.UUID;

/** A document of a consultation's meeting (a PDF), for those who read the consultation. */
public record ConsultationDocument(UUID id, UUID consultation, String filename, int size, String uploadedBy, Instant uploadedAt) {}
