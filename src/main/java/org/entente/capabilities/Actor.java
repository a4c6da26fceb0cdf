package org.entente.capabilities;

/** Who makes a move: the declaring partner's coordinators, staff (and the evaluation teams they form), or a NEL's certification. */
public enum Actor {
  PARTNER, STAFF, CERTIFICATION
}
