package org.entente.catalogue;

/**
 * An event was added to a published activity (by its provider or by an import), published in the transaction
 * that adds it: modules that follow what happens in a country (the Contact Point Embassies) hear of it there.
 */
public record EventScheduled(Event event) {}
