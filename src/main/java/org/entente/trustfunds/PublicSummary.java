package org.entente.trustfunds;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * What everyone, anonymous readers included, may know of a launched fund: its title, host, lead nations, executing agent and
 * the sums pledged, committed, received (cash and in kind) and spent; no purpose, no ledger lines, no donor's share.
 */
public record PublicSummary(
    UUID id,
    String code,
    BilingualText title,
    String host,
    @Nullable String executingAgent,
    Category category,
    TrustFundStatus status,
    String currency,
    @Nullable LocalDate startsOn,
    @Nullable LocalDate endsOn,
    LocalDate launchedOn,
    List<String> leads,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pledged,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal committed,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal disbursed,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spent) {

  public PublicSummary {
    leads = List.copyOf(leads);
  }
}
