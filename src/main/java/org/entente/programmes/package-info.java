/**
 * Individual partnership programmes (IPCP, IPAP, ITPP, ANP): drafted by a partner from the menu, reviewed by
 * Alliance staff with comments by section, agreed by the partner, approved by a Council decision, active for
 * their period; every submission frozen as a version that can be compared with any other.
 */
@NullMarked
package org.entente.programmes;

import org.jspecify.annotations.NullMarked;
