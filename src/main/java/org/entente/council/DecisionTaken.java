package org.entente.council;

/**
 * Published, inside the confirming transaction, when a decision takes effect: modules react to the outcome
 * for their subject (a programme becomes approved) in the same commit, or not at all.
 */
public record DecisionTaken(Decision decision) {}
