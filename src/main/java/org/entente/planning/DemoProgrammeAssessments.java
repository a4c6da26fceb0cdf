package org.entente.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.capabilities.Capabilities;
import org.entente.catalogue.MenuSearch;
import org.entente.council.CouncilRegister;
import org.entente.database.DemoData;
import org.entente.languages.BilingualText;
import org.entente.programmes.Programmes;
import org.entente.web.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data of planning's second round, done as the demo accounts through the services: Moldova's IPAP approved by
 * the Council with two yearly assessments (last year's agreed, this year's with the partner), the ministerial
 * guidance in force, and Georgia's first partnership goal linked to the menu activities of its programme and to its
 * declared unit.
 */
@Component
@Order(22) // after planning's cycles and the OCC units
class DemoProgrammeAssessments implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoProgrammeAssessments.class);
  private static final Caller STAFF = Callers.demo("IS", Role.STAFF);
  private static final Caller PROPOSER = Callers.demo("NAC", Role.COUNCIL_SECRETARIAT);
  private static final Caller CONFIRMER = Callers.demo("IS", Role.COUNCIL_SECRETARIAT);
  private static final Caller MOLDOVA = Callers.demo("MDA", Role.NATIONAL_COORDINATOR);

  private final ProgrammeAssessments assessments;
  private final MinisterialGuidance guidance;
  private final GoalLinks links;
  private final Planning planning;
  private final Programmes programmes;
  private final Capabilities capabilities;
  private final MenuSearch menu;
  private final CouncilRegister council;
  private final Clock clock;

  DemoProgrammeAssessments(ProgrammeAssessments assessments, MinisterialGuidance guidance, GoalLinks links, Planning planning,
      Programmes programmes, Capabilities capabilities, MenuSearch menu, CouncilRegister council, Clock clock) {
    this.assessments = assessments;
    this.guidance = guidance;
    this.links = links;
    this.planning = planning;
    this.programmes = programmes;
    this.capabilities = capabilities;
    this.menu = menu;
    this.council = council;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "planning_programme_assessment";
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var year = today.getYear();
    guidance();
    var ipap = moldovasIpap(year - 1);
    var last = call(STAFF, () -> assessments.open(new ProgrammeAssessments.NewAssessment(ipap, year - 1)).id());
    rateAll(last, ipap, 0);
    call(STAFF, () -> assessments.transition(last, "WITH_PARTNER", "For your comments by the end of January."));
    call(MOLDOVA, () -> assessments.comment(last, "O1-T1", "Eighteen more officers finished the staff course in December."));
    call(MOLDOVA, () -> assessments.transition(last, "AGREED", null));
    var current = call(STAFF, () -> assessments.open(new ProgrammeAssessments.NewAssessment(ipap, year)).id());
    rateAll(current, ipap, 1);
    call(STAFF, () -> assessments.transition(current, "WITH_PARTNER", null));
    georgiasLinks();
    log.info("Demo mode: Moldova's IPAP with two yearly assessments, the ministerial guidance, Georgia's goal links");
  }

  private void guidance() {
    var year = LocalDate.now(clock).getYear();
    var even = year - year % 2;
    for (var y : List.of(even - 2, even)) {
      var id = call(STAFF, () -> guidance.draft(new MinisterialGuidance.GuidanceInput(y,
          BilingualText.of("Ministerial guidance " + y + "–" + (y + 1), "Directive ministérielle " + y + "-" + (y + 1)),
          BilingualText.of("""
              Partnership goals should build forces able to operate with the Alliance in crisis-management operations.
              Priority goes to command and control, logistics and the protection of forces; each goal names the units it concerns.
              Reform of defence institutions, transparent budgeting and civilian control remain the frame of every package.""",
              """
              Les objectifs du partenariat doivent bâtir des forces capables d’opérer avec l’Alliance dans les opérations de gestion de crise.
              La priorité va au commandement et au contrôle, à la logistique et à la protection des forces ; chaque objectif nomme les unités qu’il concerne.
              La réforme des institutions de défense, un budget transparent et le contrôle civil restent le cadre de chaque ensemble.""")))
          .id());
      call(STAFF, () -> guidance.transition(id, "AT_COUNCIL"));
      decide(id, "PO(" + y + ")GUIDANCE", LocalDate.of(y, 1, 15).isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : LocalDate.of(y, 1, 15),
          "The Council approves the ministerial guidance for PARP " + y + "–" + (y + 1) + ".",
          "Le Conseil approuve la directive ministérielle pour le PARP " + y + "-" + (y + 1) + ".");
    }
  }

  /** Drafted by Moldova from the menu, reviewed, agreed and approved by the Council: active for two years from {@code start}. */
  private UUID moldovasIpap(int start) {
    var startsOn = LocalDate.of(start, 1, 1);
    var id = call(MOLDOVA, () -> {
      var found = menu.activities(new MenuSearch.Query(null, null, null, null, null, null, null, null, "MDA", null, null, "date", 0, 4));
      var planned = new ArrayList<Programmes.ActivityInput>();
      for (var hit : found.items()) {
        planned.add(new Programmes.ActivityInput(hit.activity().code(), java.util.Map.of(String.valueOf(start), 3, String.valueOf(start + 1), 2)));
      }
      var objectives = List.of(
          new Programmes.ObjectiveInput(null, BilingualText.of("Democratic control of the armed forces", "Le contrôle démocratique des forces armées"),
              List.of("PA1"), List.of(), List.of(
                  new Programmes.TargetInput(BilingualText.of("Officers trained in staff procedures", "Officiers formés aux procédures d’état-major"), 60, start + 1),
                  new Programmes.TargetInput(BilingualText.of("Parliamentary staff trained in defence budgeting", "Personnel parlementaire formé au budget de la défense"), 12, start + 1))),
          new Programmes.ObjectiveInput(null, BilingualText.of("A peacekeeping battalion interoperable with NATO", "Un bataillon de maintien de la paix interopérable avec l’OTAN"),
              List.of(), List.of(), List.of(
                  new Programmes.TargetInput(BilingualText.of("Companies evaluated at OCC level 1", "Compagnies évaluées au niveau 1 de l’OCC"), 2, start + 1))));
      return programmes.create(new Programmes.NewProgramme("MDA", "IPAP", startsOn, null, new Programmes.ContentInput(objectives, planned, List.of()))).id();
    });
    call(MOLDOVA, () -> programmes.transition(id, "SUBMITTED", null));
    call(STAFF, () -> programmes.transition(id, "IN_REVIEW", null));
    call(MOLDOVA, () -> programmes.transition(id, "AGREED", null));
    var decision = new UUID[1];
    Callers.runAs(PROPOSER, () -> decision[0] = council.propose(new CouncilRegister.Proposal("PO(" + start + ")DEMO-IPAP-MDA", LocalDate.now(clock),
        "PROGRAMME", id.toString(), List.of(), "APPROVED", BilingualText.of("The Council approves Moldova’s Individual Partnership Action Plan.",
            "Le Conseil approuve le plan d’action individuel pour le partenariat de la République de Moldova."))).id());
    Callers.runAs(CONFIRMER, () -> council.confirm(decision[0]));
    return id;
  }

  private static final String[][] NARRATIVES = {
      {"ACHIEVED", "Done ahead of the plan.", "Fait avant l’échéance."},
      {"SUBSTANTIAL", "Most of the way: the rest is scheduled.", "Presque atteint : le reste est programmé."},
      {"LIMITED", "Begun; courses were cancelled in the spring.", "Commencé ; des cours ont été annulés au printemps."},
      {"NONE", "Not begun: funding is awaited.", "Pas commencé : le financement est attendu."}};

  /** Every objective and target rated, a year further on each time. */
  private void rateAll(UUID assessment, UUID programme, int yearIndex) {
    var p = call(STAFF, () -> assessments.programme(programme));
    var ratings = new ArrayList<ProgrammeAssessments.RatingInput>();
    var items = ProgrammeAssessments.items(p);
    for (int i = 0; i < items.size(); i++) {
      var n = NARRATIVES[Math.max(0, Math.min(3, 2 + (i % 2) - 2 * yearIndex))];
      ratings.add(new ProgrammeAssessments.RatingInput(items.get(i).key(), n[0], BilingualText.of(n[1], n[2])));
    }
    call(STAFF, () -> assessments.rate(assessment, ratings));
  }

  /** Georgia's first goal of the current cycle served by its programme's activities, and naming its first declared unit. */
  private void georgiasLinks() {
    var cycle = call(STAFF, () -> planning.cyclesOf("GEO")).stream().filter(c -> !c.goals().isEmpty()).findFirst().orElse(null);
    if (cycle == null) return;
    var goal = cycle.goals().getFirst().code();
    var active = call(STAFF, () -> programmes.list("GEO", "ACTIVE")).stream().findFirst().orElse(null);
    if (active != null) {
      active.content().activities().stream().limit(2).forEach(a -> link(cycle.id(), goal, new GoalLinks.NewLink(a.code(), active.id(), null)));
    }
    call(STAFF, () -> capabilities.units("GEO", null, new Paging(0, 10))).items().stream().findFirst()
        .ifPresent(u -> link(cycle.id(), goal, new GoalLinks.NewLink(null, null, u.id())));
  }

  /** A link, unless the menu has changed under the demo (an activity withdrawn): the demo goes on without it. */
  private void link(UUID cycle, String goal, GoalLinks.NewLink link) {
    try {
      call(STAFF, () -> links.link(cycle, goal, link));
    } catch (org.entente.web.InvalidInput | org.entente.web.Conflict skipped) {
      log.info("Demo mode: a link of Georgia's goal {} left out ({})", goal, skipped.getMessage());
    }
  }

  private void decide(UUID subject, String reference, LocalDate on, String en, String fr) {
    var decision = new UUID[1];
    Callers.runAs(PROPOSER, () -> decision[0] = council.propose(new CouncilRegister.Proposal(reference, on, "PLANNING", subject.toString(),
        List.of(), "APPROVED", BilingualText.of(en, fr))).id());
    Callers.runAs(CONFIRMER, () -> council.confirm(decision[0]));
  }

  private static <T> T call(Caller caller, java.util.function.Supplier<T> work) {
    var result = new ArrayList<T>(1);
    Callers.runAs(caller, () -> result.add(work.get()));
    return result.getFirst();
  }
}
