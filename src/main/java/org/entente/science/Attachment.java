package org.entente.science;

import java.time.Instant;
import java.util.UUID;

/** A PDF attached to an application (its content is downloaded apart): name, size in bytes, pages, who and when. */
public record Attachment(UUID id, UUID application, String filename, int size, int pages, String uploadedBy, Instant uploadedAt) {}
