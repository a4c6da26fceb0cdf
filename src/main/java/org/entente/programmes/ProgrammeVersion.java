package org.entente.programmes;

import java.time.Instant;

/** A frozen text of a programme: each submission and the agreed text; it never changes. */
public record ProgrammeVersion(int number, ProgrammeStatus status, ProgrammeContent content, String frozenBy, Instant frozenAt) {}
