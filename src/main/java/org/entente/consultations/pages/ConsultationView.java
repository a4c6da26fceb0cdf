package org.entente.consultations.pages;

import java.util.List;
import java.util.Set;
import org.entente.consultations.Consultation;
import org.entente.consultations.ConsultationDocument;
import org.entente.consultations.ConsultationStatus;
import org.jspecify.annotations.Nullable;

/**
 * One consultation as its reader may see it, with the forms of the caller's next moves.
 *
 * @param staff whether the caller prepares, schedules and records consultations
 * @param notice a refusal shown beside the section it concerns, with what was typed kept
 */
public record ConsultationView(Consultation consultation, Set<ConsultationStatus> next, boolean staff,
    List<ConsultationDocument> documents, @Nullable Notice notice) {

  /** A message for one section of the page. */
  public record Notice(String section, String key, Object[] args) {}

  public boolean notice(String section) {
    return notice != null && notice.section().equals(section);
  }

  /** The simple moves offered as buttons (the others have their own forms). */
  public List<ConsultationStatus> moves() {
    return next.stream().filter(s -> s == ConsultationStatus.UNDER_CONSIDERATION || s == ConsultationStatus.REJECTED
        || s == ConsultationStatus.WITHDRAWN || s == ConsultationStatus.CLOSED).sorted().toList();
  }

  public boolean preparable() {
    return staff && (consultation.status() == ConsultationStatus.REQUESTED || consultation.status() == ConsultationStatus.UNDER_CONSIDERATION);
  }

  public boolean schedulable() {
    return next.contains(ConsultationStatus.SCHEDULED);
  }

  public boolean holdable() {
    return next.contains(ConsultationStatus.HELD);
  }

  public boolean summarisable() {
    return next.contains(ConsultationStatus.SUMMARY_SHARED);
  }

  public boolean minutesEditable() {
    return staff && consultation.status().held();
  }

  public boolean documentsAddable() {
    return staff && consultation.status().approved();
  }

  public String startsAt() {
    return consultation.startsAt() == null ? "" : consultation.startsAt().toString().substring(0, 16);
  }

  public String endsAt() {
    return consultation.endsAt() == null ? "" : consultation.endsAt().toString().substring(0, 16);
  }

  public String agenda(boolean french) {
    var lines = new StringBuilder();
    for (var item : consultation.agenda()) {
      var text = french ? item.fr() : item.en();
      lines.append(text == null ? "" : text).append('\n');
    }
    return lines.toString().strip();
  }
}
