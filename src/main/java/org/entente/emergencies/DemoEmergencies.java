package org.entente.emergencies;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.database.DemoData;
import org.entente.emergencies.AssistanceRequests.ContactForm;
import org.entente.emergencies.AssistanceRequests.NeedForm;
import org.entente.emergencies.AssistanceRequests.PlaceForm;
import org.entente.emergencies.AssistanceRequests.RequestForm;
import org.entente.emergencies.Emergencies.Move;
import org.entente.emergencies.Offers.OfferForm;
import org.entente.languages.BilingualText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, disaster response as the demo accounts do it through the service: an open incident (floods in
 * western Georgia, a partner) with offers in every state and two situation reports; a closed one (forest fires in
 * Jordan); and the annual field exercise (a simulated earthquake in Switzerland), kept apart from real incidents.
 * The places are real, the incidents invented.
 */
@Component
@Order(4)
class DemoEmergencies implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoEmergencies.class);

  private final AssistanceRequests requests;
  private final Offers offers;
  private final CapabilityRegister register;
  private final SituationReports reports;
  private final Clock clock;

  DemoEmergencies(AssistanceRequests requests, Offers offers, SituationReports reports, CapabilityRegister register, Clock clock) {
    this.requests = requests;
    this.offers = offers;
    this.reports = reports;
    this.register = register;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "emergencies_incident";
  }

  static Caller coordinator(String nation) {
    var username = nation.toLowerCase() + ".national-coordinator";
    return new Caller(UUID.nameUUIDFromBytes(username.getBytes()), username, List.of(new Caller.Grant(nation, Role.NATIONAL_COORDINATOR)));
  }

  static Caller centre() {
    var username = "eadrcc.emergency-duty-officer";
    return new Caller(UUID.nameUUIDFromBytes(username.getBytes()), username,
        List.of(new Caller.Grant("EADRCC", Role.EMERGENCY_DUTY_OFFICER)));
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    capabilities(today);
    floods(today);
    fires(today);
    exercise(today);
    log.info("Demo mode: three disaster response incidents (open, closed, exercise)");
  }

  private <T> T as(Caller caller, java.util.function.Supplier<T> work) {
    var result = new Object[1];
    Callers.runAs(caller, () -> result[0] = work.get());
    @SuppressWarnings("unchecked")
    var typed = (T) result[0];
    return typed;
  }

  /** The EADRU register: teams of Allies and partners (one not confirmed for over a year), as their coordinators keep them. */
  private void capabilities(LocalDate today) {
    record Entry(String nation, String kind, String name, int size, int hours, int days, String contact, LocalDate confirmed) {}
    var entries = List.of(
        new Entry("NLD", "URBAN_SEARCH_AND_RESCUE", "USAR.NL heavy team", 62, 12, 10, "National Crisis Centre, +31 70 000 0000", today.minusMonths(2)),
        new Entry("NLD", "WATER_PURIFICATION", "Dutch water purification module", 12, 24, 14, "National Crisis Centre, +31 70 000 0000", today.minusMonths(5)),
        new Entry("CHE", "FLOOD_RESCUE", "Swiss Rescue boat teams", 24, 8, 7, "Swiss Humanitarian Aid, +41 58 000 0000", today.minusMonths(1)),
        new Entry("CHE", "URBAN_SEARCH_AND_RESCUE", "Swiss Rescue", 80, 10, 10, "Swiss Humanitarian Aid, +41 58 000 0000", today.minusMonths(18)),
        new Entry("JOR", "MEDICAL_TEAM", "Jordanian field hospital", 45, 48, 14, "Civil Defence operations room, +962 6 000 0000", today.minusMonths(3)),
        new Entry("JPN", "SHELTER", "Family tents from national stocks", 6, 72, 0, "Disaster relief team office, +81 3 0000 0000", today.minusMonths(7)),
        new Entry("GEO", "AERIAL_FIREFIGHTING", "Two fire-fighting helicopters", 14, 24, 5, "Emergency Management Service, +995 32 200 0000", today.minusMonths(4)));
    for (var e : entries) {
      as(coordinator(e.nation()), () -> register.register(new CapabilityRegister.CapabilityForm(null, e.kind(), e.name(), e.size(), e.hours(),
          e.days(), e.contact(), e.confirmed())));
    }
  }

  private static NeedForm need(String item, String category, int quantity, String unit, String priority, LocalDate by) {
    return new NeedForm(item, category, quantity, unit, priority, by);
  }

  private static OfferForm offer(int line, int quantity, String mode, LocalDate arrival, String conditions) {
    return new OfferForm(null, line, null, null, null, quantity, mode, arrival, conditions);
  }

  private void floods(LocalDate today) {
    var geo = coordinator("GEO");
    var centre = centre();
    var incident = as(geo, () -> requests.file(new RequestForm(null, false, "FLOOD",
        BilingualText.of("Floods in Imereti and Samegrelo", "Inondations en Iméréthie et en Mingrélie"),
        BilingualText.of("After four days of torrential rain the Rioni and Tskhenistskali rivers burst their banks. "
                + "About 4,000 people are evacuated; roads and bridges are cut; drinking water is contaminated in 23 villages.",
            "Après quatre jours de pluies torrentielles, le Rioni et la Tskhenistskali sont sortis de leur lit. "
                + "Quelque 4 000 personnes sont évacuées ; routes et ponts sont coupés ; l’eau potable est contaminée dans 23 villages."),
        List.of(new PlaceForm("Kutaisi", new BigDecimal("42.2679"), new BigDecimal("42.6946")),
            new PlaceForm("Samtredia", new BigDecimal("42.1540"), new BigDecimal("42.3400")),
            new PlaceForm("Senaki", new BigDecimal("42.2700"), new BigDecimal("42.0679"))),
        List.of(need("Family tents", "SHELTER", 400, "tents", "HIGH", today.plusDays(3)),
            need("Water purification units", "WATER_SANITATION", 12, "units", "HIGH", today.plusDays(2)),
            need("High-capacity water pumps", "OTHER", 30, "pumps", "MEDIUM", today.plusDays(5)),
            need("Blankets", "SHELTER", 5000, "blankets", "MEDIUM", today.plusDays(7)),
            need("Boats with crews for evacuation", "SEARCH_AND_RESCUE", 6, "teams", "HIGH", today.plusDays(1))),
        List.of(new ContactForm("Emergency Management Service", "24/7 operations room", "ems.operations@example.ge", "+995 32 200 0000"),
            new ContactForm("Ministry of Internal Affairs", "liaison officer", null, "+995 32 241 0000")))));
    var id = incident.id();
    as(geo, () -> requests.move(id, new Move("SUBMITTED", null)));
    as(centre, () -> requests.move(id, new Move("DISSEMINATED", null)));
    // offers in every state
    var nld = coordinator("NLD");
    var arrived = as(nld, () -> offers.offer(id, offer(2, 4, "AIR", today.plusDays(1), "Operated by a Dutch water team for three weeks")));
    var partly = as(nld, () -> offers.offer(id, offer(1, 250, "AIR", today.plusDays(2), "Airlift from Eindhoven")));
    var jpn = coordinator("JPN");
    var dispatched = as(jpn, () -> offers.offer(id, offer(3, 10, "SEA", today.plusDays(6), "Via the port of Poti")));
    var che = coordinator("CHE");
    var withdrawn = as(che, () -> offers.offer(id, offer(5, 2, "ROAD", today.plusDays(2), "Swiss Rescue boat teams")));
    var qat = coordinator("QAT");
    var declined = as(qat, () -> offers.offer(id, new OfferForm(null, null, "Canned food", "FOOD", "tonnes", 20, "AIR",
        today.plusDays(2), "Cargo flight from Doha")));
    var jor = coordinator("JOR");
    as(jor, () -> offers.offer(id, offer(4, 2000, "AIR", today.plusDays(3), "Blankets from national stocks")));
    as(geo, () -> offers.moveOffer(id, arrived.id(), new Move("ACCEPTED", null)));
    as(geo, () -> offers.moveOffer(id, partly.id(), new Move("ACCEPTED", 200)));
    as(geo, () -> offers.moveOffer(id, dispatched.id(), new Move("ACCEPTED", null)));
    as(geo, () -> offers.moveOffer(id, declined.id(), new Move("DECLINED", null)));
    as(che, () -> offers.moveOffer(id, withdrawn.id(), new Move("WITHDRAWN", null)));
    as(nld, () -> offers.moveOffer(id, arrived.id(), new Move("DISPATCHED", null)));
    as(nld, () -> offers.moveOffer(id, arrived.id(), new Move("ARRIVED", null)));
    as(jpn, () -> offers.moveOffer(id, dispatched.id(), new Move("DISPATCHED", null)));
    as(centre, () -> requests.move(id, new Move("COORDINATING", null)));
    as(centre, () -> reports.report(id, new SituationReports.SitrepForm(BilingualText.of(
        "Request disseminated to all Allies and partners. Water levels still rising at Samtredia; evacuation continues.",
        "Demande diffusée à tous les Alliés et partenaires. Les eaux montent encore à Samtredia ; l’évacuation se poursuit."))));
    as(centre, () -> reports.report(id, new SituationReports.SitrepForm(BilingualText.of(
        "Dutch water purification team operating in Kutaisi. 200 tents accepted; 200 still lacking. Boats remain the first gap.",
        "L’équipe néerlandaise de purification de l’eau opère à Koutaïssi. 200 tentes acceptées ; il en manque 200. Les bateaux restent le premier manque."))));
  }

  private void fires(LocalDate today) {
    var jor = coordinator("JOR");
    var centre = centre();
    var id = as(jor, () -> requests.file(new RequestForm(null, false, "WILDFIRE",
        BilingualText.of("Forest fires in the Ajloun hills", "Feux de forêt dans les collines d’Ajloun"),
        BilingualText.of("Forest fires driven by strong winds threaten villages north of Ajloun.",
            "Des feux de forêt attisés par des vents forts menacent des villages au nord d’Ajloun."),
        List.of(new PlaceForm("Ajloun", new BigDecimal("32.3326"), new BigDecimal("35.7517"))),
        List.of(need("Fire-fighting aircraft", "AERIAL_FIREFIGHTING", 2, "aircraft", "HIGH", today.minusDays(40)),
            need("Fire-fighting foam", "OTHER", 20, "tonnes", "MEDIUM", today.minusDays(38))),
        List.of(new ContactForm("Civil Defence Directorate", "operations", null, "+962 6 000 0000"))))).id();
    as(jor, () -> requests.move(id, new Move("SUBMITTED", null)));
    as(centre, () -> requests.move(id, new Move("DISSEMINATED", null)));
    var nld = coordinator("NLD");
    var che = coordinator("CHE");
    var planes = as(nld, () -> offers.offer(id, offer(1, 2, "AIR", today.minusDays(41), "Two aircraft for ten days")));
    var foam = as(che, () -> offers.offer(id, offer(2, 20, "ROAD", today.minusDays(39), "")));
    as(jor, () -> offers.moveOffer(id, planes.id(), new Move("ACCEPTED", null)));
    as(jor, () -> offers.moveOffer(id, foam.id(), new Move("ACCEPTED", null)));
    for (var o : List.of(planes, foam)) {
      var donor = o == planes ? nld : che;
      as(donor, () -> offers.moveOffer(id, o.id(), new Move("DISPATCHED", null)));
      as(donor, () -> offers.moveOffer(id, o.id(), new Move("ARRIVED", null)));
    }
    as(centre, () -> reports.report(id, new SituationReports.SitrepForm(BilingualText.of(
        "The fires are under control; all assistance has arrived. The centre thanks the nations that helped.",
        "Les feux sont maîtrisés ; toute l’assistance est arrivée. Le centre remercie les nations qui ont aidé."))));
    as(centre, () -> requests.move(id, new Move("CLOSING", null)));
    as(centre, () -> requests.move(id, new Move("CLOSED", null)));
  }

  private void exercise(LocalDate today) {
    var che = coordinator("CHE");
    var centre = centre();
    var id = as(che, () -> requests.file(new RequestForm(null, true, "EARTHQUAKE",
        BilingualText.of("Field exercise: simulated earthquake in the Valais", "Exercice sur le terrain : séisme simulé en Valais"),
        BilingualText.of("The centre’s annual field exercise. Nothing here is real.", "L’exercice annuel du centre sur le terrain. Rien n’est réel ici."),
        List.of(new PlaceForm("Sion", new BigDecimal("46.2331"), new BigDecimal("7.3606"))),
        List.of(need("Urban search and rescue teams", "SEARCH_AND_RESCUE", 3, "teams", "HIGH", today.plusDays(30)),
            need("Field hospital", "MEDICAL", 1, "hospital", "HIGH", today.plusDays(31))),
        List.of(new ContactForm("Exercise control", "EXCON", null, null))))).id();
    as(che, () -> requests.move(id, new Move("SUBMITTED", null)));
    as(centre, () -> requests.move(id, new Move("DISSEMINATED", null)));
    var nld = coordinator("NLD");
    as(nld, () -> offers.offer(id, offer(1, 1, "AIR", today.plusDays(29), "USAR Netherlands (exercise)")));
  }
}
