package org.entente.trustfunds.pages;

import java.util.List;
import java.util.Map;
import org.entente.directory.Names;
import java.util.Set;
import org.entente.trustfunds.Balances;
import org.entente.trustfunds.LedgerLine;
import org.entente.trustfunds.PublicSummary;
import org.entente.trustfunds.TransactionKind;
import org.entente.trustfunds.TrustFund;
import org.entente.trustfunds.TrustFundStatus;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A fund's page: its public summary, and for its parties the file, balances, funding over time, ledger, donors
 * and the moves and forms the reader may use. A refusal is shown in the section it concerns.
 */
public record FundView(
    @Nullable PublicSummary summary,
    @Nullable TrustFund fund,
    @Nullable Balances balances,
    List<Balances.DonorPosition> donors,
    List<LedgerLine> ledger,
    List<Point> funding,
    Set<TrustFundStatus> next,
    Set<TransactionKind> mayRecord,
    List<String> invitations,
    List<LedgerLine> pledgesToConfirm,
    boolean staff,
    boolean lead,
    @Nullable Notice notice,
    Map<String, Violation> errors,
    Map<String, String> typed,
    Names names) {

  /** A message for one section of the page. */
  public record Notice(String section, String key, List<Object> args) {}

  /** Cumulative amounts on a date, in the fund's currency: the funding chart and its table. */
  public record Point(java.time.LocalDate on, String pledged, String received, String spent) {}

  public boolean notice(String section) {
    return notice != null && notice.section().equals(section);
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }
}
