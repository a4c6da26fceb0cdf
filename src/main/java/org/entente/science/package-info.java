/**
 * Science for Peace and Security: calls, co-directed applications, independent peer review with conflicts of
 * interest, the nations' approval through the Council, awards and follow-up.
 */
@NullMarked
package org.entente.science;

import org.jspecify.annotations.NullMarked;
