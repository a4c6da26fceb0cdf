package org.entente.consultations;

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
 * In demo mode, consultations in every state, made as people make them: the demo coordinators ask, staff
 * prepare, schedule and record, two members of the secretariat approve through the Council's register.
 * Jordan's maritime consultation was held and summarised (Tunisia, added by staff, left out by the Council);
 * Georgia's request waits for staff; the Netherlands' is before the Council; staff's event-driven one is
 * scheduled; Japan's is approved; Qatar's was not approved; Switzerland withdrew; an older one is closed.
 */
@Component
@Order(4) // after programmes
class DemoConsultations implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

  private final Consultations consultations;
  private final CouncilRegister council;
  private final Clock clock;

  DemoConsultations(Consultations consultations, CouncilRegister council, Clock clock) {
    this.consultations = consultations;
    this.council = council;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "consultations_consultation";
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var staff = Callers.demo("IS", Role.STAFF);

    var maritime = request("JOR", "Maritime security in the Eastern Mediterranean", "La sûreté maritime en Méditerranée orientale",
        "THEMATIC", "AMBASSADORS", List.of("EGY", "MAR"));
    Callers.callAs(staff, () -> consultations.prepare(maritime, List.of("JOR", "EGY", "MAR", "TUN")));
    approve(maritime, List.of("JOR", "EGY", "MAR"), "The Council approves a consultation with Jordan, Egypt and Morocco on maritime security.",
        "Le Conseil approuve une consultation avec la Jordanie, l’Égypte et le Maroc sur la sûreté maritime.");
    schedule(maritime, today.minusDays(7));
    Callers.callAs(staff, () -> consultations.held(maritime, List.of("JOR", "EGY", "MAR")));
    Callers.callAs(staff, () -> consultations.minutes(maritime, "The delegations reviewed the traffic through the Suez Canal and offered liaison officers."));
    Callers.callAs(staff, () -> consultations.share(maritime, BilingualText.of("Allies and three Mediterranean partners reviewed maritime security and agreed to share more information.",
        "Les Alliés et trois partenaires méditerranéens ont examiné la sûreté maritime et sont convenus de partager davantage d’informations.")));

    var older = request("GEO", "Resilience and civil preparedness", "La résilience et la préparation civile", "THEMATIC", "EXPERTS", List.of("UKR"));
    approve(older, List.of("GEO", "UKR"), "The Council approves a consultation with Georgia and Ukraine on resilience.",
        "Le Conseil approuve une consultation avec la Géorgie et l’Ukraine sur la résilience.");
    schedule(older, today.minusDays(20));
    Callers.callAs(staff, () -> consultations.held(older, List.of("GEO", "UKR")));
    Callers.callAs(staff, () -> consultations.share(older, BilingualText.of("Experts compared national plans for civil preparedness.",
        "Les experts ont comparé les plans nationaux de préparation civile.")));
    Callers.callAs(staff, () -> consultations.transition(older, "CLOSED", null));

    request("GEO", "Security in the Black Sea region", "La sécurité dans la région de la mer Noire", "EVENT_DRIVEN", "AMBASSADORS", List.of("UKR", "MDA"));

    var cyber = request("NLD", "Cyber defence with partners across the globe", "La cyberdéfense avec les partenaires dans le monde",
        "THEMATIC", "EXPERTS", List.of("JPN", "AUS", "KOR", "NZL"));
    Callers.callAs(staff, () -> consultations.transition(cyber, "UNDER_CONSIDERATION", null));

    var terrorism = Callers.callAs(staff, () -> consultations.request(new Consultations.Request("IS", BilingualText.of("Counter-terrorism after recent attacks",
        "La lutte contre le terrorisme après les récents attentats"), null, "EVENT_DRIVEN", "MINISTERS", List.of("JOR", "QAT"), null, null)).id());
    approve(terrorism, List.of("JOR", "QAT"), "The Council approves an event-driven consultation on counter-terrorism.",
        "Le Conseil approuve une consultation liée à l’actualité sur la lutte contre le terrorisme.");
    schedule(terrorism, today.plusDays(21));

    var japan = request("JPN", "Maritime domain awareness in the Indo-Pacific", "La connaissance du domaine maritime dans l’Indo-Pacifique",
        "THEMATIC", "EXPERTS", List.of());
    approve(japan, List.of("JPN"), "The Council approves a consultation with Japan on maritime domain awareness.",
        "Le Conseil approuve une consultation avec le Japon sur la connaissance du domaine maritime.");

    var qatar = request("QAT", "Energy security in the Gulf", "La sécurité énergétique dans le Golfe", "FRAMEWORK", "AMBASSADORS", List.of("ARE", "KWT"));
    Callers.callAs(staff, () -> consultations.transition(qatar, "UNDER_CONSIDERATION", null));
    decide(qatar, List.of(), "REJECTED", "The Council prefers to address energy security in the Istanbul Cooperation Initiative’s regular meeting.",
        "Le Conseil préfère traiter la sécurité énergétique lors de la réunion régulière de l’Initiative de coopération d’Istanbul.");

    var swiss = request("CHE", "Humanitarian demining", "Le déminage humanitaire", "THEMATIC", "EXPERTS", List.of());
    Callers.runAs(Callers.demo("CHE", Role.NATIONAL_COORDINATOR), () -> consultations.transition(swiss, "WITHDRAWN", "Raised in the Partnership for Peace instead."));
    log.info("Demo mode: consultations in every state (JOR, GEO, NLD, IS, JPN, QAT, CHE)");
  }

  private UUID request(String nation, String en, String fr, String format, String level, List<String> participants) {
    return Callers.callAs(Callers.demo(nation, Role.NATIONAL_COORDINATOR), () -> consultations.request(new Consultations.Request(nation, BilingualText.of(en, fr),
        BilingualText.of("Requested by " + nation + ".", "Demandée par " + nation + "."), format, level, participants, null, null)).id());
  }

  private void schedule(UUID id, LocalDate on) {
    Callers.callAs(Callers.demo("IS", Role.STAFF), () -> consultations.schedule(id, new Consultations.Meeting(on.atTime(10, 0), on.atTime(12, 30),
        "NATO Headquarters, Brussels", List.of(BilingualText.of("Opening remarks", "Allocution d’ouverture"),
            BilingualText.of("Exchange of views", "Échange de vues"), BilingualText.of("Way ahead", "Suites à donner")))));
  }

  private void approve(UUID id, List<String> participants, String en, String fr) {
    var consultation = Callers.callAs(Callers.demo("IS", Role.STAFF), () -> consultations.consultation(id));
    if (consultation.status() == ConsultationStatus.REQUESTED) {
      Callers.callAs(Callers.demo("IS", Role.STAFF), () -> consultations.transition(id, "UNDER_CONSIDERATION", null));
    }
    decide(id, participants, "APPROVED", en, fr);
  }

  private void decide(UUID id, List<String> participants, String outcome, String en, String fr) {
    var reference = "PO(" + LocalDate.now(clock).getYear() + ")C-" + id.toString().substring(0, 6).toUpperCase();
    var decision = Callers.callAs(Callers.demo("NAC", Role.COUNCIL_SECRETARIAT), () -> council.propose(new CouncilRegister.Proposal(reference, LocalDate.now(clock),
        "CONSULTATION", id.toString(), participants, outcome, BilingualText.of(en, fr))).id());
    Callers.runAs(Callers.demo("IS", Role.COUNCIL_SECRETARIAT), () -> council.confirm(decision));
  }
}
