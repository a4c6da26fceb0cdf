package org.entente.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.entente.access.Caller;
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
 * In demo mode, PARP as people run it, through the same service, checks, row-level security and audit trail, as
 * the demo accounts (the partners' coordinators, staff, two members of the secretariat). The past is replayed on
 * its own dates (the two-year rhythm is enforced): Georgia and Jordan were admitted by the Council, their last
 * cycle's goals were approved and assessed; this cycle Georgia's package is approved by the Council, Jordan's is in
 * the bilateral talks with a question on a goal.
 */
@Component
@Order(20)
class DemoPlanning implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);

  private final ParticipationRequests participations;
  private final ParpCycles cycles;
  private final ParpSurveys surveys;
  private final PartnershipGoals goals;
  private final ParpAssessments assessments;
  private final CouncilRegister council;
  private final Clock clock;

  DemoPlanning(ParticipationRequests participations, ParpCycles cycles, ParpSurveys surveys, PartnershipGoals goals, ParpAssessments assessments,
      CouncilRegister council, Clock clock) {
    this.participations = participations;
    this.cycles = cycles;
    this.surveys = surveys;
    this.goals = goals;
    this.assessments = assessments;
    this.council = council;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "planning_cycle";
  }

  private static final Caller STAFF = Callers.demo("IS", Role.STAFF);
  private static final Caller PROPOSER = Callers.demo("NAC", Role.COUNCIL_SECRETARIAT);
  private static final Caller CONFIRMER = Callers.demo("IS", Role.COUNCIL_SECRETARIAT);

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var year = today.getYear() - today.getYear() % 2; // this cycle's even year
    var now = today.getYear() == year ? today : LocalDate.of(year, 12, 1);
    var last = year - 2;

    for (var partner : List.of("GEO", "JOR")) {
      on(LocalDate.of(last, 1, 10), () -> {
        var id = as(partner, () -> participations.requestParticipation(new ParticipationRequests.NewParticipation(partner, "PARP")).id());
        decide(id, "PO(" + last + ")PARTICIPATION-" + partner, LocalDate.of(last, 1, 10), "The Council admits " + partner + " to PARP.",
            "Le Conseil admet " + partner + " au PARP.");
      });
      var previous = lastCycle(partner, last);
      var current = on(now, () -> staff(() -> cycles.open(new ParpCycles.NewCycle(partner, year)).id()));
      on(now, () -> {
        as(partner, () -> surveys.saveSurvey(current, Answers.of(partner, year)));
        as(partner, () -> cycles.transition(current, "SURVEY_SUBMITTED", null));
        staff(() -> goals.saveGoals(current, goals(partner, year, true)));
        staff(() -> cycles.transition(current, "BILATERAL", null));
      });
      if (partner.equals("GEO")) {
        on(now, () -> {
          staff(() -> cycles.transition(current, "MULTILATERAL", null));
          staff(() -> cycles.transition(current, "AT_COUNCIL", null));
          decide(current, "PO(" + year + ")PARP-GEO", now, "The Council approves Georgia’s partnership goals " + year + "–" + (year + 1) + ".",
              "Le Conseil approuve les objectifs du partenariat de la Géorgie " + year + "-" + (year + 1) + ".");
        });
      } else {
        on(now, () -> {
          var question = staff(() -> goals.comment(current, "goal:M0301", null,
              "Can the harbour protection unit be declared to the OCC pool by the target date?").id());
          as(partner, () -> goals.comment(current, null, question, "Yes, once the second patrol boat is delivered."));
        });
      }
      log.debug("Demo mode: PARP cycles {} and {} for {}", previous, current, partner);
    }
    log.info("Demo mode: PARP cycles for GEO (goals approved) and JOR (bilateral talks), each with last cycle's assessment");
  }

  /** The last cycle, replayed: survey, goals, talks and approval in its even year, the assessment agreed the next. */
  private UUID lastCycle(String partner, int year) {
    var spring = LocalDate.of(year, 3, 15);
    var id = on(spring, () -> {
      var cycle = staff(() -> cycles.open(new ParpCycles.NewCycle(partner, year)).id());
      as(partner, () -> surveys.saveSurvey(cycle, Answers.of(partner, year)));
      as(partner, () -> cycles.transition(cycle, "SURVEY_SUBMITTED", null));
      staff(() -> goals.saveGoals(cycle, goals(partner, year, false)));
      staff(() -> cycles.transition(cycle, "BILATERAL", null));
      staff(() -> cycles.transition(cycle, "MULTILATERAL", null));
      staff(() -> cycles.transition(cycle, "AT_COUNCIL", null));
      decide(cycle, "PO(" + year + ")PARP-" + partner, spring, "The Council approves the partnership goals of " + partner + ".",
          "Le Conseil approuve les objectifs du partenariat : " + partner + ".");
      return cycle;
    });
    on(LocalDate.of(year + 1, 4, 20), () -> {
      staff(() -> cycles.transition(id, "ASSESSMENT", null));
      staff(() -> assessments.saveAssessment(id, List.of(
          new ParpAssessments.RatingInput("L0101", "SUBSTANTIAL", BilingualText.of("Two of three companies meet the standards; the third trains this year.",
              "Deux compagnies sur trois satisfont aux normes ; la troisième s’entraîne cette année.")),
          new ParpAssessments.RatingInput("D0101", "ACHIEVED", BilingualText.of("The defence budget is published by programme.",
              "Le budget de la défense est publié par programme.")))));
      as(partner, () -> cycles.transition(id, "ASSESSMENT_AGREED", null));
    });
    return id;
  }

  private static List<PartnershipGoals.GoalInput> goals(String partner, int year, boolean current) {
    var goals = new java.util.ArrayList<PartnershipGoals.GoalInput>();
    goals.add(new PartnershipGoals.GoalInput("L0101", BilingualText.of("A light infantry battalion interoperable for NATO-led operations",
        "Un bataillon d’infanterie légère interopérable pour les opérations dirigées par l’OTAN"),
        BilingualText.of("Trained and equipped to NATO standards, evaluated through the OCC.", "Formé et équipé aux normes de l’OTAN, évalué dans le cadre de l’OCC."),
        "LAND", LocalDate.of(year + 4, 12, 31)));
    if (!current) {
      goals.add(new PartnershipGoals.GoalInput("D0101", BilingualText.of("Transparent defence budgeting", "Une budgétisation transparente de la défense"),
          BilingualText.of(null, null), "DEFENCE_INSTITUTIONS", LocalDate.of(year + 1, 12, 31)));
    }
    if (current) {
      goals.add(new PartnershipGoals.GoalInput(partner.equals("JOR") ? "M0301" : "C0201",
          partner.equals("JOR") ? BilingualText.of("Harbour protection unit", "Unité de protection portuaire")
              : BilingualText.of("Cyber defence of national networks", "Cyberdéfense des réseaux nationaux"),
          BilingualText.of(null, null), partner.equals("JOR") ? "MARITIME" : "CYBER", LocalDate.of(year + 3, 6, 30)));
    }
    return goals;
  }

  private void decide(UUID subject, String reference, LocalDate on, String en, String fr) {
    var decision = new UUID[1];
    Callers.runAs(PROPOSER, () -> decision[0] = council.propose(new CouncilRegister.Proposal(reference, on, "PLANNING", subject.toString(),
        List.of(), "APPROVED", BilingualText.of(en, fr))).id());
    Callers.runAs(CONFIRMER, () -> council.confirm(decision[0]));
  }

  private static <T> T on(LocalDate day, java.util.function.Supplier<T> work) {
    return ScopedValue.where(PlanningRhythm.REPLAY, Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).call(work::get);
  }

  private static void on(LocalDate day, Runnable work) {
    ScopedValue.where(PlanningRhythm.REPLAY, Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).run(work);
  }

  private static <T> T staff(java.util.function.Supplier<T> work) {
    return call(STAFF, work);
  }

  private static <T> T as(String partner, java.util.function.Supplier<T> work) {
    return call(Callers.demo(partner, Role.NATIONAL_COORDINATOR), work);
  }

  private static <T> T call(Caller caller, java.util.function.Supplier<T> work) {
    var result = new java.util.ArrayList<T>(1);
    Callers.runAs(caller, () -> result.add(work.get()));
    return result.getFirst();
  }

  /** The demo survey's answers. */
  private static final class Answers {
    static java.util.Map<String, String> of(String partner, int year) {
      var georgia = partner.equals("GEO");
      var answers = new java.util.LinkedHashMap<String, String>();
      answers.put("F1", georgia ? "20650" : "100500");
      answers.put("F2", georgia ? "3" : "4");
      answers.put("F3", georgia ? "MEDIUM" : "HIGH");
      answers.put("F4", georgia ? "A light infantry battalion, a military police company and a medical team"
          : "A quick reaction force company, a harbour protection unit and an explosive ordnance disposal team");
      answers.put("P1", "Strategic defence review " + year + "–" + (year + 6));
      answers.put("P2", "UNDERWAY");
      answers.put("P3", georgia ? "Reserve forces reorganised into territorial brigades" : "A second special operations battalion");
      answers.put("B1", georgia ? "1650" : "1320");
      answers.put("B2", georgia ? "2.0" : "4.8");
      answers.put("B3", "Steady budgets in real terms over six years");
      return answers;
    }
  }
}
