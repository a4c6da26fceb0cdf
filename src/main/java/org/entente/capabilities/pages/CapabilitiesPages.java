package org.entente.capabilities.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Permission;
import org.entente.capabilities.ActionStatus;
import org.entente.capabilities.Area;
import org.entente.capabilities.Capabilities;
import org.entente.capabilities.Evaluation;
import org.entente.capabilities.EvaluationStatus;
import org.entente.capabilities.Evaluations;
import org.entente.capabilities.RemedialActions;
import org.entente.capabilities.TimelineEntry;
import org.entente.directory.Directory;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The OCC pages: the units a reader may see with the open remedial actions and the declaration form; a unit's
 * page (facts, moves, evaluations and their rating grid, remedial plan, timeline by year); an evaluation's page
 * (the rating grid as a form while it is rated, its moves, its remedial plan). Every change is a form that works
 * without JavaScript; a refusal is shown beside what it concerns, with what was typed kept.
 */
@Controller
class CapabilitiesPages {

  private final Capabilities capabilities;
  private final Evaluations evaluations;
  private final RemedialActions actions;
  private final Directory directory;
  private final org.springframework.beans.factory.ObjectProvider<org.entente.capabilities.UnitGoals> unitGoals;

  CapabilitiesPages(Capabilities capabilities, Evaluations evaluations, RemedialActions actions, Directory directory,
      org.springframework.beans.factory.ObjectProvider<org.entente.capabilities.UnitGoals> unitGoals) {
    this.capabilities = capabilities;
    this.evaluations = evaluations;
    this.actions = actions;
    this.directory = directory;
    this.unitGoals = unitGoals;
  }

  // ---------------------------------------------------------------- units

  @GetMapping("/capabilities")
  String units(@RequestParam(defaultValue = "") String partner, @RequestParam(defaultValue = "") String status, Model model) {
    return units(partner, status, null, Map.of(), Map.of(), model);
  }

