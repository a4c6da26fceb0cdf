package org.entente.emergencies;

/**
 * A nation that offered something of a need's category for other incidents before: how often, and how much in
 * all (as far as the reader may see offers: the centre and staff all of them, a stricken nation those made to it).
 */
public record Suggestion(int needLine, String donor, int offers, long quantity) {}
