package org.entente.prioritisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.catalogue.Catalogue;
import org.entente.catalogue.MenuSearch;
import org.entente.database.DemoData;
import org.entente.languages.BilingualText;
import org.entente.registration.ParticipantRegister;
import org.entente.registration.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, prioritisation as people do it, through the services as the demo accounts: staff derive the
 * demo partners' profiles and enter their judgements with reasons; NSO offers a course with three seats that the
 * demo nations nominate eight people to (Qatar and Switzerland first); NSO's manager runs the allocation, which
 * stays proposed for review (not applied).
 */
@Component
@Order(40) // after the menu, registration and the modules whose facts the profiles derive from
class DemoPrioritisation implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoPrioritisation.class);
  private static final List<String> PARTNERS = List.of("GEO", "JOR", "JPN", "CHE", "QAT");
  /** The order the nominations arrive in: first come, first served would seat Qatar's two and Switzerland's. */
  private static final List<String> ARRIVALS = List.of("QAT", "QAT", "CHE", "JPN", "JOR", "GEO", "GEO", "JOR");

  private final PartnerProfiles profiles;
  private final Allocations allocations;
  private final Catalogue catalogue;
  private final MenuSearch search;
  private final Registrations registrations;
  private final ParticipantRegister register;
  private final Clock clock;
  private final RunSolving solving;

  DemoPrioritisation(PartnerProfiles profiles, Allocations allocations, Catalogue catalogue, MenuSearch search,
      Registrations registrations, ParticipantRegister register, Clock clock, RunSolving solving) {
    this.solving = solving;
    this.profiles = profiles;
    this.allocations = allocations;
    this.catalogue = catalogue;
    this.search = search;
    this.registrations = registrations;
    this.register = register;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "prioritisation_run";
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var staff = Callers.demo("IS", Role.STAFF);
    Callers.runAs(staff, () -> {
      for (var partner : PARTNERS) profiles.derive(partner, null);
      judge("GEO", Consideration.ASPIRATION, 100, "Bucharest Summit (2008): the Allies agreed that Georgia will become a member.",
          "Sommet de Bucarest (2008) : les Alliés ont convenu que la Géorgie deviendra membre.");
      judge("GEO", Consideration.STRATEGIC_IMPORTANCE, 80, "Black Sea security.", "Sécurité de la mer Noire.");
      judge("JOR", Consideration.STRATEGIC_IMPORTANCE, 75, "Regional stability; host of the trust fund projects.",
          "Stabilité régionale ; pays hôte des projets de fonds d’affectation spéciale.");
      judge("JOR", Consideration.SELF_FINANCING, 30, "Relies on trust funds for its cooperation.", "Dépend des fonds d’affectation spéciale pour sa coopération.");
      judge("JPN", Consideration.SELF_FINANCING, 100, "Finances its own cooperation in full.", "Finance entièrement sa propre coopération.");
      judge("CHE", Consideration.SELF_FINANCING, 100, "Finances its own cooperation in full.", "Finance entièrement sa propre coopération.");
      judge("QAT", Consideration.SELF_FINANCING, 90, "Finances most of its cooperation.", "Finance l’essentiel de sa coopération.");
      for (var partner : List.of("JPN", "CHE", "QAT")) {
        judge(partner, Consideration.ASPIRATION, 0, "No membership aspiration declared.", "Aucune aspiration à l’adhésion déclarée.");
      }
    });
    var provider = Callers.demo("NSO", Role.PROVIDER_MANAGER);
    var code = Callers.callAs(provider, () -> search.activities(new MenuSearch.Query(null, null, null, null, "NSO", null, null, "ALL_PARTNERS",
        null, null, "PUBLISHED", "title", 0, 1)).items().stream().map(h -> h.activity().code()).findFirst().orElse(null));
    if (code == null) {
      log.info("Demo prioritisation: no published NSO activity open to all partners; no run");
      return;
    }
    var starts = today.plusDays(75);
    var event = Callers.callAs(provider, () -> catalogue.addEvent(code, new Catalogue.NewEvent(starts, starts.plusDays(4), "Oberammergau", "DEU", 3,
        today.minusDays(5), today.plusDays(30), null)));
    var used = new HashMap<String, Integer>();
    var nominated = new ArrayList<UUID>();
    for (var nation : ARRIVALS) {
      var coordinator = Callers.demo(nation, Role.NATIONAL_COORDINATOR);
      Callers.runAs(coordinator, () -> {
        var people = register.participants(nation);
        int next = used.merge(nation, 1, Integer::sum) - 1;
        if (next < people.size()) nominated.add(registrations.nominate(event.id(), people.get(next).id()).id());
      });
    }
    var run = Callers.callAs(provider, () -> allocations.start(new Allocations.NewRun(List.of(event.id())), false));
    Callers.runAs(provider, () -> solving.claimAndSolve(run.run().id()));
    log.info("Demo prioritisation: {} nominations for 3 seats at {}, run {} proposed", nominated.size(), code, run.run().id());
  }

  private void judge(String partner, Consideration c, int value, String en, String fr) {
    profiles.enter(partner, new PartnerProfiles.NewValue(c.name(), value, null, BilingualText.of(en, fr)));
  }
}
