package org.entente.science;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * An application's budget by category, exact to the cent (strings in JSON). The grant pays equipment, travel,
 * training, stipends for young scientists (at most 15 % of the total) and other costs; never salaries or overheads.
 */
public record Budget(
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal equipment,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal travel,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal training,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal stipends,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal other) {

  /** The categories, in the order of a form. */
  public static final java.util.List<String> CATEGORIES = java.util.List.of("EQUIPMENT", "TRAVEL", "TRAINING", "STIPENDS", "OTHER");
  /** Costs the grant never pays. */
  public static final java.util.List<String> REFUSED = java.util.List.of("SALARIES", "OVERHEADS");
  /** The most stipends may take of the total, in per cent. */
  public static final BigDecimal STIPENDS_PERCENT = new BigDecimal("15");

  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public BigDecimal total() {
    return equipment.add(travel).add(training).add(stipends).add(other);
  }

  /** Stipends within 15 % of the total, compared exactly. */
  public boolean stipendsWithinLimit() {
    return stipends.multiply(new BigDecimal("100")).compareTo(total().multiply(STIPENDS_PERCENT)) <= 0;
  }

  public BigDecimal of(String category) {
    return switch (category) {
      case "EQUIPMENT" -> equipment;
      case "TRAVEL" -> travel;
      case "TRAINING" -> training;
      case "STIPENDS" -> stipends;
      default -> other;
    };
  }
}
