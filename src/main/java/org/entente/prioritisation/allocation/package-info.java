/**
 * The solver core: plain classes, usable and testable without Spring. {@link org.entente.prioritisation.allocation.SeatAllocator}
 * turns a {@link org.entente.prioritisation.allocation.SeatProblem} into seats with Timefold Solver;
 * {@link org.entente.prioritisation.allocation.Objective} scores any assignment the same way, and
 * {@link org.entente.prioritisation.allocation.FirstComeFirstServed} is the rule of today, for comparison.
 */
@NullMarked
package org.entente.prioritisation.allocation;

import org.jspecify.annotations.NullMarked;
