package org.entente.trustfunds;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of lines in a fund's ledger, each with its IATI 2.03 TransactionType code. Money comes in from
 * donors (pledged, committed, received, or given in kind and valued) and goes out to the executing agent
 * (disbursed) and into the work (spent). An advance is staff's leave to spend before the money arrives.
 */
public enum TransactionKind {
  PLEDGE("13", true),
  COMMITMENT("11", true),
  RECEIPT("1", true),
  IN_KIND("1", true),
  DISBURSEMENT("3", false),
  EXPENDITURE("4", false),
  ADVANCE(null, false);

  private final @Nullable String iatiCode;
  private final boolean fromDonor;

  TransactionKind(@Nullable String iatiCode, boolean fromDonor) {
    this.iatiCode = iatiCode;
    this.fromDonor = fromDonor;
  }

  /** IATI TransactionType: 13 incoming pledge, 11 incoming commitment, 1 incoming funds, 3 disbursement, 4 expenditure. */
  public @Nullable String iatiCode() {
    return iatiCode;
  }

  /** Recorded for a donor (its organisation is the donor) rather than for the executing agent. */
  public boolean fromDonor() {
    return fromDonor;
  }
}