  private String units(String partner, String status, @Nullable String notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    Callers.current().orElseThrow(() -> new NotFound("page", "/capabilities"));
    var wanted = partner.matches("[A-Za-z]{2,8}") ? partner.toUpperCase(Locale.ROOT) : "";
    var state = "";
    try {
      state = status.isBlank() ? "" : org.entente.capabilities.UnitStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)).name();
    } catch (IllegalArgumentException e) {
      state = "";
    }
    var units = capabilities.units(wanted.isEmpty() ? null : wanted, state.isEmpty() ? null : state, new Paging(0, Paging.MAX_SIZE)).items();
    var rows = units.stream().map(u -> new UnitsView.Row(u, name(u.partner()))).toList();
    var names = new HashMap<UUID, BilingualText>();
    units.forEach(u -> names.put(u.id(), u.name()));
    var today = capabilities.today();
    var due = new ArrayList<UnitsView.Due>();
    for (var s : List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)) {
      for (var a : actions.actions(wanted.isEmpty() ? null : wanted, s.name(), new Paging(0, 50)).items()) {
        var unitName = names.computeIfAbsent(a.unit(), id -> capabilities.unit(id).name());
        due.add(new UnitsView.Due(a, unitName, a.dueOn().isBefore(today)));
      }
    }
    due.sort(java.util.Comparator.comparing(d -> d.action().dueOn()));
    model.addAttribute("view", new UnitsView(rows, due, capabilities.declaresFor(), wanted, state, notice, errors, typed));
    return "capabilities/units";
  }

  @PostMapping("/capabilities/units")
  String declare(@RequestParam Map<String, String> form, Model model) {
    Integer personnel = null;
    var raw = form.getOrDefault("personnel", "").strip();
    if (!raw.isEmpty()) {
      try {
        personnel = Integer.valueOf(raw);
      } catch (NumberFormatException e) {
        return units("", "", null, Map.of("personnel", new Violation("personnel", "capabilities.personnel", List.of(1, 100_000))), form, model);
      }
    }
    try {
      var unit = capabilities.declare(new Capabilities.NewUnit(form.get("partner"), new BilingualText(blank(form.get("nameEn")), blank(form.get("nameFr"))),
          form.get("service"), form.get("type"), form.get("size"), personnel, form.get("pool"), form.get("contactName"), form.get("contactEmail")));
      return "redirect:/capabilities/units/" + unit.id();
    } catch (InvalidInput invalid) {
      return units("", "", null, fields(invalid), form, model);
    } catch (Conflict conflict) {
      return units("", "", conflict.messageKey(), Map.of(), form, model);
    }
  }

  // ---------------------------------------------------------------- a unit

  @GetMapping("/capabilities/units/{id}")
  String unit(@PathVariable UUID id, Model model) {
    return show(id, null, Map.of(), Map.of(), model);
  }

  private String show(UUID id, UnitView.@Nullable Notice notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var unit = capabilities.unit(id);
    var evaluations = this.evaluations.evaluations(id);
    var codes = new HashMap<UUID, String>();
    evaluations.forEach(e -> codes.put(e.id(), e.code()));
    var today = capabilities.today();
    var actions = this.actions.actions(id).stream()
        .map(a -> new UnitView.Action(a, codes.getOrDefault(a.evaluation(), ""), this.actions.next(unit, a), a.status().open() && a.dueOn().isBefore(today)))
        .toList();
    var timeline = new TreeMap<Integer, List<TimelineEntry>>(java.util.Comparator.reverseOrder());
    capabilities.timeline(id).forEach(t -> timeline.computeIfAbsent(t.on().getYear(), y -> new ArrayList<>()).add(t));
    var staff = Callers.current().map(c -> c.has(Permission.MANAGE_CAPABILITIES_GLOBALLY)).orElse(false);
    model.addAttribute("view", new UnitView(unit, name(unit.partner()), capabilities.next(unit), this.evaluations.mayOpen(unit), evaluations, actions,
        timeline, staff, notice, errors, typed, unitGoals.orderedStream().flatMap(g -> g.goalsOf(id).stream()).toList()));
    return "capabilities/unit";
  }

  @PostMapping("/capabilities/units/{id}/transitions")
  String moveUnit(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    try {
      capabilities.moveUnit(id, form.get("to"), form.get("reason"));
      return "redirect:/capabilities/units/" + id;
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(id, new UnitView.Notice("status", v.messageKey(), v.arguments()), Map.of(), form, model);
    } catch (Conflict conflict) {
      return show(id, new UnitView.Notice("status", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  /** Opens an evaluation; a NEL's team is typed one evaluator a line, "name, organisation". */
  @PostMapping("/capabilities/units/{id}/evaluations")
  String open(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    LocalDate planned = null;
    try {
      planned = LocalDate.parse(form.getOrDefault("plannedOn", "").strip());
    } catch (DateTimeParseException e) {
      return show(id, null, Map.of("plannedOn", new Violation("plannedOn", "capabilities.date.window", List.of())), form, model);
    }
    var team = new ArrayList<Evaluation.@Nullable TeamMember>();
    for (var line : form.getOrDefault("team", "").split("\\R")) {
      if (line.isBlank()) continue;
      var comma = line.lastIndexOf(',');
      team.add(comma < 0 ? new Evaluation.TeamMember(line.strip(), "") : new Evaluation.TeamMember(line.substring(0, comma).strip(), line.substring(comma + 1).strip()));
    }
    try {
      var evaluation = evaluations.open(id, new Evaluations.NewEvaluation(form.get("kind"), planned, team));
      return "redirect:/capabilities/evaluations/" + evaluation.id();
    } catch (InvalidInput invalid) {
      var errors = new HashMap<String, Violation>();
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name().replaceAll("\\[\\d+]\\..*$", ""), v));
      return show(id, null, errors, form, model);
    } catch (Conflict conflict) {
      return show(id, new UnitView.Notice("evaluations", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  @PostMapping("/capabilities/actions/{id}/transitions")
  String moveAction(@PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam(defaultValue = "") String unit, Model model) {
    UUID back;
    try {
      back = UUID.fromString(unit);
    } catch (IllegalArgumentException e) {
      throw new NotFound("unit", unit);
    }
    try {
      actions.moveAction(id, form.get("to"), form.get("note"));
      return "redirect:/capabilities/units/" + back + "#actions";
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(back, new UnitView.Notice("actions", v.messageKey(), v.arguments()), Map.of(), form, model);
    } catch (Conflict conflict) {
      return show(back, new UnitView.Notice("actions", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  // ---------------------------------------------------------------- an evaluation

  @GetMapping("/capabilities/evaluations/{id}")
  String evaluation(@PathVariable UUID id, Model model) {
    return evaluation(id, null, Map.of(), Map.of(), model);
  }

  private String evaluation(UUID id, EvaluationView.@Nullable Notice notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var evaluation = evaluations.evaluation(id);
    var unit = capabilities.unit(evaluation.unit());
    var actions = this.actions.actions(unit.id()).stream().filter(a -> a.evaluation().equals(id)).toList();
    model.addAttribute("view", new EvaluationView(evaluation, unit, name(unit.partner()), evaluations.next(unit, evaluation),
        evaluations.mayRate(unit, evaluation), this.actions.mayPlan(unit, evaluation), actions, notice, errors, typed));
    return "capabilities/evaluation";
  }

  /** Saves the rating grid (every area at once, with the summary); "submit" then submits the evaluation. */
  @PostMapping("/capabilities/evaluations/{id}/ratings")
  String rate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var inputs = new ArrayList<Evaluations.@Nullable RatingInput>();
    var areas = new ArrayList<Area>();
    for (var area : Area.values()) {
      var rating = form.getOrDefault("rating-" + area.name(), "").strip();
      if (rating.isEmpty()) continue;
      areas.add(area);
      inputs.add(new Evaluations.RatingInput(area.name(), rating,
          new BilingualText(blank(form.get("findingEn-" + area.name())), blank(form.get("findingFr-" + area.name())))));
    }
    try {
      evaluations.rate(id, inputs, new BilingualText(blank(form.get("summaryEn")), blank(form.get("summaryFr"))));
    } catch (InvalidInput invalid) {
      var errors = new HashMap<String, Violation>();
      for (var v : invalid.violations()) {
        var m = java.util.regex.Pattern.compile("^ratings\\[(\\d+)]\\.(\\w+)$").matcher(v.name());
        if (m.matches()) errors.putIfAbsent(m.group(2) + "-" + areas.get(Integer.parseInt(m.group(1))).name(), v);
        else errors.putIfAbsent(v.name(), v);
      }
      return evaluation(id, null, errors, form, model);
    } catch (Conflict conflict) {
      return evaluation(id, new EvaluationView.Notice("grid", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
    if ("submit".equals(form.get("action"))) {
      try {
        evaluations.moveEvaluation(id, EvaluationStatus.SUBMITTED.name(), null);
      } catch (InvalidInput invalid) {
        var errors = new LinkedHashMap<String, Violation>();
        invalid.violations().forEach(v -> errors.putIfAbsent(v.name().replace("ratings.", "rating-"), v));
        return evaluation(id, new EvaluationView.Notice("grid", "capabilities.area.unrated-some", List.of()), errors, form, model);
      } catch (Conflict conflict) {
        return evaluation(id, new EvaluationView.Notice("grid", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
      }
    }
    return "redirect:/capabilities/evaluations/" + id;
  }

  @PostMapping("/capabilities/evaluations/{id}/transitions")
  String moveEvaluation(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    try {
      evaluations.moveEvaluation(id, form.get("to"), form.get("reason"));
      return "redirect:/capabilities/evaluations/" + id;
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      var key = v.name().startsWith("ratings.") ? "capabilities.area.unrated-some" : v.messageKey();
      return evaluation(id, new EvaluationView.Notice("status", key, v.arguments()), Map.of(), form, model);
    } catch (Conflict conflict) {
      return evaluation(id, new EvaluationView.Notice("status", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  @PostMapping("/capabilities/evaluations/{id}/actions")
  String addAction(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    LocalDate due = null;
    var raw = form.getOrDefault("dueOn", "").strip();
    if (!raw.isEmpty()) {
      try {
        due = LocalDate.parse(raw);
      } catch (DateTimeParseException e) {
        return evaluation(id, null, Map.of("dueOn", new Violation("dueOn", "capabilities.due.window", List.of())), form, model);
      }
    }
    try {
      actions.addAction(id, new RemedialActions.NewAction(form.get("area"), new BilingualText(blank(form.get("titleEn")), blank(form.get("titleFr"))),
          form.get("owner"), due, form.get("activity")));
      return "redirect:/capabilities/evaluations/" + id + "#plan";
    } catch (InvalidInput invalid) {
      return evaluation(id, null, fields(invalid), form, model);
    } catch (Conflict conflict) {
      return evaluation(id, new EvaluationView.Notice("plan", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  // ---------------------------------------------------------------- helpers

  private BilingualText name(String code) {
    return directory.organisation(code, directory.today()).map(o -> o.name()).orElse(BilingualText.of(code, code));
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Map<String, Violation> fields(InvalidInput invalid) {
    var errors = invalid.byField();
    return errors;
  }
}
