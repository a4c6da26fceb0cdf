/** Partnership Trust Funds: projects led by nations, their lifecycle, pledges and contributions to the cent, IATI. */
@NullMarked
package org.entente.trustfunds;

import org.jspecify.annotations.NullMarked;
