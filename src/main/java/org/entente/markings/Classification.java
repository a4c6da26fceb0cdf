package org.entente.markings;

/** The markings Entente accepts, lowest first. There is deliberately nothing above the last. */
public enum Classification {
  /** Releasable to the public, e.g. the public part of the menu. */
  PUBLIC,
  /** Not classified, but not for the public. */
  NON_CLASSIFIED,
  /** NATO UNCLASSIFIED: for official use within the Alliance and those it is released to. */
  NATO_UNCLASSIFIED
}
