/**
 * Who may do what: the roles a person holds for an organisation, the permissions they grant (named
 * {@code ACTION_ENTITY}, for the caller's own organisation or globally), and the caller of the current
 * request, handed to PostgreSQL with every transaction for row-level security.
 */
@NullMarked
package org.entente.access;

import org.jspecify.annotations.NullMarked;
