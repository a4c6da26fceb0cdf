package org.entente.emergencies.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.directory.Directory;
import org.entente.emergencies.CapabilityRegister;
import org.entente.emergencies.Emergencies;
import org.entente.emergencies.Emergencies.ContactForm;
import org.entente.emergencies.Emergencies.NeedForm;
import org.entente.emergencies.Emergencies.PlaceForm;
import org.entente.emergencies.Incident;
import org.entente.emergencies.IncidentSummary;
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
 * Disaster response pages: the board of incidents, a request's page (its live board), the request form. Every
 * page works without JavaScript; with htmx the boards poll for a newer revision and are replaced only when
 * something changed.
 */
@Controller
class EmergenciesPages {

  private static final int NEED_ROWS = 6;
  private static final int CONTACT_ROWS = 2;

  private final Emergencies emergencies;
  private final org.entente.emergencies.SituationReports reports;
  private final Guard guard;
  private final Directory directory;
  private final CapabilityRegister capabilities;

  EmergenciesPages(Emergencies emergencies, org.entente.emergencies.SituationReports reports, Guard guard, Directory directory,
      CapabilityRegister capabilities) {
    this.reports = reports;
    this.emergencies = emergencies;
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
    var offers = emergencies.offers(id, new Paging(0, Paging.MAX_SIZE));
    var sitreps = reports.sitreps(id, new Paging(0, Paging.MAX_SIZE));
    var suggestions = emergencies.suggestions(id);
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
      emergencies.move(id, new Emergencies.Move(to, null));
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
      emergencies.offer(id, new Emergencies.OfferForm(blank(form.get("donor")), needLine, blank(form.get("item")),
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
      emergencies.moveOffer(id, offer, new Emergencies.Move(to, quantity));
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

  // --- the request form

  @GetMapping("/emergencies/new")
  String newRequest(Model model) {
    guard.require(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION);
    model.addAttribute("view", new RequestFormView(null, Map.of("disasterType", "FLOOD"), Map.of(), NEED_ROWS, CONTACT_ROWS));
    return "emergencies/request-form";
  }

  @PostMapping("/emergencies")
  String file(@RequestParam Map<String, String> form, Model model) {
    return submitForm(null, form, model);
  }

  @GetMapping("/emergencies/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    var incident = emergencies.incident(id);
    var typed = typedOf(incident);
    model.addAttribute("view", new RequestFormView(id, typed, Map.of(), Math.max(NEED_ROWS, incident.needs().size() + 2),
        Math.max(CONTACT_ROWS, incident.contacts().size() + 1)));
    return "emergencies/request-form";
  }

  @PostMapping("/emergencies/{id}/edit")
  String revise(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return submitForm(id, form, model);
  }

  private String submitForm(@Nullable UUID id, Map<String, String> form, Model model) {
    var needRows = rows(form.get("needRows"), NEED_ROWS);
    var contactRows = rows(form.get("contactRows"), CONTACT_ROWS);
    var errors = new HashMap<String, Violation>();
    // places: one a line, "name; latitude; longitude" (the position may be left out)
    var places = new ArrayList<PlaceForm>();
    for (var line : form.getOrDefault("places", "").split("\\R")) {
      if (line.isBlank()) continue;
      var parts = line.split(";");
      try {
        var lat = parts.length > 1 && !parts[1].isBlank() ? new BigDecimal(parts[1].strip()) : null;
        var lon = parts.length > 2 && !parts[2].isBlank() ? new BigDecimal(parts[2].strip()) : null;
        places.add(new PlaceForm(parts[0].strip(), lat, lon));
      } catch (NumberFormatException e) {
        errors.put("places", new Violation("places", "emergencies.page.places.format", List.of(line.strip())));
      }
    }
    var needs = new ArrayList<NeedForm>();
    var needRowOf = new ArrayList<Integer>();
    for (var i = 0; i < needRows; i++) {
      var p = "need-" + i + "-";
      if (blank(form.get(p + "item")) == null && blank(form.get(p + "quantity")) == null && blank(form.get(p + "unit")) == null) continue;
      var quantity = integer(form, p + "quantity", errors);
      var neededBy = date(form, p + "neededBy", errors);
      needs.add(new NeedForm(form.get(p + "item"), form.get(p + "category"), quantity == null ? 0 : quantity, form.get(p + "unit"),
          form.get(p + "priority"), neededBy));
      needRowOf.add(i);
    }
    var contacts = new ArrayList<ContactForm>();
    var contactRowOf = new ArrayList<Integer>();
    for (var i = 0; i < contactRows; i++) {
      var p = "contact-" + i + "-";
      if (blank(form.get(p + "name")) == null && blank(form.get(p + "email")) == null && blank(form.get(p + "phone")) == null) continue;
      contacts.add(new ContactForm(form.get(p + "name"), form.get(p + "function"), form.get(p + "email"), form.get(p + "phone")));
      contactRowOf.add(i);
    }
    var request = new Emergencies.RequestForm(blank(form.get("nation")), "true".equals(form.get("exercise")), form.get("disasterType"),
        new BilingualText(form.get("titleEn"), form.get("titleFr")), new BilingualText(form.get("situationEn"), form.get("situationFr")),
        places, needs, contacts);
    try {
      if (!errors.isEmpty()) {
        throw new InvalidInput(List.copyOf(errors.values()));
      }
      var incident = id == null ? emergencies.file(request) : emergencies.revise(id, request);
      return "redirect:/emergencies/" + incident.id();
    } catch (InvalidInput invalid) {
      for (var v : invalid.violations()) {
        errors.putIfAbsent(fieldOf(v.name(), needRowOf, contactRowOf), v);
      }
      model.addAttribute("view", new RequestFormView(id, form, errors, needRows, contactRows));
      return "emergencies/request-form";
    } catch (Conflict conflict) {
      errors.put("form", new Violation("form", conflict.messageKey(), conflict.arguments()));
      model.addAttribute("view", new RequestFormView(id, form, errors, needRows, contactRows));
      return "emergencies/request-form";
    }
  }

  /** The service's field name ("needs[2].quantity") as the form's ("need-3-quantity", counting blank rows left out). */
  static String fieldOf(String name, List<Integer> needRowOf, List<Integer> contactRowOf) {
    var m = java.util.regex.Pattern.compile("(needs|contacts|places)\\[(\\d+)](?:\\.(\\w+))?").matcher(name);
    if (!m.matches()) {
      return name.equals("title") ? "titleEn" : name.equals("situation") ? "situationEn" : name;
    }
    var index = Integer.parseInt(m.group(2));
    return switch (m.group(1)) {
      case "needs" -> index < needRowOf.size() ? "need-" + needRowOf.get(index) + "-" + (m.group(3) == null ? "item" : m.group(3)) : "needs";
      case "contacts" -> index < contactRowOf.size() ? "contact-" + contactRowOf.get(index) + "-" + (m.group(3) == null ? "name" : m.group(3)) : "contacts";
      default -> "places";
    };
  }

  private static Map<String, String> typedOf(Incident incident) {
    var typed = new LinkedHashMap<String, String>();
    typed.put("nation", incident.nation());
    typed.put("exercise", String.valueOf(incident.exercise()));
    typed.put("disasterType", incident.disasterType().name());
    typed.put("titleEn", nn(incident.title().en()));
    typed.put("titleFr", nn(incident.title().fr()));
    typed.put("situationEn", nn(incident.situation().en()));
    typed.put("situationFr", nn(incident.situation().fr()));
    var places = new StringBuilder();
    for (var p : incident.places()) {
      places.append(p.name());
      if (p.latitude() != null) places.append("; ").append(p.latitude().toPlainString()).append("; ").append(p.longitude().toPlainString());
      places.append('\n');
    }
    typed.put("places", places.toString());
    for (var i = 0; i < incident.needs().size(); i++) {
      var n = incident.needs().get(i);
      var p = "need-" + i + "-";
      typed.put(p + "item", n.item());
      typed.put(p + "category", n.category().name());
      typed.put(p + "quantity", String.valueOf(n.quantity()));
      typed.put(p + "unit", n.unit());
      typed.put(p + "priority", n.priority().name());
      typed.put(p + "neededBy", n.neededBy() == null ? "" : n.neededBy().toString());
    }
    for (var i = 0; i < incident.contacts().size(); i++) {
      var c = incident.contacts().get(i);
      var p = "contact-" + i + "-";
      typed.put(p + "name", c.name());
      typed.put(p + "function", nn(c.function()));
      typed.put(p + "email", nn(c.email()));
      typed.put(p + "phone", nn(c.phone()));
    }
    return typed;
  }

  private static int rows(@Nullable String value, int least) {
    try {
      return Math.min(200, Math.max(least, Integer.parseInt(value == null ? "" : value.strip())));
    } catch (NumberFormatException e) {
      return least;
    }
  }

  private static @Nullable Integer integer(Map<String, String> form, String field, Map<String, Violation> errors) {
    var value = blank(form.get(field));
    if (value == null) return null;
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.put(field, new Violation(field, "problem.number", List.of()));
      return null;
    }
  }

  private static @Nullable LocalDate date(Map<String, String> form, String field, Map<String, Violation> errors) {
    var value = blank(form.get(field));
    if (value == null) return null;
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(field, new Violation(field, "problem.date", List.of()));
      return null;
    }
  }

  private static String nn(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
