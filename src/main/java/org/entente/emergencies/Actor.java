package org.entente.emergencies;

/** Who makes a move of an incident or an offer line. */
public enum Actor {
  /** The stricken nation's coordinator. */
  STRICKEN_NATION,
  /** The disaster response centre's duty officer. */
  CENTRE,
  /** The coordinator of the nation that offered. */
  DONOR
}
