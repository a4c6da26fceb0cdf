package org.entente.prioritisation.allocation;

import org.entente.prioritisation.allocation.SeatProblem.EventSlot;

/** A fact: part {@code part} of bundle {@code bundle} takes seats at {@code event}. */
record Seats(String bundle, int part, EventSlot event, String nation) {}
