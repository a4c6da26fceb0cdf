package org.entente.trustfunds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A trust fund project: one phase of a series (Jordan I–IV), its parties, purpose and plan.
 *
 * @param code the fund's own reference, {@code TF-<host>-<number>}, also its IATI identifier's tail
 * @param proposer the nation whose idea it was: the host or an Ally
 * @param leads the lead nations that accepted; {@code invitedLeads} those staff asked who have not yet
 * @param agreedBy who agreed the proposal so far (HOST, LEAD, EXECUTING_AGENT)
 * @param transparent whether every donor reads every contribution (the default), or only its own
 * @param programme the host's individual programme, with {@code objective} the key of the objective it serves
 * @param currency the project's currency: budgets and balances are in it, ISO 4217
 */
public record TrustFund(
    UUID id,
    String code,
    @Nullable String series,
    @Nullable Integer phase,
    BilingualText title,
    BilingualText purpose,
    String host,
    String proposer,
    @Nullable String executingAgent,
    List<String> leads,
    List<String> invitedLeads,
    List<String> donors,
    Category category,
    @Nullable String location,
    @Nullable LocalDate startsOn,
    @Nullable LocalDate endsOn,
    String currency,
    TrustFundStatus status,
    Set<String> agreedBy,
    boolean transparent,
    @Nullable UUID programme,
    @Nullable String objective,
    @Nullable String decision,
    @Nullable LocalDate launchedOn,
    @Nullable String closingNote,
    @Nullable String cancelReason,
    List<BudgetLine> budget,
    String createdBy,
    Instant createdAt) {

  public TrustFund {
    leads = List.copyOf(leads);
    invitedLeads = List.copyOf(invitedLeads);
    donors = List.copyOf(donors);
    agreedBy = Set.copyOf(agreedBy);
    budget = List.copyOf(budget);
  }

  /** A line of the planned budget, in the project's currency. */
  public record BudgetLine(int position, BilingualText label,
      @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING) java.math.BigDecimal amount) {}
}
