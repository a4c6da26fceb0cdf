package org.entente.registration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows an event: each attendee's feedback (given by their nation; one per attendance), seen by the
 * provider only in aggregate and only from three answers; the provider's post-activity report. Both are
 * shared with the nations that took part.
 */
@Service
public class AfterEvent {

  private final JdbcClient jdbc;
  private final Registrations registrations;
  private final Guard guard;
  private final AuditTrail audit;
  private final Clock clock;

  AfterEvent(JdbcClient jdbc, Registrations registrations, Guard guard, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.registrations = registrations;
    this.guard = guard;
    this.audit = audit;
    this.clock = clock;
  }

  /** A participant's answers as typed (each mark 1 to 5). */
  public record FeedbackForm(@Nullable Integer relevance, @Nullable Integer quality, @Nullable Integer organisation,
      @Nullable String comments) {}

  /** An event's feedback in aggregate; the means and comments only from three answers. */
  public record FeedbackSummary(int answers, @Nullable BigDecimal relevance, @Nullable BigDecimal quality,
      @Nullable BigDecimal organisation, List<String> comments) {

    public boolean shown() {
      return relevance != null;
    }
  }

  /** The provider's report after the event. */
  public record Report(UUID event, String provider, BilingualText text, String filedBy, Instant filedAt) {}

  @Transactional
  public FeedbackSummary giveFeedback(UUID nominationId, FeedbackForm form) {
    // the nation's coordinator, staff, or the participant themselves (their account linked to the nomination's person)
    var caller = guard.caller();
    if (!caller.hasRole(org.entente.access.Role.PARTICIPANT)) {
      guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    }
    var nomination = registrations.nomination(nominationId);
    if (!registrations.mayGiveFeedback(nomination)) {
      throw new NotFound("nomination", nominationId.toString());
    }
    var violations = new ArrayList<Violation>();
    mark(form.relevance(), "relevance", violations);
    mark(form.quality(), "quality", violations);
    mark(form.organisation(), "organisation", violations);
    var comments = form.comments() == null || form.comments().isBlank() ? null : form.comments().strip();
    Texts.check("comments", comments, 4000, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    if (nomination.state() != NominationState.ATTENDED) {
      throw new Conflict("registration.feedback.not-attended", nomination.participantName(), nomination.state().name());
    }
    try {
      jdbc.sql("""
              insert into registration_feedback (nomination, event_id, nation, relevance, quality, organisation, comments, submitted_at)
              values (:nomination, :event, :nation, :relevance, :quality, :organisation, :comments, :at)
              """)
          .param("nomination", nominationId)
          .param("event", nomination.event())
          .param("nation", nomination.nation())
          .param("relevance", form.relevance())
          .param("quality", form.quality())
          .param("organisation", form.organisation())
          .param("comments", comments)
          .param("at", Nominations.utc(Instant.now(clock)))
          .update();
    } catch (DuplicateKeyException twice) {
      throw new Conflict("registration.feedback.given", nomination.participantName());
    }
    audit.record(Change.of("FEEDBACK_GIVEN", "nomination", nominationId.toString(), Map.of("event", nomination.event().toString())));
    return summary(nomination.event());
  }

  /** The event's feedback in aggregate, for its provider, staff and the nations that took part. */
  @Transactional
  public FeedbackSummary feedback(UUID event) {
    requireShared(event);
    return summary(event);
  }

  @Transactional
  public Report fileReport(UUID event, @Nullable BilingualText text) {
    var caller = guard.requireAny(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var invitation = registrations.invitation(event);
    if (!caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY)
        && !caller.organisationsWith(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION).contains(invitation.provider())) {
      throw new NotFound("event", event.toString());
    }
    var en = text == null || text.en() == null || text.en().isBlank() ? null : text.en().strip();
    var fr = text == null || text.fr() == null || text.fr().isBlank() ? null : text.fr().strip();
    if (en == null && fr == null) {
      throw InvalidInput.of("text", "problem.required");
    }
    var startsOn = jdbc.sql("select starts_on from registration_invitation where event_id = :e").param("e", event)
        .query(LocalDate.class).single();
    if (LocalDate.now(clock).isBefore(startsOn)) {
      throw new Conflict("registration.report.early", startsOn.toString());
    }
    jdbc.sql("""
            insert into registration_report (event_id, provider, text_en, text_fr, filed_by, filed_at)
            values (:event, :provider, :en, :fr, :by, :at)
            on conflict (event_id) do update set text_en = excluded.text_en, text_fr = excluded.text_fr,
              filed_by = excluded.filed_by, filed_at = excluded.filed_at
            """)
        .param("event", event).param("provider", invitation.provider()).param("en", en).param("fr", fr)
        .param("by", caller.username()).param("at", Nominations.utc(Instant.now(clock)))
        .update();
    audit.record(Change.of("REPORT_FILED", "event", event.toString(), Map.of("provider", invitation.provider())));
    return report(event);
  }

  /** The report, for its provider, staff and the nations that took part (row-level security decides). */
  @Transactional(readOnly = true)
  public Report report(UUID event) {
    return jdbc.sql("select * from registration_report where event_id = :event")
        .param("event", event)
        .query((rs, n) -> new Report(rs.getObject("event_id", UUID.class), rs.getString("provider"),
            new BilingualText(rs.getString("text_en"), rs.getString("text_fr")), rs.getString("filed_by"),
            rs.getTimestamp("filed_at").toInstant()))
        .optional()
        .orElseThrow(() -> new NotFound("report", event.toString()));
  }

  private FeedbackSummary summary(UUID event) {
    return jdbc.sql("select * from registration_feedback_summary(:event)")
        .param("event", event)
        .query((rs, n) -> new FeedbackSummary(rs.getInt("answers"), rs.getBigDecimal("relevance"), rs.getBigDecimal("quality"),
            rs.getBigDecimal("organisation"), Arrays.asList((String[]) rs.getArray("comments").getArray())))
        .single();
  }

  // the provider and staff, or a nation with someone who attended (or was absent): its own nominations show it
  private void requireShared(UUID event) {
    var caller = guard.caller();
    var invitation = registrations.invitation(event);
    if (caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY)
        || caller.organisationsWith(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION).contains(invitation.provider())) {
      return;
    }
    var tookPart = caller.has(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION)
        && registrations.nominations(event).stream()
            .anyMatch(n -> n.state() == NominationState.ATTENDED || n.state() == NominationState.NO_SHOW);
    if (!tookPart) {
      throw new NotFound("event", event.toString());
    }
  }

  private static void mark(@Nullable Integer value, String field, List<Violation> violations) {
    if (value == null || value < 1 || value > 5) {
      violations.add(new Violation(field, "problem.between", List.of(1, 5)));
    }
  }
}
