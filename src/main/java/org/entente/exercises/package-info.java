/**
 * The Military Training and Exercise Programme (MTEP): the five-year exercise programme the planning board versions
 * each year, its exercises with their planning conferences, the organisations invited and the menu activity each is
 * published as; and the network of partnership training and education centres.
 */
@NullMarked
package org.entente.exercises;

import org.jspecify.annotations.NullMarked;
