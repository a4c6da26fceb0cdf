package org.entente.registration;

/** An event's seats in figures: how many there are, how many are held, how many wait in line. */
public record Seats(int capacity, int held, int waitlisted) {}
