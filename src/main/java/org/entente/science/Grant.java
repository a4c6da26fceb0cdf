package org.entente.science;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The money of an awarded project, exact to the cent: the award, its instalments and what is planned, released and
 * paid of it; the spending the co-directors reported per budget category against the budget (overspent when above
 * the category's budget by more than {@link #TOLERANCE_PERCENT} %).
 */
public record Grant(UUID application, String code, String currency, @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal awarded,
    List<Instalment> instalments, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal planned,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal released, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unplanned, List<Spending> spending) {

  /** How far above its budget a category's reported spending may go before the report is flagged, in per cent. */
  public static final BigDecimal TOLERANCE_PERCENT = new BigDecimal("10");

  public Grant {
    instalments = List.copyOf(instalments);
    spending = List.copyOf(spending);
  }

  /** A budget category: its budget, the spending reported so far, and whether it passes the tolerance. */
  public record Spending(String category, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spent, boolean overspent) {}

  /** Whether this spending passes the budget by more than the tolerance, compared exactly. */
  public static boolean overspent(BigDecimal budget, BigDecimal spent) {
    return spent.multiply(new BigDecimal("100")).compareTo(budget.multiply(new BigDecimal("100").add(TOLERANCE_PERCENT))) > 0;
  }
}
