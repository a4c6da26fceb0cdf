package org.entente.science;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * An application to a call, co-directed by a director from an Ally and one from a partner. It never carries a
 * reviewer's name or comment: those are in {@link Review}, which applicants never read. The review summary is
 * staff's own text, released to the applicants after the nations' decision (null until then). A multi-year project
 * carries its planning grant and, once a co-director submits it, the full project plan.
 */
public record Application(UUID id, UUID call, String callCode, String code, Mechanism mechanism, BilingualText title,
    BilingualText summary, List<KeyPriority> priorities, CoDirector allyDirector, CoDirector partnerDirector, String currency,
    Budget budget, ApplicationStatus status, @Nullable String screeningReason, @Nullable String decision,
    @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal awardedAmount, @Nullable LocalDate awardedOn,
    @Nullable String finalReport, String applicantName, Instant submittedAt, @Nullable BilingualText reviewSummary,
    @Nullable Instant summaryReleasedAt, @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal planningAmount,
    @Nullable LocalDate planningOn, @Nullable String projectPlan) {

  public Application {
    priorities = List.copyOf(priorities);
  }

  /** A co-director: their nation, name and the e-mail of the account that reads the application. */
  public record CoDirector(String nation, String name, String email) {}
}
