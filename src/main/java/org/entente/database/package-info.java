/**
 * Runs PostgreSQL (embedded in the data directory by default, external when configured), migrates it as
 * the owner and hands every other module connections that work as the non-owner application role.
 */
@NullMarked
package org.entente.database;

import org.jspecify.annotations.NullMarked;
