package org.entente.education.pages;

import static org.entente.web.Texts.blank;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.entente.access.Guard;
import org.entente.catalogue.Catalogue;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.education.Education;
import org.entente.education.Paged;
import org.entente.education.Programme;
import org.entente.education.ProgrammeSummary;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of DEEP and PDP programmes with the proposal form, and one programme's page: its facts, moves, experts,
 * menu events, placements and yearly figures. Every form works without JavaScript; a refused one comes back with
 * what was typed and a message by each wrong field.
 */
@Controller
class EducationPages {

  private static final int SIZE = 20;

  private final Education education;
  private final Catalogue catalogue;
  private final Directory directory;
  private final Guard guard;

  EducationPages(Education education, Catalogue catalogue, Directory directory, Guard guard) {
    this.education = education;
    this.catalogue = catalogue;
    this.directory = directory;
    this.guard = guard;
  }

  @GetMapping("/education")
  String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String partner, @RequestParam(defaultValue = "0") int page, Model model) {
    return list(model, Map.of("status", status, "kind", kind, "partner", partner), Math.max(page, 0), new HashMap<>(), Map.of());
  }

  private String list(Model model, Map<String, String> filter, int page, Map<String, Violation> errors, Map<String, String> typed) {
    guard.caller();
    Paged<ProgrammeSummary> rows;
    try {
      rows = education.list(blank(filter.get("status")), blank(filter.get("partner")), blank(filter.get("kind")), page, SIZE);
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent("filter-" + v.name(), v));
      rows = education.list(null, null, null, 0, SIZE);
    }
    var proposers = education.proposers();
    var codes = new TreeSet<String>(proposers);
    rows.items().forEach(r -> codes.add(r.partner()));
    model.addAttribute("view", new ProgrammeList(rows, proposers, directory.names(codes, directory.today()), filter, errors, typed));
    return "education/list";
  }

  @PostMapping("/education")
  String propose(@RequestParam MultiValueMap<String, String> form, Model model) {
    var typed = new HashMap<String, String>(form.toSingleValueMap());
    var pillars = form.getOrDefault("pillars", List.of());
    var curricula = form.getOrDefault("curricula", List.of());
    pillars.forEach(p -> typed.put("pillars-" + p, "on"));
    curricula.forEach(c -> typed.put("curricula-" + c, "on"));
    try {
      var p = education.propose(new Education.NewProgramme(typed.get("partner"), typed.get("kind"), typed.get("institutionType"),
          new BilingualText(typed.get("institutionEn"), typed.get("institutionFr")), pillars, curricula));
      return "redirect:/education/" + p.id();
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return list(model, Map.of(), 0, errors, typed);
    }
  }

  @GetMapping("/education/{id}")
  String show(@PathVariable UUID id, Model model) {
    return show(id, null, Map.of(), Map.of(), null, model);
  }

  private String show(UUID id, @Nullable String section, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation notice,
      Model model) {
    var p = education.get(id);
    var actor = education.actor(p);
    var events = new ArrayList<ProgrammeView.EventRow>();
    for (var e : p.events()) {
      BilingualText title;
      try {
        title = catalogue.event(e.event()).activityTitle();
      } catch (NotFound hidden) {
        title = null;
      }
      events.add(new ProgrammeView.EventRow(e.event(), e.activity(), e.startsOn(), title));
    }
    var codes = new TreeSet<String>();
    codes.add(p.partner());
    p.experts().forEach(x -> codes.add(x.organisation()));
    p.placements().forEach(x -> codes.add(x.host()));
    model.addAttribute("view", new ProgrammeView(p, events, education.figures(p), actor == null ? Set.of() : p.status().next(actor),
        education.manages(), directory.names(codes, directory.today()), education.manages() ? choices() : List.of(), section, errors, typed, notice));
    return "education/programme";
  }

  @PostMapping("/education/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, "status", form, model, () -> education.transition(id, form.get("to"), form.get("reason")));
  }

  @PostMapping("/education/{id}/experts")
  String expert(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, "experts", form, model,
        () -> education.addExpert(id, new Education.NewExpert(form.get("name"), form.get("organisation"), form.get("pillar"))));
  }

  @PostMapping("/education/{id}/events")
  String event(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, "events", form, model, () -> education.linkEvent(id, form.get("event")));
  }

  @PostMapping("/education/{id}/placements")
  String placement(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    LocalDate on = null;
    var value = blank(form.get("startsOn"));
    if (value != null) {
      try {
        on = LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        errors.put("startsOn", new Violation("startsOn", "problem.date", List.of()));
      }
    }
    Integer people = null;
    var count = blank(form.get("people"));
    if (count != null) {
      try {
        people = Integer.valueOf(count);
      } catch (NumberFormatException e) {
        errors.put("people", new Violation("people", "problem.between", List.of(1, 500)));
      }
    }
    if (!errors.isEmpty()) return show(id, "placements", errors, form, null, model);
    var starts = on;
    var number = people;
    return act(id, "placements", form, model, () -> education.addPlacement(id, new Education.NewPlacement(form.get("host"), starts, number)));
  }

  private String act(UUID id, String section, Map<String, String> form, Model model, Supplier<Programme> action) {
    try {
      action.get();
      return "redirect:/education/" + id + "#" + section;
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return show(id, section, errors, form, null, model);
    } catch (Conflict conflict) {
      return show(id, section, Map.of(), form, new Violation(section, conflict.messageKey(), conflict.arguments()), model);
    }
  }

  /** Institutions first, then Allies and partners, each by name. */
  private List<org.entente.directory.Organisation> choices() {
    var today = directory.today();
    var all = new ArrayList<org.entente.directory.Organisation>();
    for (var kind : List.of(OrganisationKind.INSTITUTION, OrganisationKind.ALLY, OrganisationKind.PARTNER)) {
      var some = new ArrayList<>(directory.organisations(today, kind, null));
      some.sort(java.util.Comparator.comparing(o -> o.name().text(org.entente.languages.Language.EN)));
      all.addAll(some);
    }
    return all;
  }
}
