/**
 * The audit trail: every change of state, sign-in, token, export and denied access, written in the same
 * transaction as what it records, append-only and hash-chained so that any change to it is detected.
 */
@NullMarked
package org.entente.audit;

import org.jspecify.annotations.NullMarked;
