package org.entente.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.engagement.Engaged;
import org.entente.engagement.Engagement;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may be proposed to a consultation: partner nations only (Allies sit at every table); with an operation, its
 * contributing partners; in the Enhanced Opportunities Partners' format, the holders of that status on the day.
 */
@Component
class Invitees {

  private final Directory directory;
  private final Engagement engagement;
  private final Clock clock;

  Invitees(Directory directory, Engagement engagement, Clock clock) {
    this.directory = directory;
    this.engagement = engagement;
    this.clock = clock;
  }

  /**
   * The operation of a consultation with its contributors (para 8): running today; the proposed participants are
   * its contributing partners (all of them when none are named), and only they.
   */
  @Nullable String operation(@Nullable String code, List<String> participants, LocalDate today, List<Violation> violations) {
    var operation = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (engagement.operations(today).stream().noneMatch(o -> o.code().equals(operation))) {
      violations.add(new Violation("operation", "consultations.operation.unknown", List.of(operation)));
      return null;
    }
    if (participants.isEmpty()) participants.addAll(engagement.contributors(operation, today));
    contributorsOnly(operation, participants, today, violations);
    return operation;
  }

  void contributorsOnly(String operation, List<String> participants, LocalDate today, List<Violation> violations) {
    var contributors = engagement.contributors(operation, today);
    participants.stream().filter(p -> !contributors.contains(p))
        .forEach(p -> violations.add(new Violation("participants", "consultations.participant.not-contributor", List.of(p, operation))));
  }

  /** Invitations restricted to the Enhanced Opportunities Partners of the day (all of them when none are named). */
  void holdersOnly(List<String> participants, LocalDate today, boolean fill, List<Violation> violations) {
    var holders = engagement.statuses(null, Engaged.StatusType.ENHANCED_OPPORTUNITIES_PARTNER.name(), today).stream()
        .map(Engaged.Status::organisation).distinct().toList();
    if (fill && participants.isEmpty()) participants.addAll(holders);
    participants.stream().filter(p -> !holders.contains(p))
        .forEach(p -> violations.add(new Violation("participants", "consultations.participant.not-holder", List.of(p))));
  }

  /** Partner nations, each known and a partner today, each once. */
  ArrayList<String> partners(@Nullable List<String> codes, String field, List<Violation> violations) {
    var today = LocalDate.now(clock);
    var list = new ArrayList<String>();
    for (var code : codes == null ? List.<String>of() : codes) {
      var c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
      if (c.isEmpty() || list.contains(c)) continue;
      if (directory.organisation(c, today).map(o -> o.kind() != OrganisationKind.PARTNER).orElse(true)) {
        violations.add(new Violation(field, "consultations.participant.not-partner", List.of(c)));
      }
      list.add(c);
    }
    if (list.size() > Consultations.MAX_PARTICIPANTS) violations.add(new Violation(field, "programmes.too-many", List.of(Consultations.MAX_PARTICIPANTS)));
    return list;
  }
}
