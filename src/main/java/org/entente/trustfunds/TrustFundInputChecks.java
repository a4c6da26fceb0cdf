package org.entente.trustfunds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;

/** The checks of what people type into a fund that its services share: currencies, exact amounts, the earliest date (texts and codes: {@link org.entente.web.Texts}). */
final class TrustFundInputChecks {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1); // the mechanism was launched in September 2000

  private TrustFundInputChecks() {}

  static @Nullable String currency(@Nullable String code, String field, List<Violation> violations) {
    var c = Texts.upper(code);
    try {
      if (c.length() == 3) {
        Currency.getInstance(c);
        return c;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    violations.add(new Violation(field, "trustfunds.currency.unknown", List.of(c)));
    return null;
  }

  /** An amount as typed, exact: positive (or zero where allowed), no finer than the currency's minor unit. */
  static @Nullable BigDecimal exact(@Nullable BigDecimal amount, String field, int digits, boolean zeroAllowed, List<Violation> violations) {
    if (amount == null) {
      violations.add(new Violation(field, "problem.required", List.of()));
      return null;
    }
    var plain = amount.stripTrailingZeros();
    if (plain.scale() > digits) {
      violations.add(new Violation(field, "trustfunds.amount.minor-unit", List.of(digits)));
      return null;
    }
    if (plain.signum() < 0 || (!zeroAllowed && plain.signum() == 0) || plain.compareTo(MAX_AMOUNT) > 0) {
      violations.add(new Violation(field, "trustfunds.amount.range", List.of(MAX_AMOUNT.toPlainString())));
      return null;
    }
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }
}
