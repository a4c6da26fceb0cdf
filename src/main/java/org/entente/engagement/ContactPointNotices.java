package org.entente.engagement;

import java.util.LinkedHashSet;
import java.util.List;
import org.entente.catalogue.EventScheduled;
import org.entente.directory.Directory;
import org.entente.languages.BilingualText;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A Contact Point Embassy hears of the events held in its partner's country (para 6 of the register):
 * when an event is added to a published activity, the coordinators of every Ally whose embassy is the
 * country's contact point on the event's first day are told, through the outbox in the same transaction.
 */
@Component
class ContactPointNotices {

  private final Engagement engagement;
  private final Notifications notifications;
  private final Directory directory;

  ContactPointNotices(Engagement engagement, Notifications notifications, Directory directory) {
    this.engagement = engagement;
    this.notifications = notifications;
    this.directory = directory;
  }

  @EventListener
  void scheduled(EventScheduled scheduled) {
    var event = scheduled.event();
    if (event.country() == null) {
      return;
    }
    var audience = new LinkedHashSet<String>();
    // the register is public reference data: read whoever added the event
    engagement.contactPoints(event.country(), event.startsOn())
        .forEach(cp -> audience.add(cp.embassyOf() + ":NATIONAL_COORDINATOR"));
    if (audience.isEmpty()) {
      return;
    }
    var country = directory.names(List.of(event.country()), event.startsOn()).byCode()
        .getOrDefault(event.country(), BilingualText.of(event.country(), event.country()));
    notifications.write(new Notice(audience, null, "en", "engagement.notice.event.subject", "engagement.notice.event.body",
        List.of(Notice.inBothLanguages(event.activityTitle()), Notice.inBothLanguages(country), event.startsOn().toString(), event.endsOn().toString(), Notice.inBothLanguages(place(event.city(), country))),
        "/menu/" + event.activity(), null));
  }

  /** "Tbilisi, Georgia" / "Tbilisi, Géorgie"; the country alone when the event names no city. */
  private static BilingualText place(@Nullable String city, BilingualText country) {
    return city == null || city.isBlank() ? country
        : BilingualText.of(city + ", " + country.text(org.entente.languages.Language.EN), city + ", " + country.text(org.entente.languages.Language.FR));
  }
}
