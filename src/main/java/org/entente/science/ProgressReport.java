package org.entente.science;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A progress report of a running project, by a co-director or staff, with the spending of the period per budget
 * category (exact, strings in JSON). Flagged for staff ({@code overspent} names the categories) when the spending
 * reported so far passes a category's budget by more than 10 %; staff mark a flagged report reviewed.
 */
public record ProgressReport(UUID id, UUID application, String body, String writtenBy, Instant writtenAt,
    List<Spent> spending, List<String> overspent, @Nullable String reviewedBy) {

  /** The spending of one budget category reported with this report. */
  public record Spent(String category, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {}

  public ProgressReport {
    spending = List.copyOf(spending);
    overspent = List.copyOf(overspent);
  }

  /** Flagged for staff and not yet reviewed. */
  public boolean flagged() {
    return !overspent.isEmpty() && reviewedBy == null;
  }

  /** The amount reported for a category with this report, zero when none. */
  public BigDecimal spent(String category) {
    return spending.stream().filter(s -> s.category().equals(category)).map(Spent::amount).findFirst().orElse(BigDecimal.ZERO.setScale(2));
  }
}
