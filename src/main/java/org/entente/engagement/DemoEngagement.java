package org.entente.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.council.CouncilRegister;
import org.entente.database.DemoData;
import org.entente.languages.BilingualText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, Contact Point Embassies for the demo partners (assigned by the demo staff account; illustrative,
 * not the real assignments) and their missions to NATO, kept by the partners' own coordinators.
 */
@Component
@Order(5)
class DemoEngagement implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoEngagement.class);
  private static final String NATO_HQ = "NATO Headquarters, Boulevard Léopold III, 1110 Brussels";

  private final Engagement engagement;
  private final Interlocutors interlocutors;
  private final CouncilRegister council;
  private final Clock clock;

  DemoEngagement(Engagement engagement, Interlocutors interlocutors, CouncilRegister council, Clock clock) {
    this.engagement = engagement;
    this.interlocutors = interlocutors;
    this.council = council;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "engagement_contact_point";
  }

  @Override
  public void fill() {
    var start = LocalDate.of(LocalDate.now(clock).getYear(), 1, 1);
    var staff = Callers.demo("IS", Role.STAFF);
    for (var pair : List.of(List.of("GEO", "NLD"), List.of("JOR", "ITA"), List.of("JPN", "USA"), List.of("CHE", "DEU"), List.of("QAT", "FRA"))) {
      Callers.runAs(staff, () -> engagement.assignContactPoint(new Engagement.NewContactPoint(pair.get(0), pair.get(1), start, null)));
      var coordinator = Callers.demo(pair.get(0), Role.NATIONAL_COORDINATOR);
      Callers.runAs(coordinator, () -> {
        engagement.keepMission(pair.get(0), new Engagement.NewMission(NATO_HQ, null));
        engagement.addContact(pair.get(0), new Engagement.NewContact("Head of mission of " + pair.get(0), "Ambassador",
            "mission." + pair.get(0).toLowerCase() + "@example.org"));
      });
    }
    // wider engagement: Singapore engaged on counter-piracy by a Council decision; India proposed, awaiting the Council
    var singapore = new UUID[1];
    Callers.runAs(staff, () -> singapore[0] = interlocutors.propose(new Interlocutors.Proposal("SGP", BilingualText.of("Singapore", "Singapour"),
        "PRIORITY_AREAS", List.of("PA7"), List.of(), start, start.plusYears(2))).id());
    var reference = "PO(" + start.getYear() + ")E-" + singapore[0].toString().substring(0, 6).toUpperCase();
    var decision = new UUID[1];
    Callers.runAs(Callers.demo("NAC", Role.COUNCIL_SECRETARIAT), () -> decision[0] = council.propose(new CouncilRegister.Proposal(reference,
        LocalDate.now(clock), "OTHER", Interlocutors.PREFIX + singapore[0], List.of(), "APPROVED",
        BilingualText.of("The Council agrees to develop dialogue with Singapore on maritime security.",
            "Le Conseil convient de développer le dialogue avec Singapour sur la sûreté maritime."))).id());
    Callers.runAs(Callers.demo("IS", Role.COUNCIL_SECRETARIAT), () -> council.confirm(decision[0]));
    Callers.runAs(staff, () -> interlocutors.propose(new Interlocutors.Proposal("IND", BilingualText.of("India", "Inde"), "DIALOGUE",
        List.of(), List.of(), null, null)));
    log.info("Demo mode: Contact Point Embassies and missions for GEO, JOR, JPN, CHE and QAT (illustrative), two interlocutors");
  }
}
