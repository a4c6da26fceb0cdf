package org.entente.emergencies;

import java.time.Instant;
import java.util.UUID;
import org.entente.languages.BilingualText;

/** A situation report, numbered from 1 per incident, written by the centre and shared with all who see it. */
public record Sitrep(UUID incident, int number, Instant issuedAt, BilingualText text, String writtenBy) {}
