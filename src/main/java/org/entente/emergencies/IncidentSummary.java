package org.entente.emergencies;

import java.time.Instant;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/** An incident in a list: what, where, where it stands and its coverage in figures. */
public record IncidentSummary(
    UUID id,
    String reference,
    String nation,
    boolean exercise,
    Incident.DisasterType disasterType,
    BilingualText title,
    IncidentStatus status,
    int needs,
    long needed,
    long offered,
    long accepted,
    long delivered,
    int sitreps,
    Instant createdAt,
    @Nullable Instant disseminatedAt,
    long revision) {}
