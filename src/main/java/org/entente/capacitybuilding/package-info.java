/** Defence Capacity Building packages: requested by a partner, assessed, drafted, approved by the Council, implemented, reviewed every two years. */
@NullMarked
package org.entente.capacitybuilding;

import org.jspecify.annotations.NullMarked;
