package org.entente.emergencies.pages;

import static org.entente.web.Texts.blank;
import static org.entente.emergencies.pages.FormFields.date;
import static org.entente.emergencies.pages.FormFields.integer;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.directory.Directory;
import org.entente.emergencies.AssistanceRequests;
import org.entente.emergencies.CapabilityRegister;
import org.entente.emergencies.Emergencies;
import org.entente.emergencies.IncidentSummary;
import org.entente.emergencies.Offers;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Disaster response pages: the board of incidents, a request's page (its live board) with its offers and reports.
 * Every page works without JavaScript; with htmx the boards poll for a newer revision and are replaced only when
 * something changed. The request form is {@link RequestFormPages}'.
 */
@Controller
class EmergenciesPages {

  private final Emergencies emergencies;
  private final AssistanceRequests requests;
  private final Offers offers;
  private final org.entente.emergencies.SituationReports reports;
  private final Guard guard;
  private final Directory directory;
  private final CapabilityRegister capabilities;

  EmergenciesPages(Emergencies emergencies, AssistanceRequests requests, Offers offers, org.entente.emergencies.SituationReports reports,
      Guard guard, Directory directory, CapabilityRegister capabilities) {
    this.reports = reports;
    this.emergencies = emergencies;
    this.requests = requests;
    this.offers = offers;
    this.guard = guard;
    this.directory = directory;
    this.capabilities = capabilities;
  }

  // --- the board of incidents

  @GetMapping("/emergencies")
  String list(@RequestParam(required = false) @Nullable String scope, @RequestParam(defaultValue = "false") String exercise,
      @RequestParam(defaultValue = "0") String page, Model model) {
    model.addAttribute("view", listView(scope, exercise, page));
    return "emergencies/list";
  }

