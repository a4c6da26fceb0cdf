/**
 * Defence planning with partners: participation in PARP and IPAP opened by the Council, PARP cycles (survey,
 * partnership goals approved by the Council, assessment) in their two-year rhythm.
 */
@NullMarked
package org.entente.planning;

import org.jspecify.annotations.NullMarked;
