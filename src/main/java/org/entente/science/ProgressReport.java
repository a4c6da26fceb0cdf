package org.entente.science;

import java.time.Instant;
import java.util.UUID;

/** A progress report of a running project, by a co-director or staff. */
public record ProgressReport(UUID id, UUID application, String body, String writtenBy, Instant writtenAt) {}
