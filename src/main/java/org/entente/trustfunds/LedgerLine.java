package org.entente.trustfunds;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a fund's ledger, never changed once written. The amount is in its own currency; converted to
 * the project's at {@code rate} (as of {@code rateOn}), rounded half-even to the project currency's minor
 * unit, which gives {@code projectAmount}.
 *
 * @param organisation the donor for money in, the executing agent for money out
 * @param confirms for a commitment, the pledge it confirms
 */
public record LedgerLine(
    UUID id,
    UUID project,
    TransactionKind kind,
    String organisation,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
    LocalDate rateOn,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal projectAmount,
    LocalDate occurredOn,
    @Nullable String description,
    @Nullable UUID confirms,
    String recordedBy,
    Instant recordedAt) {}
