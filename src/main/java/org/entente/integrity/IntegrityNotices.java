package org.entente.integrity;

import java.util.List;
import java.util.Set;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.springframework.stereotype.Component;

/** What an assessment's moves tell the nation's coordinators, through the outbox in the transaction of the move. */
@Component
class IntegrityNotices {

  private final Notifications notifications;

  IntegrityNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  void moved(Assessment a) {
    var key = "integrity.notice." + a.status().name();
    notifications.write(new Notice(Set.of(a.nation() + ":NATIONAL_COORDINATOR"), null, "en", key + ".subject", key + ".body",
        List.of(a.nation(), a.visitFrom() == null ? "" : a.visitFrom().toString(), a.reason() == null ? "" : a.reason()),
        "/integrity/" + a.id(), null));
  }
}
