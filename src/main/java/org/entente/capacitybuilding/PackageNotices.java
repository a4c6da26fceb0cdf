package org.entente.capacitybuilding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * What a package's moves tell whom, through the outbox in the transaction of the move: the partner's coordinators
 * of every move; the contributing nations' coordinators of being named and of every move from the Council's
 * decision on (never a nation that does not read the package).
 */
@Component
class PackageNotices {

  private final Notifications notifications;

  PackageNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  void moved(CapacityPackage p) {
    var audience = new LinkedHashSet<String>();
    audience.add(p.partner() + ":NATIONAL_COORDINATOR");
    if (p.status().approved() || p.status() == CapacityBuildingStatus.BEFORE_COUNCIL) {
      p.contributors().forEach(c -> audience.add(c + ":NATIONAL_COORDINATOR"));
    }
    write(p, "capacitybuilding.notice." + p.status().name(), audience);
  }

  void contributing(CapacityPackage p, String nation) {
    write(p, "capacitybuilding.notice.CONTRIBUTING", Set.of(nation + ":NATIONAL_COORDINATOR"));
  }

  void reviewed(CapacityPackage p) {
    var audience = new LinkedHashSet<String>();
    audience.add(p.partner() + ":NATIONAL_COORDINATOR");
    p.contributors().forEach(c -> audience.add(c + ":NATIONAL_COORDINATOR"));
    write(p, "capacitybuilding.notice.REVIEWED", audience);
  }

  private void write(CapacityPackage p, String key, Set<String> audience) {
    notifications.write(new Notice(audience, null, "en", key + ".subject", key + ".body",
        List.of(p.title().text(Language.EN), p.partner(), p.reason() == null ? "" : p.reason()), "/capacity-building/" + p.id(), null));
  }
}
