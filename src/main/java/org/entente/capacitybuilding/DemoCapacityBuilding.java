package org.entente.capacitybuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.council.CouncilRegister;
import org.entente.database.DemoData;
import org.entente.languages.BilingualText;
import org.entente.trustfunds.TrustFunds;
import org.entente.web.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, packages at different stages, made as people make them: the demo coordinators ask, staff assess
 * and draft, two members of the secretariat approve through the Council's register. Georgia's package is being
 * implemented after its first biennial review; Jordan's is before the Council, funded by a trust fund when the
 * demo has one for Jordan; Moldova's request waits for staff.
 */
@Component
@Order(11) // after the demo trust funds
class DemoCapacityBuilding implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoCapacityBuilding.class);

  private final CapacityBuilding packages;
  private final CouncilRegister council;
  private final TrustFunds trustFunds;
  private final Clock clock;

  DemoCapacityBuilding(CapacityBuilding packages, CouncilRegister council, TrustFunds trustFunds, Clock clock) {
    this.packages = packages;
    this.council = council;
    this.trustFunds = trustFunds;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "capacitybuilding_package";
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var staff = Callers.demo("IS", Role.STAFF);

    var georgia = request("GEO", "Substantial NATO-Georgia Package", "Paquet substantiel OTAN-Géorgie",
        "Help to build the defence institutions and the interoperability of the Georgian Defence Forces.",
        "Aider à bâtir les institutions de défense et l’interopérabilité des forces de défense géorgiennes.");
    draft(georgia, "Georgia needs strategic advice, training for its logistics and a centre for joint training and evaluation.",
        "La Géorgie a besoin de conseil stratégique, de formation logistique et d’un centre d’entraînement et d’évaluation interarmées.");
    var training = area(georgia, "Joint training and evaluation", "Entraînement et évaluation interarmées",
        List.of(BilingualText.of("The Joint Training and Evaluation Centre at Krtsanisi", "Le centre d’entraînement et d’évaluation interarmées de Krtsanisi")));
    area(georgia, "Defence logistics", "Logistique de défense",
        List.of(BilingualText.of("A logistics school", "Une école de logistique"), BilingualText.of("Codification of equipment", "La codification des équipements")));
    area(georgia, "Cyber defence", "Cyberdéfense", List.of(BilingualText.of("A cyber incident response team", "Une équipe de réponse aux incidents cyber")));
    expert(georgia, "DEU", "ADVISER", "Col. Anna Weber", training);
    expert(georgia, "USA", "TRAINER", "Maj. David Miller", training);
    expert(georgia, "EST", "ADVISER", "Lt Col. Kadri Tamm", null);
    Callers.callAs(staff, () -> packages.fund(georgia, new CapacityBuilding.Funding(null, "National contributions of the contributing nations")));
    Callers.callAs(staff, () -> packages.transition(georgia, "DRAFTED", null));
    approve(georgia, today.minusYears(2).minusMonths(1), "The Council approves the Substantial NATO-Georgia Package.",
        "Le Conseil approuve le paquet substantiel OTAN-Géorgie.");
    Callers.callAs(staff, () -> packages.transition(georgia, "IMPLEMENTING", null));
    Callers.callAs(staff, () -> packages.transition(georgia, "UNDER_REVIEW", null));
    var areas = Callers.callAs(staff, () -> packages.get(georgia)).areas();
    var percents = List.of(80, 55, 30);
    var progress = new java.util.ArrayList<CapacityBuilding.NewProgress>();
    for (int i = 0; i < areas.size(); i++) progress.add(new CapacityBuilding.NewProgress(areas.get(i).id(), percents.get(i), null));
    Callers.callAs(staff, () -> packages.review(georgia, new CapacityBuilding.NewReview(today.minusMonths(1), BilingualText.of(
        "The training centre runs exercises; logistics and cyber defence need more trainers.",
        "Le centre d’entraînement organise des exercices ; la logistique et la cyberdéfense ont besoin de plus de formateurs."), progress)));

    var jordan = request("JOR", "Defence Capacity Building for Jordan", "Renforcement des capacités de défense de la Jordanie",
        "Support to cyber defence, counter-IED and military exercises.",
        "Un soutien à la cyberdéfense, à la lutte contre les engins explosifs improvisés et aux exercices militaires.");
    draft(jordan, "The Jordanian Armed Forces ask for help in information protection, counter-IED and civil-military planning.",
        "Les forces armées jordaniennes demandent de l’aide pour la protection de l’information, la lutte contre les engins explosifs improvisés et la planification civilo-militaire.");
    area(jordan, "Information protection and cyber defence", "Protection de l’information et cyberdéfense",
        List.of(BilingualText.of("A secure network for the General Command", "Un réseau sécurisé pour le commandement général")));
    area(jordan, "Counter-IED", "Lutte contre les engins explosifs improvisés",
        List.of(BilingualText.of("Training of trainers", "La formation de formateurs")));
    expert(jordan, "ITA", "TRAINER", "Cap. Marco Rossi", null);
    UUID fund = Callers.callAs(staff, () -> trustFunds.list("JOR", null, new Paging(0, 1)).items().stream().map(f -> f.id()).findFirst().orElse(null));
    Callers.callAs(staff, () -> packages.fund(jordan, new CapacityBuilding.Funding(fund, fund == null ? "Partnership Trust Fund for Jordan" : null)));
    Callers.callAs(staff, () -> packages.transition(jordan, "DRAFTED", null));
    Callers.callAs(staff, () -> packages.transition(jordan, "BEFORE_COUNCIL", null));

    request("MDA", "Defence Capacity Building for the Republic of Moldova", "Renforcement des capacités de défense de la République de Moldova",
        "Advice on defence strategy and training of the National Army’s non-commissioned officers.",
        "Des conseils sur la stratégie de défense et la formation des sous-officiers de l’Armée nationale.");
    log.info("Demo mode: capacity building packages (GEO implementing and reviewed, JOR before the Council, MDA requested)");
  }

  private UUID request(String nation, String en, String fr, String requestEn, String requestFr) {
    return Callers.callAs(Callers.demo(nation, Role.NATIONAL_COORDINATOR), () -> packages.request(new CapacityBuilding.Request(nation, BilingualText.of(en, fr),
        BilingualText.of(requestEn, requestFr))).id());
  }

  private void draft(UUID id, String en, String fr) {
    var staff = Callers.demo("IS", Role.STAFF);
    Callers.callAs(staff, () -> packages.transition(id, "ASSESSING", null));
    Callers.callAs(staff, () -> packages.assess(id, BilingualText.of(en, fr)));
  }

  private UUID area(UUID id, String en, String fr, List<BilingualText> projects) {
    var p = Callers.callAs(Callers.demo("IS", Role.STAFF), () -> packages.addArea(id, new CapacityBuilding.NewArea(BilingualText.of(en, fr), projects)));
    return p.areas().getLast().id();
  }

  private void expert(UUID id, String nation, String kind, String name, @org.jspecify.annotations.Nullable UUID area) {
    Callers.callAs(Callers.demo("IS", Role.STAFF), () -> packages.addExpert(id, new CapacityBuilding.NewExpert(nation, kind, name, area)));
  }

  private void approve(UUID id, LocalDate on, String en, String fr) {
    Callers.callAs(Callers.demo("IS", Role.STAFF), () -> packages.transition(id, "BEFORE_COUNCIL", null));
    var reference = "PO(" + on.getYear() + ")DCB-" + id.toString().substring(0, 6).toUpperCase();
    var decision = Callers.callAs(Callers.demo("NAC", Role.COUNCIL_SECRETARIAT), () -> council.propose(new CouncilRegister.Proposal(reference, on,
        "CAPACITY_BUILDING", id.toString(), List.of(), "APPROVED", BilingualText.of(en, fr))).id());
    Callers.runAs(Callers.demo("IS", Role.COUNCIL_SECRETARIAT), () -> council.confirm(decision));
  }
}
