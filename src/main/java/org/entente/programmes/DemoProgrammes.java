package org.entente.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.catalogue.MenuSearch;
import org.entente.council.CouncilRegister;
import org.entente.database.DemoData;
import org.entente.languages.BilingualText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, programmes in every stage for the demo partners, made the way people make them: by the
 * demo accounts (the partners' coordinators, staff, two members of the secretariat) through the same
 * service, checks, row-level security and audit trail. Georgia's is active, Japan's awaits the Council,
 * Switzerland's was returned, Jordan's is in review, Qatar's submitted, and Georgia drafts its next one.
 */
@Component
@Order(3) // after the demo menu
class DemoProgrammes implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);

  private final Programmes programmes;
  private final ProgrammeReview review;
  private final MenuSearch menu;
  private final CouncilRegister council;
  private final Clock clock;

  DemoProgrammes(Programmes programmes, ProgrammeReview review, MenuSearch menu, CouncilRegister council, Clock clock) {
    this.programmes = programmes;
    this.review = review;
    this.menu = menu;
    this.council = council;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "programmes_programme";
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var year = today.getYear();
    var staff = Callers.demo("IS", Role.STAFF);
    var proposer = Callers.demo("NAC", Role.COUNCIL_SECRETARIAT);
    var confirmer = Callers.demo("IS", Role.COUNCIL_SECRETARIAT);

    var georgia = draft("GEO", "ITPP", LocalDate.of(year - 1, 1, 1), "Georgia");
    move(georgia, "GEO", "SUBMITTED", null);
    moveAs(staff, georgia, "IN_REVIEW", null);
    commentAs(staff, georgia, "objective:O2", "Add a measurable target for the cyber defence objective.");
    moveAs(staff, georgia, "RETURNED", "Please add targets to O2 and confirm the planned seats for next year.");
    move(georgia, "GEO", "AGREED", null);
    decide(proposer, confirmer, georgia, "APPROVED", "The Council approves Georgia’s Individually Tailored Partnership Programme.",
        "Le Conseil approuve le programme de partenariat individuel de la Géorgie.");

    var japan = draft("JPN", "ITPP", LocalDate.of(year + 1, 1, 1), "Japan");
    move(japan, "JPN", "SUBMITTED", null);
    moveAs(staff, japan, "IN_REVIEW", null);
    move(japan, "JPN", "AGREED", null);

    var switzerland = draft("CHE", "ITPP", LocalDate.of(year + 1, 1, 1), "Switzerland");
    move(switzerland, "CHE", "SUBMITTED", null);
    moveAs(staff, switzerland, "RETURNED", "The planned seats exceed what the providers offer; please reduce them.");

    var jordan = draft("JOR", "IPCP", LocalDate.of(year + 1, 1, 1), "Jordan");
    move(jordan, "JOR", "SUBMITTED", null);
    moveAs(staff, jordan, "IN_REVIEW", null);
    commentAs(staff, jordan, "general", "Thank you; we are reviewing the maritime objectives with the providers.");

    var qatar = draft("QAT", "ANP", LocalDate.of(year + 1, 1, 1), "Qatar");
    move(qatar, "QAT", "SUBMITTED", null);

    draft("GEO", "ITPP", LocalDate.of(year + 1, 1, 1), "Georgia, next");
    log.info("Demo mode: programmes for GEO, JPN, CHE, JOR and QAT in every stage");
  }

  private UUID draft(String partner, String type, LocalDate startsOn, String name) {
    var coordinator = Callers.demo(partner, Role.NATIONAL_COORDINATOR);
    var id = new UUID[1];
    Callers.runAs(coordinator, () -> {
      var found = menu.activities(new MenuSearch.Query(null, null, null, null, null, null, null, null, partner, null, null, "date", 0, 6));
      var planned = new ArrayList<Programmes.ActivityInput>();
      var endYear = startsOn.plusYears(type.equals("ANP") ? 1 : 2).minusDays(1).getYear();
      for (var hit : found.items()) {
        var perYear = new java.util.LinkedHashMap<String, Integer>();
        for (int y = startsOn.getYear(); y <= endYear; y++) perYear.put(String.valueOf(y), 1 + (hit.activity().code().hashCode() & 3));
        planned.add(new Programmes.ActivityInput(hit.activity().code(), perYear));
      }
      var objectives = List.of(
          new Programmes.ObjectiveInput(null, BilingualText.of(name + ": interoperable units for crisis-management operations",
              name + " : des unités interopérables pour les opérations de gestion de crise"), List.of("PA1"), List.of(),
              List.of(new Programmes.TargetInput(BilingualText.of("Officers trained in staff procedures", "Officiers formés aux procédures d’état-major"), 40, endYear))),
          new Programmes.ObjectiveInput(null, BilingualText.of(name + ": resilient cyber defence of national networks",
              name + " : une cyberdéfense résiliente des réseaux nationaux"), List.of(), List.of(), List.of()));
      var goals = List.of(new Programmes.GoalInput(null, BilingualText.of("Transparent defence budgeting", "Une budgétisation transparente de la défense")));
      id[0] = programmes.create(new Programmes.NewProgramme(partner, type, startsOn, null,
          new Programmes.ContentInput(objectives, planned, goals))).id();
    });
    return id[0];
  }

  private void move(UUID id, String partner, String to, String comment) {
    moveAs(Callers.demo(partner, Role.NATIONAL_COORDINATOR), id, to, comment);
  }

  private void moveAs(Caller caller, UUID id, String to, String comment) {
    Callers.runAs(caller, () -> programmes.transition(id, to, comment));
  }

  private void commentAs(Caller caller, UUID id, String section, String body) {
    Callers.runAs(caller, () -> review.comment(id, section, null, body));
  }

  private void decide(Caller proposer, Caller confirmer, UUID programme, String outcome, String en, String fr) {
    var decision = new UUID[1];
    var reference = "PO(" + LocalDate.now(clock).getYear() + ")DEMO-" + programme.toString().substring(0, 4).toUpperCase();
    Callers.runAs(proposer, () -> decision[0] = council.propose(new CouncilRegister.Proposal(reference, LocalDate.now(clock),
        "PROGRAMME", programme.toString(), List.of(), outcome, BilingualText.of(en, fr))).id());
    Callers.runAs(confirmer, () -> council.confirm(decision[0]));
  }

}
