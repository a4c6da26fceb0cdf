/**
 * The Partnership Cooperation Menu: activities offered by providers, curated by Alliance staff, found by
 * each nation among those it is eligible for, in English and French; their events; their yearly review.
 */
@NullMarked
package org.entente.catalogue;

import org.jspecify.annotations.NullMarked;
