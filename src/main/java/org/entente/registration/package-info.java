/**
 * From invitation to attendance: participants kept by their nation, events opened to nations with quotas,
 * nominations decided by providers through one table of states, seats never oversold, waitlist offers.
 */
@NullMarked
package org.entente.registration;

import org.jspecify.annotations.NullMarked;
