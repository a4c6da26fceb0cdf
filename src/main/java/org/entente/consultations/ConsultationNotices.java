package org.entente.consultations;

import java.util.LinkedHashSet;
import java.util.List;
import org.entente.directory.Directory;
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * What a consultation's moves tell whom, through the outbox in the transaction of the move: the requester of
 * every decision on its request; the approved participants (never a nation left out) of the approval, the
 * invitation and the summary.
 */
@Component
class ConsultationNotices {

  private final Notifications notifications;
  private final Directory directory;

  ConsultationNotices(Notifications notifications, Directory directory) {
    this.notifications = notifications;
    this.directory = directory;
  }

  void moved(Consultation c) {
    var audience = new LinkedHashSet<String>(requester(c));
    if (c.status() == ConsultationStatus.APPROVED || c.status() == ConsultationStatus.SUMMARY_SHARED) {
      c.participants().forEach(p -> audience.addAll(Consultations.audienceOf(p)));
    }
    write(c, "consultations.notice." + c.status().name(), audience);
  }

  void invited(Consultation c) {
    var audience = new LinkedHashSet<String>(requester(c));
    c.participants().forEach(p -> audience.addAll(Consultations.audienceOf(p)));
    write(c, "consultations.notice.INVITED", audience);
  }

  private List<String> requester(Consultation c) {
    // staff asked on behalf of an Alliance body: its staff hear of it
    var nation = directory.organisation(c.requester(), directory.today()).map(o -> o.isNation()).orElse(false);
    return List.of(c.requester() + (nation ? ":NATIONAL_COORDINATOR" : ":STAFF"));
  }

  private void write(Consultation c, String key, java.util.Set<String> audience) {
    var when = c.startsAt() == null ? "" : c.startsAt().toString().replace('T', ' ');
    notifications.write(new Notice(audience, null, "en", key + ".subject", key + ".body",
        List.of(c.subject().text(Language.EN), when, c.place() == null ? "" : c.place(), c.reason() == null ? "" : c.reason()),
        "/consultations/" + c.id(), null));
  }
}
