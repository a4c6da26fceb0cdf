package org.entente.capabilities;

import java.util.List;
import java.util.Set;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.springframework.stereotype.Component;

/** Writes OCC notices to the outbox, in the transaction of the change they tell of. */
@Component
class OccNotices {

  private final Notifications notifications;

  OccNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  void send(Set<String> audience, String key, List<String> args, String link) {
    notifications.write(new Notice(audience, null, "en", key + ".subject", key + ".body", args, link, null));
  }
}
