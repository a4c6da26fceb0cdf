package org.entente.capabilities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.MenuSearch;
import org.entente.database.DemoData;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, OCC Evaluation and Feedback as people run it, through the same service, checks, row-level security
 * and audit trail, as the demo accounts, each step replayed on its own date: Georgia declared a light infantry
 * company two years ago, staff accepted it, Georgia's self-evaluation and the NATO evaluation at level 1 followed,
 * the NEL1 was certified and a remedial action plan drawn up (one action done, one in progress, one due soon,
 * citing a menu activity); this year Ukraine declared a demining company, accepted, whose level 1 self-evaluation
 * is half rated.
 */
@Component
@Order(21)
class DemoCapabilities implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoCapabilities.class);
  private static final Caller STAFF = Callers.demo("IS", Role.STAFF);
  private static final Caller GEORGIA = Callers.demo("GEO", Role.NATIONAL_COORDINATOR);
  private static final Caller UKRAINE = Callers.demo("UKR", Role.NATIONAL_COORDINATOR);

  private final Capabilities capabilities;
  private final Evaluations evaluations;
  private final RemedialActions actions;
  private final MenuSearch menu;
  private final Clock clock;

  DemoCapabilities(Capabilities capabilities, Evaluations evaluations, RemedialActions actions, MenuSearch menu, Clock clock) {
    this.capabilities = capabilities;
    this.evaluations = evaluations;
    this.actions = actions;
    this.menu = menu;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "capabilities_unit";
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    georgia(today);
    ukraine(today);
    log.info("Demo mode: OCC declared units (GEO certified at level 1 with a remedial plan, UKR in its level 1 self-evaluation)");
  }

  private void georgia(LocalDate today) {
    var declared = today.minusYears(2).minusMonths(1);
    var unit = on(declared, () -> as(GEORGIA, () -> capabilities.declare(new Capabilities.NewUnit("GEO",
        BilingualText.of("12th Light Infantry Company, 1st Infantry Brigade", "12e compagnie d’infanterie légère, 1re brigade d’infanterie"),
        "LAND", "INFANTRY", "COMPANY", 164, "BOTH", "Maj. Nino Beridze", "occ.ef@mod.gov.ge.example")).id()));
    on(declared.plusWeeks(3), () -> as(STAFF, () -> capabilities.moveUnit(unit, "ACCEPTED", null)));
    var selOn = declared.plusMonths(8);
    var sel = on(selOn.minusMonths(2), () -> as(GEORGIA, () -> evaluations.open(unit, new Evaluations.NewEvaluation("SEL", selOn, null)).id()));
    on(selOn, () -> {
      as(GEORGIA, () -> evaluations.rate(sel, ratings(false), BilingualText.of(
          "The company meets the interoperability standards apart from secure communications with NATO headquarters.",
          "La compagnie satisfait aux normes d’interopérabilité, sauf pour les communications sécurisées avec les quartiers généraux de l’OTAN.")));
      as(GEORGIA, () -> evaluations.moveEvaluation(sel, "SUBMITTED", null));
    });
    var nelOn = declared.plusMonths(14);
    var nel = on(nelOn.minusMonths(3), () -> as(STAFF, () -> evaluations.open(unit, new Evaluations.NewEvaluation("NEL", nelOn, List.of(
        new Evaluation.TeamMember("Lt Col. Anders Berg (team leader)", "SWE"), new Evaluation.TeamMember("Maj. Piotr Nowak", "POL"),
        new Evaluation.TeamMember("Capt. Aleksandar Petrović", "SRB"), new Evaluation.TeamMember("Lt Col. Jana Horváth (NATO monitoring team)", "SHAPE")))).id()));
    on(nelOn.plusDays(3), () -> {
      as(STAFF, () -> evaluations.rate(nel, ratings(true), BilingualText.of(
          "In-barracks inspection and a two-day field exercise: interoperable at level 1; HF communications and casualty evacuation procedures to improve.",
          "Inspection en caserne et exercice de terrain de deux jours : interopérable au niveau 1 ; communications HF et procédures d’évacuation sanitaire à améliorer.")));
      as(STAFF, () -> evaluations.moveEvaluation(nel, "SUBMITTED", null));
    });
    var certifiedOn = nelOn.plusWeeks(4);
    on(certifiedOn, () -> as(STAFF, () -> evaluations.moveEvaluation(nel, "CERTIFIED", null)));
    var activity = activity();
    var plan = certifiedOn.plusWeeks(2);
    var first = on(plan, () -> as(GEORGIA, () -> actions.addAction(nel, new RemedialActions.NewAction("COMMUNICATIONS",
        BilingualText.of("Train the company’s signallers on NATO HF voice procedures", "Former les transmetteurs de la compagnie aux procédures vocales HF de l’OTAN"),
        "J6, General Staff of the Defence Forces", plan.plusMonths(4), activity)).id()));
    var second = on(plan, () -> as(GEORGIA, () -> actions.addAction(nel, new RemedialActions.NewAction("LOGISTICS_AND_MEDICAL",
        BilingualText.of("Adopt NATO casualty evacuation (9-line MEDEVAC) procedures", "Adopter les procédures OTAN d’évacuation sanitaire (MEDEVAC en 9 lignes)"),
        "Medical Command", today.plusMonths(5), null)).id()));
    on(plan, () -> as(STAFF, () -> actions.addAction(nel, new RemedialActions.NewAction("EQUIPMENT",
        BilingualText.of("Procure NATO-compatible HF radios for the command post", "Acquérir des radios HF compatibles OTAN pour le poste de commandement"),
        "Defence Logistics Agency", today.plusDays(20), null))));
    on(plan.plusMonths(3), () -> as(GEORGIA, () -> actions.moveAction(first, "DONE", "Twelve signallers trained at the NATO School Oberammergau.")));
    on(plan.plusMonths(3), () -> as(GEORGIA, () -> actions.moveAction(second, "IN_PROGRESS", null)));
  }

  private void ukraine(LocalDate today) {
    var declared = today.minusMonths(2);
    var unit = on(declared, () -> as(UKRAINE, () -> capabilities.declare(new Capabilities.NewUnit("UKR",
        BilingualText.of("Engineer demining company", "Compagnie de déminage du génie"), "LAND", "EOD", "COMPANY", 120, "OPERATIONS",
        "Lt Col. Olena Kovalenko", "occ@mil.gov.ua.example")).id()));
    on(declared.plusWeeks(2), () -> as(STAFF, () -> capabilities.moveUnit(unit, "ACCEPTED", null)));
    var sel = on(declared.plusWeeks(3), () -> as(UKRAINE, () -> evaluations.open(unit,
        new Evaluations.NewEvaluation("SEL", today.plusMonths(2), null)).id()));
    on(today, () -> as(UKRAINE, () -> evaluations.rate(sel, List.of(
        new Evaluations.RatingInput("COMMAND_AND_CONTROL", "INTEROPERABLE", null),
        new Evaluations.RatingInput("TRAINING", "INTEROPERABLE", null),
        new Evaluations.RatingInput("COMMUNICATIONS", "PARTIALLY_INTEROPERABLE", BilingualText.of(
            "Secure radios not yet compatible with NATO networks.", "Radios sécurisées pas encore compatibles avec les réseaux de l’OTAN."))), null)));
  }

  /** Every area rated; the NATO evaluation stricter than the self-evaluation on logistics and medical support. */
  private static List<Evaluations.RatingInput> ratings(boolean nato) {
    var ratings = new ArrayList<Evaluations.RatingInput>();
    for (var area : Area.values()) {
      switch (area) {
        case COMMUNICATIONS -> ratings.add(new Evaluations.RatingInput(area.name(), "PARTIALLY_INTEROPERABLE", BilingualText.of(
            "HF voice procedures not mastered; no secure link to the NATO headquarters.",
            "Procédures vocales HF mal maîtrisées ; pas de liaison sécurisée avec le quartier général de l’OTAN.")));
        case LOGISTICS_AND_MEDICAL -> ratings.add(nato
            ? new Evaluations.RatingInput(area.name(), "PARTIALLY_INTEROPERABLE", BilingualText.of(
                "Casualty evacuation requests do not follow the NATO 9-line format.",
                "Les demandes d’évacuation sanitaire ne suivent pas le format OTAN en 9 lignes."))
            : new Evaluations.RatingInput(area.name(), "INTEROPERABLE", null));
        case FORCE_PROTECTION -> ratings.add(new Evaluations.RatingInput(area.name(), nato ? "INTEROPERABLE" : "NOT_EVALUATED", null));
        default -> ratings.add(new Evaluations.RatingInput(area.name(), "INTEROPERABLE", null));
      }
    }
    return ratings;
  }

  /** A published menu activity on interoperability or communications, if the demo menu has one. */
  private @Nullable String activity() {
    for (var q : List.of("interoperability", "communications", "NATO")) {
      var hits = Callers.callAs(STAFF, () -> menu.activities(new MenuSearch.Query(q, null, null, null, null, null, null, null, null, null, null, null, 0, 20)))
          .items();
      var found = hits.stream().map(MenuSearch.Hit::activity).filter(a -> a.status() == ActivityStatus.PUBLISHED).findFirst();
      if (found.isPresent()) return found.get().code();
    }
    return null;
  }

  private static <T> T as(Caller caller, Supplier<T> work) {
    return Callers.callAs(caller, work);
  }

  private static <T> T on(LocalDate day, Supplier<T> work) {
    var fixed = Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return ScopedValue.where(Capabilities.REPLAY, fixed).call(work::get);
  }

  private static void on(LocalDate day, Runnable work) {
    on(day, () -> {
      work.run();
      return null;
    });
  }
}
