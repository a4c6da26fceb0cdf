package org.entente.emergencies;

import java.util.LinkedHashSet;
import java.util.List;

import java.util.Set;
import java.util.stream.Collectors;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * Who hears of what, through the outbox in the transaction of the change: the centre of a request submitted; every
 * Ally and partner of a request disseminated (e-mailed to its point of contact, in its language, when it keeps
 * one); the stricken nation of offers; a donor of the decision on its offer; the nations taking part of reports
 * and of the incident's progress.
 */
@Component
class EmergencyNotices {

  static final String CENTRE = "EADRCC:EMERGENCY_DUTY_OFFICER";
  /** Nations whose point of contact is written to in French unless it says otherwise. */
  private static final Set<String> FRENCH = Set.of("FRA", "BEL", "LUX", "MAR", "DZA", "TUN", "MRT");

  private final Notifications notifications;
  private final Directory directory;
  private final EmergencyStore store;

  EmergencyNotices(Notifications notifications, Directory directory, EmergencyStore store) {
    this.notifications = notifications;
    this.directory = directory;
    this.store = store;
  }

  void moved(Incident incident, IncidentStatus from, List<String> donors) {
    var key = "emergencies.notice." + incident.status().name();
    switch (incident.status()) {
      case SUBMITTED -> write(Set.of(CENTRE), null, "en", key, incident, "");
      case DRAFT -> write(coordinators(Set.of(incident.nation())), null, "en", key, incident, "");
      case DISSEMINATED -> {
        if (from == IncidentStatus.SUBMITTED) {
          disseminate(incident, key);
        }
      }
      default -> {
        var taking = new LinkedHashSet<String>(donors);
        taking.add(incident.nation());
        write(coordinators(taking), null, "en", key, incident, "");
      }
    }
  }

  /** One notice per Ally and partner, e-mailed to its point of contact when it keeps one. */
  private void disseminate(Incident incident, String key) {
    var today = directory.today();
    var points = store.contactPoints().stream().collect(Collectors.toMap(EmergencyStore.ContactPoint::nation, p -> p));
    var nations = new java.util.TreeSet<String>();
    for (var kind : List.of(OrganisationKind.ALLY, OrganisationKind.PARTNER)) {
      directory.organisations(today, kind, null).forEach(o -> nations.add(o.code()));
    }
    nations.add(incident.nation());
    for (var nation : nations) {
      var point = points.get(nation);
      var language = point != null ? point.language() : FRENCH.contains(nation) ? "fr" : "en";
      write(coordinators(Set.of(nation)), point == null ? null : point.email(), language, key, incident, "");
    }
  }

  void offered(Incident incident, Offer offer) {
    var audience = new LinkedHashSet<>(coordinators(Set.of(incident.nation())));
    audience.add(CENTRE);
    write(audience, null, "en", "emergencies.notice.OFFER_MADE", incident,
        offer.donor() + ": " + offer.quantity() + " " + offer.unit() + " " + offer.item());
  }

  void offerMoved(Incident incident, Offer offer) {
    var toDonor = offer.status() == OfferStatus.ACCEPTED || offer.status() == OfferStatus.DECLINED;
    var audience = toDonor ? coordinators(Set.of(offer.donor())) : coordinators(Set.of(incident.nation()));
    write(audience, null, "en", "emergencies.notice.OFFER_" + offer.status().name(), incident,
        offer.donor() + ": " + (offer.status().accepted() ? offer.acceptedQuantity() : offer.quantity()) + " " + offer.unit() + " "
            + offer.item());
  }

  void reported(Incident incident, int number, List<String> donors) {
    var taking = new LinkedHashSet<String>(donors);
    taking.add(incident.nation());
    write(coordinators(taking), null, "en", "emergencies.notice.SITREP", incident, String.valueOf(number));
  }

  private static Set<String> coordinators(Set<String> nations) {
    return nations.stream().map(n -> n + ":NATIONAL_COORDINATOR").collect(Collectors.toUnmodifiableSet());
  }

  private void write(Set<String> audience, @org.jspecify.annotations.Nullable String email, String language, String key, Incident incident, String detail) {
    var title = incident.title().text("fr".equals(language) ? Language.FR : Language.EN);
    notifications.write(new Notice(audience, email, language, key + ".subject", key + ".body",
        List.of(incident.reference(), title, incident.nation(), detail), "/emergencies/" + incident.id(), null));
  }

}
