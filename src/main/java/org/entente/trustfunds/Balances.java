package org.entente.trustfunds;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fund's balances in its own currency, always derived from its ledger lines (never stored). Money may be
 * disbursed or spent only up to what was received in cash plus the advances staff recorded.
 */
public record Balances(
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pledged,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committed,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal inKind,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal disbursed,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spent,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal advances) {

  public static Balances of(Collection<LedgerLine> lines) {
    var sums = new EnumMap<TransactionKind, BigDecimal>(TransactionKind.class);
    for (var kind : TransactionKind.values()) sums.put(kind, BigDecimal.ZERO);
    for (var line : lines) sums.merge(line.kind(), line.projectAmount(), BigDecimal::add);
    return new Balances(sums.get(TransactionKind.PLEDGE), sums.get(TransactionKind.COMMITMENT), sums.get(TransactionKind.RECEIPT),
        sums.get(TransactionKind.IN_KIND), sums.get(TransactionKind.DISBURSEMENT), sums.get(TransactionKind.EXPENDITURE),
        sums.get(TransactionKind.ADVANCE));
  }

  /** What may still be paid out or spent: cash received plus advances, less the larger of the two outflows. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public BigDecimal available() {
    return received.add(advances).subtract(disbursed.max(spent));
  }

  /** Whether paying out or spending this much more stays within cash received plus advances. */
  public boolean allows(TransactionKind kind, BigDecimal projectAmount) {
    var ceiling = received.add(advances);
    return switch (kind) {
      case DISBURSEMENT -> disbursed.add(projectAmount).compareTo(ceiling) <= 0;
      case EXPENDITURE -> spent.add(projectAmount).compareTo(ceiling) <= 0;
      default -> true;
    };
  }

  /** A donor's way from pledge to receipt, in the project's currency. */
  public record DonorPosition(
      String donor,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pledged,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committed,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal inKind) {}

  public static List<DonorPosition> perDonor(Collection<LedgerLine> lines) {
    var byDonor = new LinkedHashMap<String, Map<TransactionKind, BigDecimal>>();
    lines.stream().filter(l -> l.kind().fromDonor()).sorted(java.util.Comparator.comparing(LedgerLine::organisation)).forEach(l ->
        byDonor.computeIfAbsent(l.organisation(), k -> new EnumMap<>(TransactionKind.class)).merge(l.kind(), l.projectAmount(), BigDecimal::add));
    return byDonor.entrySet().stream().map(e -> new DonorPosition(e.getKey(),
        e.getValue().getOrDefault(TransactionKind.PLEDGE, BigDecimal.ZERO), e.getValue().getOrDefault(TransactionKind.COMMITMENT, BigDecimal.ZERO),
        e.getValue().getOrDefault(TransactionKind.RECEIPT, BigDecimal.ZERO), e.getValue().getOrDefault(TransactionKind.IN_KIND, BigDecimal.ZERO))).toList();
  }
}
