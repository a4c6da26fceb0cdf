package org.entente.prioritisation;

/**
 * The seven considerations of para 16 of the policy. The first six describe a partner on a date; the last one
 * describes the activity (whether it serves the policy's priority areas).
 */
public enum Consideration {
  /** Aspires to join the Alliance. */
  ASPIRATION,
  /** Shares the Alliance's values and is engaged in reforms. */
  VALUES_AND_REFORMS,
  /** Supports operations, missions or new security efforts. */
  OPERATIONS,
  /** Is of special strategic importance (a judgement: staff enter it with a reason). */
  STRATEGIC_IMPORTANCE,
  /** Has a special bilateral framework with the Alliance. */
  BILATERAL_FRAMEWORK,
  /** Can finance its cooperation (a judgement: staff enter it with a reason). */
  SELF_FINANCING,
  /** The activity is in the policy's priority areas. */
  PRIORITY_AREA;

  /** The considerations that belong to a partner (all but the activity's). */
  public static final java.util.List<Consideration> OF_PARTNER = java.util.List.of(ASPIRATION, VALUES_AND_REFORMS, OPERATIONS,
      STRATEGIC_IMPORTANCE, BILATERAL_FRAMEWORK, SELF_FINANCING);
}
