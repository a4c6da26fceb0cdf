package org.entente.planning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a cycle's history, as its partner reads it. */
public record CycleMove(@Nullable CycleStatus from, CycleStatus to, String by, Instant at, @Nullable String note) {}
