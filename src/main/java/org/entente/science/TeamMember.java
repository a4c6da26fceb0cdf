package org.entente.science;

import java.time.Instant;
import java.util.UUID;

/** A member of an application's team: name, role in the project, organisation and nation (a directory code). */
public record TeamMember(UUID id, UUID application, String name, String role, String organisation, String nation, String addedBy,
    Instant addedAt) {}
