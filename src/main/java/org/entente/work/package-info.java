/**
 * What needs each person now: every module offers the items of its own daily work, and the start page
 * (and {@code GET /api/v1/me/work}) lists them per role, counted, each linking to where it is done.
 */
@NullMarked
package org.entente.work;

import org.jspecify.annotations.NullMarked;
