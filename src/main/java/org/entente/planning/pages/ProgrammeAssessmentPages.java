package org.entente.planning.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Permission;
import org.entente.directory.Directory;
import org.entente.languages.BilingualText;
import org.entente.planning.ProgrammeAssessments;
import org.entente.programmes.Programmes;
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
 * The pages of programme assessments: the assessable programmes, and a programme's assessments over the years with
 * its planned-against-attended figures. Every change is a form that works without JavaScript; a refusal is shown
 * beside what it concerns, with what was typed kept.
 */
@Controller
class ProgrammeAssessmentPages {

  private final ProgrammeAssessments assessments;
  private final Programmes programmes;
  private final Directory directory;

  ProgrammeAssessmentPages(ProgrammeAssessments assessments, Programmes programmes, Directory directory) {
    this.assessments = assessments;
    this.programmes = programmes;
    this.directory = directory;
  }

  @GetMapping("/planning/programme-assessments")
  String index(Model model) {
    Callers.current().orElseThrow(() -> new NotFound("page", "/planning/programme-assessments"));
    var rows = assessments.assessable(null).stream().map(p -> new AssessmentsView.Row(p.id(), programmes.title(p), p.type().name(),
        p.status().name(), assessments.ofProgramme(p.id()).stream().map(a -> new AssessmentsView.Year(a.year(), a.status())).toList())).toList();
    model.addAttribute("view", new AssessmentsView(rows));
    return "planning/programme-assessments";
  }

  @GetMapping("/planning/programmes/{id}/assessments")
  String programme(@PathVariable UUID id, Model model) {
    return show(id, null, Map.of(), Map.of(), model);
  }

  private String show(UUID id, ProgrammeAssessmentView.@Nullable Notice notice, Map<String, Violation> errors, Map<String, String> typed,
      Model model) {
    var caller = Callers.current().orElseThrow(() -> new NotFound("programme", id.toString()));
    var programme = assessments.programme(id);
    var found = assessments.ofProgramme(id);
    var years = found.stream().map(a -> {
      var actors = assessments.actors(a);
      return new ProgrammeAssessmentView.Year(a, assessments.next(a),
          actors.contains(org.entente.planning.CycleStatus.Actor.STAFF) && a.status() == org.entente.planning.ProgrammeAssessmentStatus.DRAFT,
          assessments.mayComment(a), assessments.comments(a.id(), new Paging(0, Paging.MAX_SIZE)).items());
    }).toList();
    var assessed = new TreeSet<Integer>();
    found.forEach(a -> assessed.add(a.year()));
    var open = programme.years().stream().filter(y -> !assessed.contains(y)).toList();
    var staff = caller.has(Permission.MANAGE_PLANNING_GLOBALLY);
    var areas = new java.util.LinkedHashMap<String, BilingualText>();
    directory.priorityAreas().forEach(t -> areas.put(t.code(), t.name()));
    model.addAttribute("view", new ProgrammeAssessmentView(programme, programmes.title(programme), ProgrammeAssessments.items(programme), years,
        assessments.history(id), List.copyOf(assessed), assessments.progress(id), areas, staff, open, notice, errors, typed));
    return "planning/programme-assessment";
  }

  @PostMapping("/planning/programmes/{id}/assessments")
  String open(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    Integer year;
    try {
      year = Integer.valueOf(form.getOrDefault("year", "").strip());
    } catch (NumberFormatException e) {
      return show(id, null, Map.of("open-year", new Violation("year", "problem.required", List.of())), form, model);
    }
    try {
      assessments.open(new ProgrammeAssessments.NewAssessment(id, year));
      return "redirect:/planning/programmes/" + id + "/assessments#year-" + year;
    } catch (InvalidInput invalid) {
      var errors = new HashMap<String, Violation>();
      invalid.violations().forEach(v -> errors.putIfAbsent("open-" + v.name(), v));
      return show(id, null, errors, form, model);
    } catch (Conflict conflict) {
      return show(id, new ProgrammeAssessmentView.Notice("open", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  @PostMapping("/planning/programme-assessments/{id}/ratings")
  String rate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var a = assessments.assessment(id);
    var item = form.getOrDefault("item", "");
    try {
      assessments.rate(id, List.of(new ProgrammeAssessments.RatingInput(item, form.get("progress"),
          new BilingualText(form.get("narrativeEn"), form.get("narrativeFr")))));
      return "redirect:/planning/programmes/" + a.programme() + "/assessments#rating-" + a.year() + "-" + item;
    } catch (InvalidInput invalid) {
      var errors = new HashMap<String, Violation>();
      invalid.violations().forEach(v -> errors.putIfAbsent("rate-" + a.year() + "-" + item + "-" + v.name().replaceFirst("^ratings\\[0]\\.", ""), v));
      var typed = new HashMap<String, String>();
      form.forEach((k, v) -> typed.put("rate-" + a.year() + "-" + item + "-" + k, v));
      return show(a.programme(), null, errors, typed, model);
    } catch (Conflict conflict) {
      return show(a.programme(), new ProgrammeAssessmentView.Notice("year-" + a.year(), conflict.messageKey(), conflict.arguments()), Map.of(),
          form, model);
    }
  }

  @PostMapping("/planning/programme-assessments/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var a = assessments.assessment(id);
    try {
      assessments.transition(id, form.get("to"), form.get("comment"));
      return "redirect:/planning/programmes/" + a.programme() + "/assessments#year-" + a.year();
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(a.programme(), new ProgrammeAssessmentView.Notice("year-" + a.year(), v.messageKey(), v.arguments()), Map.of(), form, model);
    } catch (Conflict conflict) {
      return show(a.programme(), new ProgrammeAssessmentView.Notice("year-" + a.year(), conflict.messageKey(), conflict.arguments()), Map.of(),
          form, model);
    }
  }

  @PostMapping("/planning/programme-assessments/{id}/comments")
  String comment(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var a = assessments.assessment(id);
    try {
      assessments.comment(id, form.get("item"), form.get("body"));
      return "redirect:/planning/programmes/" + a.programme() + "/assessments#comments-" + a.year();
    } catch (InvalidInput invalid) {
      var errors = new HashMap<String, Violation>();
      invalid.violations().forEach(v -> errors.putIfAbsent("comment-" + a.year() + "-" + v.name(), v));
      var typed = new HashMap<String, String>();
      form.forEach((k, v) -> typed.put("comment-" + a.year() + "-" + k, v));
      return show(a.programme(), null, errors, typed, model);
    } catch (Conflict conflict) {
      return show(a.programme(), new ProgrammeAssessmentView.Notice("comments-" + a.year(), conflict.messageKey(), conflict.arguments()),
          Map.of(), form, model);
    }
  }
}