  /** The board's body alone; nothing (204) while the reader already has the newest (htmx then keeps it). */
  @GetMapping("/emergencies/board")
  String board(@RequestParam(required = false) @Nullable String scope, @RequestParam(defaultValue = "false") String exercise,
      @RequestParam(defaultValue = "0") String page, @RequestParam(required = false) @Nullable String since, Model model,
      HttpServletResponse response) {
    var which = scopeOf(scope);
    var real = "true".equals(exercise);
    if (since != null && since.equals(emergencies.boardRevision(which, real))) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return "emergencies/nothing";
    }
    model.addAttribute("view", listView(scope, exercise, page));
    return "emergencies/incidents-board";
  }

  private ListView listView(@Nullable String scope, String exercise, String page) {
    var caller = guard.caller();
    var which = scopeOf(scope);
    var number = 0;
    try {
      number = Math.max(0, Integer.parseInt(page));
    } catch (NumberFormatException e) {
      // the first page
    }
    var isExercise = "true".equals(exercise);
    var revision = emergencies.boardRevision(which, isExercise);
    var incidents = emergencies.incidents(which, isExercise, new Paging(Math.min(number, 1_000_000), 20));
    var names = directory.names(incidents.items().stream().map(IncidentSummary::nation).toList(), directory.today());
    return new ListView(incidents, which, isExercise, caller.has(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION), revision, names);
  }

  private static String scopeOf(@Nullable String scope) {
    return scope != null && List.of("OPEN", "CLOSED", "ALL").contains(scope) ? scope : "OPEN";
  }

  // --- one incident

  @GetMapping("/emergencies/{id}")
  String incident(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String line, Model model) {
    return show(id, model, Map.of(), offerFrom(id, from, line), null);
  }

  /**
   * The offer form filled from a registered capability the reader's nation keeps ({@code ?from=<id>&line=<n>}):
   * one team against that need line, its particulars as the offer's conditions. Nothing when it is not one of
   * theirs or does not answer that line.
   */
  private Map<String, String> offerFrom(UUID incident, @Nullable String from, @Nullable String line) {
    if (from == null || line == null) {
      return Map.of();
    }
    UUID capabilityId;
    int needLine;
    try {
      capabilityId = UUID.fromString(from);
      needLine = Integer.parseInt(line);
    } catch (IllegalArgumentException e) {
      return Map.of();
    }
    var match = capabilities.matches(incident).stream()
        .filter(m -> m.needLine() == needLine && m.capability().id().equals(capabilityId)).findFirst();
    if (match.isEmpty() || !emergencies.abilities(emergencies.incident(incident)).donorNations().contains(match.get().capability().nation())) {
      return Map.of();
    }
    var c = match.get().capability();
    var typed = new LinkedHashMap<String, String>();
    typed.put("donor", c.nation());
    typed.put("needLine", String.valueOf(needLine));
    typed.put("quantity", "1");
    typed.put("deliveryMode", "AIR");
    typed.put("capability", c.id().toString());
    typed.put("conditions", c.name() + " · " + c.size() + " · " + c.readinessHours() + " h · " + c.selfSufficiencyDays() + " d · " + c.contact());
    return typed;
  }

  @GetMapping("/emergencies/{id}/board")
  String incidentBoard(@PathVariable UUID id, @RequestParam(required = false) @Nullable String since, Model model,
      HttpServletResponse response) {
    var revision = emergencies.revision(id);
    if (since != null && since.equals(String.valueOf(revision))) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return "emergencies/nothing";
    }
    model.addAttribute("view", view(id, Map.of(), Map.of(), null));
    return "emergencies/incident-board";
  }

  private IncidentView view(UUID id, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation problem) {
    var incident = emergencies.incident(id);
    var abilities = emergencies.abilities(incident);
    var offers = this.offers.offers(id, new Paging(0, Paging.MAX_SIZE));
    var sitreps = reports.sitreps(id, new Paging(0, Paging.MAX_SIZE));
    var suggestions = this.offers.suggestions(id);
    var codes = new ArrayList<String>();
    codes.add(incident.nation());
    codes.addAll(abilities.donorNations());
    offers.items().forEach(o -> codes.add(o.donor()));
    suggestions.forEach(s -> codes.add(s.donor()));
    var matches = capabilities.matches(id);
    matches.forEach(m -> codes.add(m.capability().nation()));
    return new IncidentView(incident, abilities, offers.items(), offers.total(), sitreps.items(), suggestions,
        guard.caller().username(), errors, typed, problem, directory.names(codes, directory.today()), matches);
  }

  private String show(UUID id, Model model, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation problem) {
    model.addAttribute("view", view(id, errors, typed, problem));
    return "emergencies/incident";
  }

  @PostMapping("/emergencies/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam(defaultValue = "") String to, Model model) {
    try {
      requests.move(id, new Emergencies.Move(to, null));
      return "redirect:/emergencies/" + id;
    } catch (Conflict conflict) {
      return show(id, model, Map.of(), Map.of(), new Violation("incident", conflict.messageKey(), conflict.arguments()));
    }
  }

  @PostMapping("/emergencies/{id}/offers")
  String offer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    var needLine = integer(form, "needLine", errors);
    var quantity = integer(form, "quantity", errors);
    var arrival = date(form, "expectedArrival", errors);
    if (!errors.isEmpty()) {
      return show(id, model, errors, form, null);
    }
    try {
      offers.offer(id, new Offers.OfferForm(blank(form.get("donor")), needLine, blank(form.get("item")),
          blank(form.get("category")), blank(form.get("unit")), quantity, form.get("deliveryMode"), arrival, blank(form.get("conditions"))));
      return "redirect:/emergencies/" + id + "#offers";
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name(), v));
      return show(id, model, errors, form, null);
    } catch (Conflict conflict) {
      return show(id, model, Map.of(), form, new Violation("offer", conflict.messageKey(), conflict.arguments()));
    }
  }

  @PostMapping("/emergencies/{id}/offers/{offer}/transitions")
  String moveOffer(@PathVariable UUID id, @PathVariable UUID offer, @RequestParam(defaultValue = "") String to,
      @RequestParam(required = false) @Nullable String acceptedQuantity, Model model) {
    var errors = new HashMap<String, Violation>();
    var quantity = integer(acceptedQuantity == null ? Map.of() : Map.of("acceptedQuantity", acceptedQuantity), "acceptedQuantity", errors);
    try {
      if (!errors.isEmpty()) {
        throw new InvalidInput(List.copyOf(errors.values()));
      }
      offers.moveOffer(id, offer, new Emergencies.Move(to, quantity));
      return "redirect:/emergencies/" + id + "#offers";
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(id, model, Map.of(), Map.of(), new Violation("offer", "emergencies.page.offer-invalid",
          List.of(v.arguments().isEmpty() ? "" : v.arguments().getFirst(), v.arguments().size() > 1 ? v.arguments().get(1) : "")));
    } catch (Conflict conflict) {
      return show(id, model, Map.of(), Map.of(), new Violation("offer", conflict.messageKey(), conflict.arguments()));
    }
  }

  @PostMapping("/emergencies/{id}/sitreps")
  String report(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    try {
      reports.report(id, new org.entente.emergencies.SituationReports.SitrepForm(new BilingualText(form.get("textEn"), form.get("textFr"))));
      return "redirect:/emergencies/" + id + "#sitreps";
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return show(id, model, errors, form, null);
    } catch (Conflict conflict) {
      return show(id, model, Map.of(), form, new Violation("sitrep", conflict.messageKey(), conflict.arguments()));
    }
  }
}
