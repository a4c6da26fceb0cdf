package org.entente.prioritisation.allocation;

/** A framework quota at an event: at most {@code limit} seats for its members, {@code held} already taken. */
record FrameworkCap(String event, String framework, int limit, int held) {}
