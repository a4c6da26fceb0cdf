/**
 * The North Atlantic Council's decisions register: each decision proposed by one member of the secretariat
 * and confirmed by another before it takes effect (four eyes). Other modules ask for a decision
 * ({@link org.entente.council.CouncilRegister#request}) and react to {@link org.entente.council.DecisionTaken}.
 */
@NullMarked
package org.entente.council;

import org.jspecify.annotations.NullMarked;
