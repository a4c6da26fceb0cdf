/** "Allies + n" consultations with partners: requested, approved by the Council with their participants, met, summarised. */
@NullMarked
package org.entente.consultations;

import org.jspecify.annotations.NullMarked;
