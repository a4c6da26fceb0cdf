/**
 * Defence education (PAP-DIB): the Defence Education Enhancement Programme (DEEP) and the Professional Development
 * Programme (PDP): per partner, institution-level programmes with their pillars, reference curricula, experts, menu
 * events (attendance and feedback from registration) and yearly figures.
 */
@NullMarked
package org.entente.education;

import org.jspecify.annotations.NullMarked;
