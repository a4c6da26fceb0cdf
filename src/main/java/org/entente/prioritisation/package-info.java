/**
 * Prioritising scarce resources by the policy's seven considerations (paras 16–17): partner profiles with their
 * evidence, versioned weights that take effect through the Council, seat allocation for oversubscribed events
 * (Timefold Solver), saved runs with their explanations, and applying a run through the registration service.
 */
@NullMarked
package org.entente.prioritisation;

import org.jspecify.annotations.NullMarked;
