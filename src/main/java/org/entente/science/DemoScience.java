package org.entente.science;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.council.CouncilRegister;
import org.entente.database.DemoData;
import org.entente.identity.User;
import org.entente.identity.UserAccounts;
import org.entente.languages.BilingualText;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, made as the demo accounts through the service: an open call with one application by Georgia's
 * participant; a closed call with four applications — three reviewed by the panel (Japan's, Switzerland's and
 * Qatar's participants, appointed by staff) and ranked, one of them approved by the Council (four eyes) and awarded
 * and in progress (monitored by Japan's participant), one awarded, one before the nations — and one screened out; of
 * the other eight, a multi-year project approved and in its planning grant. Titles are illustrative.
 */
@Component
@Order(30)
class DemoScience implements DemoData {

  private final Science science;
  private final ScienceCalls scienceCalls;
  private final ScienceSubmissions submissions;
  private final SciencePanel panel;
  private final ScienceReviews reviewing;
  private final ScienceGrants grants;
  private final ScienceMonitoring monitoring;
  private final CouncilRegister council;
  private final UserAccounts accounts;
  private final Clock clock;

  DemoScience(Science science, ScienceCalls scienceCalls, ScienceSubmissions submissions, SciencePanel panel, ScienceReviews reviewing,
      ScienceGrants grants, ScienceMonitoring monitoring, CouncilRegister council, UserAccounts accounts, Clock clock) {
    this.monitoring = monitoring;
    this.grants = grants;
    this.science = science;
    this.scienceCalls = scienceCalls;
    this.submissions = submissions;
    this.panel = panel;
    this.reviewing = reviewing;
    this.council = council;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "science_call";
  }

  private static Caller as(UUID id, String organisation, Role role) {
    var username = organisation.toLowerCase() + "." + role.name().toLowerCase().replace('_', '-');
    return new Caller(id, username, List.of(new Caller.Grant(organisation, role)));
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var staffName = "is.staff";
    var provisional = as(UUID.nameUUIDFromBytes(staffName.getBytes()), "IS", Role.STAFF);
    Map<String, UUID> ids = new HashMap<>();
    for (User u : Callers.callAs(provisional, () -> accounts.visible(null))) ids.put(u.username(), u.id());
    var staff = as(ids.getOrDefault(staffName, provisional.userId()), "IS", Role.STAFF);
    var geo = as(ids.getOrDefault("geo.participant", UUID.nameUUIDFromBytes("geo.participant".getBytes())), "GEO", Role.PARTICIPANT);

    var open = Callers.callAs(staff, () -> scienceCalls.createCall(new ScienceCalls.NewCall(
        BilingualText.of("SPS call for proposals: cyber defence and energy security", "Appel SPS : cyberdéfense et sécurité énergétique"),
        List.of("CYBER_DEFENCE", "ENERGY_SECURITY", "ADVANCED_TECHNOLOGY"), List.of("MYP", "ARW", "ASI", "ATC"), today.plusMonths(3),
        today.plusMonths(5), today.plusMonths(5).plusDays(2))));
    Callers.callAs(staff, () -> scienceCalls.publish(open.id()));
    Callers.callAs(geo, () -> submissions.submit(application(open.id(), "MYP", "Resilient power grid monitoring for the Caucasus",
        "Surveillance résiliente des réseaux électriques du Caucase", "ENERGY_SECURITY", "NLD", "Dr Femke Janssen", "f.janssen@demo.entente.example",
        "GEO", "Dr Nino Beridze", "n.beridze@demo.entente.example", "180000", "30000", "20000", "30000", "10000")));

    var closed = Callers.callAs(staff, () -> scienceCalls.createCall(new ScienceCalls.NewCall(
        BilingualText.of("SPS call for proposals: border security and CBRN defence", "Appel SPS : sécurité des frontières et défense CBRN"),
        List.of("BORDER_SECURITY", "CBRN_DEFENCE", "MINE_ACTION"), List.of("MYP", "ARW", "ATC"), today, today.plusDays(1), today.plusDays(3))));
    Callers.callAs(staff, () -> scienceCalls.publish(closed.id()));
    var a = Callers.callAs(geo, () -> submissions.submit(application(closed.id(), "ARW", "Low-cost radiation sensors for Black Sea ports",
        "Capteurs de rayonnement bon marché pour les ports de la mer Noire", "BORDER_SECURITY", "NLD", "Dr Pieter de Vries",
        "p.devries@demo.entente.example", "GEO", "Dr Levan Kapanadze", "l.kapanadze@demo.entente.example", "150000", "25000", "15000", "30000", "5000")));
    var b = Callers.callAs(geo, () -> submissions.submit(application(closed.id(), "ARW", "Detecting improvised explosive devices with drones",
        "Détection d’engins explosifs improvisés par drones", "MINE_ACTION", "ESP", "Dr Lucía Ortega", "l.ortega@demo.entente.example",
        "JOR", "Dr Omar Haddad", "o.haddad@demo.entente.example", "20000", "35000", "10000", "0", "5000")));
    var c = Callers.callAs(geo, () -> submissions.submit(application(closed.id(), "ATC", "Training first responders to chemical incidents",
        "Formation des primo-intervenants aux incidents chimiques", "CBRN_DEFENCE", "DEU", "Dr Anna Weber", "a.weber@demo.entente.example",
        "UKR", "Dr Olena Kovalenko", "o.kovalenko@demo.entente.example", "10000", "40000", "30000", "5000", "5000")));
    var d = Callers.callAs(geo, () -> submissions.submit(application(closed.id(), "MYP", "A history of the Silk Road",
        "Une histoire de la route de la soie", "BORDER_SECURITY", "NLD", "Dr Sanne Bakker", "s.bakker@demo.entente.example",
        "MAR", "Dr Youssef Alaoui", "y.alaoui@demo.entente.example", "50000", "10000", "0", "0", "0")));
    // eight more, so that the closed call is ranked among a dozen applications as in a real round
    String[][] more = {
        {"MYP", "Mapping minefields with satellite radar", "Cartographie des champs de mines par radar satellitaire", "MINE_ACTION", "FRA", "UKR"},
        {"MYP", "Portable detectors for chemical warfare agents", "Détecteurs portables d’agents chimiques de guerre", "CBRN_DEFENCE", "ITA", "GEO"},
        {"ARW", "Border surveillance with low-power sensor networks", "Surveillance des frontières par réseaux de capteurs sobres", "BORDER_SECURITY", "POL", "MDA"},
        {"ATC", "Decontaminating water after a chemical spill", "Décontaminer l’eau après un déversement chimique", "CBRN_DEFENCE", "NOR", "JOR"},
        {"ATC", "Training deminers in explosive ordnance disposal", "Former les démineurs à la neutralisation des explosifs", "MINE_ACTION", "BEL", "BIH"},
        {"MYP", "Detecting smuggled radioactive material at crossings", "Détecter les matières radioactives de contrebande aux frontières", "BORDER_SECURITY", "CAN", "ARM"},
        {"ARW", "Early warning of biological threats in ports", "Alerte précoce aux menaces biologiques dans les ports", "CBRN_DEFENCE", "CZE", "TUN"},
        {"MYP", "Humanitarian demining with ground robots", "Déminage humanitaire par robots terrestres", "MINE_ACTION", "PRT", "AZE"}};
    var others = new java.util.ArrayList<Application>();
    for (int i = 0; i < more.length; i++) {
      var m = more[i];
      var k = i;
      others.add(Callers.callAs(geo, () -> submissions.submit(application(closed.id(), m[0], m[1], m[2], m[3],
          m[4], "Dr Ally Director " + (k + 1), "ally" + (k + 1) + "@demo.entente.example",
          m[5], "Dr Partner Director " + (k + 1), "partner" + (k + 1) + "@demo.entente.example", "60000", "20000", "15000", "10000", "5000"))));
    }
    Callers.callAs(staff, () -> scienceCalls.close(closed.id()));

    var reviewers = List.of(as(ids.getOrDefault("jpn.participant", UUID.nameUUIDFromBytes("jpn".getBytes())), "JPN", Role.PARTICIPANT),
        as(ids.getOrDefault("che.participant", UUID.nameUUIDFromBytes("che".getBytes())), "CHE", Role.PARTICIPANT),
        as(ids.getOrDefault("qat.participant", UUID.nameUUIDFromBytes("qat".getBytes())), "QAT", Role.PARTICIPANT));
    for (var r : reviewers) {
      var nation = r.grants().get(0).organisation();
      Callers.callAs(staff, () -> panel.nominate(r.userId(), nation));
      Callers.callAs(staff, () -> panel.appoint(r.userId()));
    }
    Callers.callAs(staff, () -> science.transition(d.id(), "INELIGIBLE", "Serves none of the call’s key priorities.", null));
    int[][][] scores = {
        {{5, 5, 4, 4}, {4, 5, 4, 3}, {5, 4, 5, 4}},
        {{4, 4, 3, 4}, {2, 3, 3, 3}, {4, 3, 4, 5}},
        {{3, 4, 4, 3}, {3, 3, 4, 4}, {4, 4, 3, 3}}};
    var reviewed = new java.util.ArrayList<>(List.of(a, b, c));
    reviewed.addAll(others);
    for (int i = 0; i < reviewed.size(); i++) {
      var id = reviewed.get(i).id();
      var row = i;
      Callers.callAs(staff, () -> science.transition(id, "ELIGIBLE", "Serves the call’s key priorities; co-directors checked.", null));
      Callers.callAs(staff, () -> science.transition(id, "PANEL_REVIEW", null, null));
      for (int j = 0; j < reviewers.size(); j++) {
        var r = reviewers.get(j);
        var col = j;
        // the first three as written; the others spread over the scale, one reviewer a point apart from the rest
        var s = row < scores.length ? scores[row][col]
            : new int[] {3 + (row + col) % 3, 3 + (2 * row + col) % 3, 2 + (row + 2 * col) % 4, 3 + (row + 3 * col) % 3};
        var comment = "Review " + (j + 1) + ": method and partner capacity assessed; see the scores.";
        Callers.callAs(staff, () -> reviewing.assign(id, r.userId()));
        Callers.callAs(r, () -> reviewing.score(id, new ScienceReviews.Scores(s[0], s[1], s[2], s[3], comment)));
      }
      Callers.callAs(staff, () -> science.transition(id, "RANKED", null, null));
    }
    var proposer = as(ids.getOrDefault("nac.council-secretariat", UUID.nameUUIDFromBytes("nac".getBytes())), "NAC", Role.COUNCIL_SECRETARIAT);
    var confirmer = as(ids.getOrDefault("is.council-secretariat", UUID.nameUUIDFromBytes("is-sec".getBytes())), "IS", Role.COUNCIL_SECRETARIAT);
    int n = 0;
    for (var app : List.of(a, b)) {
      n++;
      var reference = "PO(" + today.getYear() + ")SPS-" + n;
      var proposal = Callers.callAs(proposer, () -> council.propose(new CouncilRegister.Proposal(reference, today, "SCIENCE", app.id().toString(),
          List.of(), "APPROVED", BilingualText.of("The Council approves SPS grant " + app.code() + ".",
              "Le Conseil approuve la subvention SPS " + app.code() + "."))));
      Callers.callAs(confirmer, () -> council.confirm(proposal.id()));
      var amount = app.budget().total().subtract(new BigDecimal("5000.00"));
      Callers.callAs(staff, () -> science.transition(app.id(), "AWARDED", null, amount));
    }
    Callers.callAs(staff, () -> science.transition(a.id(), "IN_PROGRESS", null, null));
    // a multi-year project approved by the nations in its planning grant (a smaller award first, before the full plan)
    var myp = others.get(1);
    var mypReference = "PO(" + today.getYear() + ")SPS-3";
    var mypProposal = Callers.callAs(proposer, () -> council.propose(new CouncilRegister.Proposal(mypReference, today, "SCIENCE",
        myp.id().toString(), List.of(), "APPROVED", BilingualText.of("The Council approves SPS multi-year project " + myp.code() + ".",
            "Le Conseil approuve le projet pluriannuel SPS " + myp.code() + "."))));
    Callers.callAs(confirmer, () -> council.confirm(mypProposal.id()));
    Callers.callAs(staff, () -> science.transition(myp.id(), "PLANNING_GRANT", null, new BigDecimal("25000.00")));
    // the panel member who monitors the project in progress (Japan's participant: neither co-director's nation)
    Callers.callAs(staff, () -> monitoring.appoint(a.id(), reviewers.get(0).userId()));
    // grant follow-up: staff's review summary; the award in three instalments (one paid, one released, one due today);
    // spending reported with the progress report, travel more than 10 % over its budget (flagged for staff)
    Callers.callAs(staff, () -> grants.releaseSummary(a.id(), BilingualText.of(
        "The panel found the method sound and the partner’s training plan strong; it asks for a data-sharing plan by the mid-term report.",
        "Le comité juge la méthode solide et le plan de formation du partenaire ambitieux ; il demande un plan de partage des données pour le rapport à mi-parcours.")));
    var first = Callers.callAs(staff, () -> grants.planInstalment(a.id(), new ScienceGrants.NewInstalment(new BigDecimal("88000.00"),
        "Kick-off meeting in Tbilisi", today.minusMonths(2))));
    var second = Callers.callAs(staff, () -> grants.planInstalment(a.id(), new ScienceGrants.NewInstalment(new BigDecimal("66000.00"),
        "Mid-term report accepted", null)));
    Callers.callAs(staff, () -> grants.planInstalment(a.id(), new ScienceGrants.NewInstalment(new BigDecimal("66000.00"),
        "Sensors installed in Poti", today)));
    Callers.callAs(staff, () -> grants.moveInstalment(a.id(), first.id(), "RELEASED"));
    Callers.callAs(staff, () -> grants.moveInstalment(a.id(), first.id(), "PAID"));
    Callers.callAs(staff, () -> grants.moveInstalment(a.id(), second.id(), "RELEASED"));
    Callers.callAs(staff, () -> grants.report(a.id(), "Monitoring visit: six sensors installed in Batumi and Poti; two young scientists trained.",
        Map.of("EQUIPMENT", new BigDecimal("90000.00"), "TRAVEL", new BigDecimal("28500.00"), "TRAINING", new BigDecimal("6000.00"))));
  }

  private static ScienceSubmissions.NewApplication application(UUID call, String mechanism, String titleEn, String titleFr, String priority,
      String allyNation, String allyName, String allyEmail, String partnerNation, String partnerName, String partnerEmail,
      String equipment, String travel, String training, String stipends, String other) {
    return new ScienceSubmissions.NewApplication(call, mechanism, BilingualText.of(titleEn, titleFr),
        BilingualText.of("Abstract: " + titleEn + ".", "Résumé : " + titleFr + "."), List.of(priority),
        new ScienceSubmissions.CoDirectorInput(allyNation, allyName, allyEmail), new ScienceSubmissions.CoDirectorInput(partnerNation, partnerName, partnerEmail),
        Map.of("EQUIPMENT", new BigDecimal(equipment), "TRAVEL", new BigDecimal(travel), "TRAINING", new BigDecimal(training),
            "STIPENDS", new BigDecimal(stipends), "OTHER", new BigDecimal(other)));
  }
}
