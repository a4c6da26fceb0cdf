package org.entente.education;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.languages.BilingualText;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.springframework.stereotype.Component;

/** What a programme's moves and new events tell the partner's coordinators, through the outbox in the transaction of the change. */
@Component
class EducationNotices {

  private final Notifications notifications;

  EducationNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  void moved(Programme p) {
    var key = "education.notice." + p.status().name();
    notifications.write(new Notice(Set.of(p.partner() + ":NATIONAL_COORDINATOR"), null, "en", key + ".subject", key + ".body",
        List.of(p.kind().name(), Notice.inBothLanguages(p.institution()), p.reason() == null ? "" : p.reason()), "/education/" + p.id(), null));
  }

  void eventLinked(Programme p, BilingualText activity, LocalDate startsOn) {
    notifications.write(new Notice(Set.of(p.partner() + ":NATIONAL_COORDINATOR"), null, "en", "education.notice.event.subject",
        "education.notice.event.body", List.of(p.kind().name(), Notice.inBothLanguages(p.institution()), Notice.inBothLanguages(activity),
            startsOn.toString()), "/education/" + p.id(), null));
  }
}
