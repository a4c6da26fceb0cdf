/**
 * The Operational Capabilities Concept's Evaluation and Feedback programme: units a partner declares to the pool of
 * forces, their self-evaluations and NATO evaluations at level 1 (interoperability) and level 2 (combat readiness),
 * rated per area, and the remedial action plans that follow each evaluation.
 */
@NullMarked
package org.entente.capabilities;

import org.jspecify.annotations.NullMarked;
