package org.entente.programmes;

/** The kinds of individual programme the policy has known, and how long each runs. */
public enum ProgrammeType {
  /** Individual Partnership and Cooperation Programme. */
  IPCP(2),
  /** Individual Partnership Action Plan. */
  IPAP(2),
  /** Individually Tailored Partnership Programme. */
  ITPP(2),
  /** Annual National Programme. */
  ANP(1);

  private final int years;

  ProgrammeType(int years) {
    this.years = years;
  }

  public int years() {
    return years;
  }
}
