package org.entente.registration.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.catalogue.Activity;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.Catalogue;
import org.entente.catalogue.MenuSearch;
import org.entente.registration.NominationState;
import org.entente.registration.Registrations;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lists people work from. A coordinator's nominations of their nation, by state, each move a button. A
 * provider's console: their activities by state, their events with seats, the nominations to decide and the
 * attendance to record, several at once (each decision its own transaction: a full event refuses one, not all).
 */
@Controller
class ConsolePages {

  static final int EVENTS = 200;
  private final Registrations registrations;
  private final Catalogue catalogue;
  private final MenuSearch search;
  private final Guard guard;
  private final Clock clock;

  ConsolePages(Registrations registrations, Catalogue catalogue, MenuSearch search, Guard guard, Clock clock) {
    this.registrations = registrations;
    this.catalogue = catalogue;
    this.search = search;
    this.guard = guard;
    this.clock = clock;
  }

  @GetMapping("/registration/nominations")
  String nation(@RequestParam(defaultValue = "") String state, Model model) {
    NominationState chosen = null;
    try {
      chosen = state.isBlank() ? null : NominationState.valueOf(state.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      // an unknown state filters nothing; the select shows "all"
    }
    var lines = registrations.nationNominations(chosen == null ? Set.of() : Set.of(chosen));
    model.addAttribute("view", new WorkListView(chosen, lines, Map.of(), List.of(), List.of(), List.of(),
        (Outcome) model.getAttribute("outcome")));
    return "registration/nominations";
  }

  @GetMapping("/registration/console")
  String console(Model model) {
    var caller = guard.requireAny(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var providers = caller.organisationsWith(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION);
    var activities = new EnumMap<ActivityStatus, List<Activity>>(ActivityStatus.class);
    for (var provider : providers) {
      for (var status : ActivityStatus.values()) {
        search.activities(new MenuSearch.Query(null, null, null, null, provider, null, null, null, null, null, status.name(), "title",
            0, 100)).items().forEach(hit -> activities.computeIfAbsent(status, s -> new ArrayList<>()).add(hit.activity()));
      }
    }
    var today = LocalDate.now(clock);
    var events = catalogue.eventsOf(providers, today.minusDays(90), today.plusYears(1), EVENTS).stream()
        .map(e -> new WorkListView.EventLine(e, registrations.seats(e.id())))
        .toList();
    var pending = registrations.providerNominations(Set.of(NominationState.NOMINATED, NominationState.WAITLISTED));
    var attendance = registrations.providerNominations(Set.of(NominationState.CONFIRMED)).stream()
        .filter(n -> !n.startsOn().isAfter(today)).toList();
    model.addAttribute("view", new WorkListView(null, List.of(), activities, events, pending, attendance,
        (Outcome) model.getAttribute("outcome")));
    return "registration/console";
  }

  /** One move from a list, back to that list. */
  @PostMapping("/registration/nominations/{id}/move")
  String move(@PathVariable UUID id, @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String back,
      RedirectAttributes redirect) {
    try {
      var moved = registrations.move(id, to);
      redirect.addFlashAttribute("outcome", Outcome.done("registration.console.moved", moved.participantName()));
    } catch (Conflict | InvalidInput refused) {
      redirect.addFlashAttribute("outcome", Outcome.refused(refused));
    }
    return "redirect:" + back(back);
  }

  /** The same decision for several nominations at once; what could not be done is named. */
  @PostMapping("/registration/console/decisions")
  String decide(@RequestParam(name = "nomination", required = false) @Nullable List<UUID> nominations,
      @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
    if (nominations == null || nominations.isEmpty()) {
      redirect.addFlashAttribute("outcome", new Outcome("registration.console.none-chosen", List.of(), true));
      return "redirect:" + back(back);
    }
    var done = 0;
    var refused = new ArrayList<String>();
    for (var id : nominations) {
      try {
        registrations.move(id, to);
        done++;
      } catch (Conflict | InvalidInput | NotFound e) {
        refused.add(name(id));
      }
    }
    redirect.addFlashAttribute("outcome", refused.isEmpty()
        ? Outcome.done("registration.console.decided", done)
        : new Outcome("registration.console.partly", List.<java.io.Serializable>of(done, String.join("; ", refused)), true));
    return "redirect:" + back(back);
  }

  private String name(UUID id) {
    try {
      return registrations.nomination(id).participantName();
    } catch (NotFound hidden) {
      return id.toString().substring(0, 8);
    }
  }

  // only the application's own lists: never an address from outside
  private static String back(String back) {
    return switch (back) {
      case "console" -> "/registration/console";
      case "" -> "/registration/nominations";
      default -> back.matches("[A-Z_]{1,20}") ? "/registration/nominations?state=" + back : "/registration/nominations";
    };
  }

}
