/** Operations and partners' contributions, dated statuses (EOP, Interoperability Platform), Contact Point Embassies and Missions to NATO. */
@NullMarked
package org.entente.engagement;

import org.jspecify.annotations.NullMarked;
