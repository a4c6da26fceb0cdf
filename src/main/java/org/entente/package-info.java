/** Entente: partnership cooperation run as one modular monolith, one top-level package per capability. */
@NullMarked
package org.entente;

import org.jspecify.annotations.NullMarked;
