package org.entente.emergencies.pages;

import static org.entente.web.Texts.blank;
import static org.entente.emergencies.pages.FormFields.date;
import static org.entente.emergencies.pages.FormFields.integer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.emergencies.AssistanceRequests;
import org.entente.emergencies.AssistanceRequests.ContactForm;
import org.entente.emergencies.AssistanceRequests.NeedForm;
import org.entente.emergencies.AssistanceRequests.PlaceForm;
import org.entente.emergencies.Emergencies;
import org.entente.emergencies.Incident;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The request form: a stricken nation's request for assistance written or revised without JavaScript, each refusal beside its field. */
@Controller
class RequestFormPages {

  private static final int NEED_ROWS = 6;
  private static final int CONTACT_ROWS = 2;

  private final Emergencies emergencies;
  private final AssistanceRequests requests;
  private final Guard guard;

  RequestFormPages(Emergencies emergencies, AssistanceRequests requests, Guard guard) {
    this.emergencies = emergencies;
    this.requests = requests;
    this.guard = guard;
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
    var request = new AssistanceRequests.RequestForm(blank(form.get("nation")), "true".equals(form.get("exercise")), form.get("disasterType"),
        new BilingualText(form.get("titleEn"), form.get("titleFr")), new BilingualText(form.get("situationEn"), form.get("situationFr")),
        places, needs, contacts);
    try {
      if (!errors.isEmpty()) {
        throw new InvalidInput(List.copyOf(errors.values()));
      }
      var incident = id == null ? requests.file(request) : requests.revise(id, request);
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

  private static String nn(@Nullable String value) {
    return value == null ? "" : value;
  }
}
