package org.entente.planning.pages;

import static org.entente.web.Texts.blank;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Permission;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.planning.Cycle;
import org.entente.planning.CycleStatus;
import org.entente.planning.Goal;
import org.entente.planning.ParpAssessments;
import org.entente.planning.ParpCycles;
import org.entente.planning.ParpSurveys;
import org.entente.planning.ParticipationRequests;
import org.entente.planning.PartnershipGoals;
import org.entente.planning.Planning;
import org.entente.planning.PlanningComment;
import org.entente.planning.Question;
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
 * The planning pages: the overview of cycles per partner, a cycle's page (step, whom it waits for, moves, goals,
 * talks, assessment, history), the survey form with its sections' progress, and two versions of the goals
 * compared. Every change is a form that works without JavaScript; a refusal is shown beside what it concerns,
 * with what was typed kept.
 */
@Controller
class PlanningPages {

  private final Planning planning;
  private final ParticipationRequests participations;
  private final ParpCycles cycles;
  private final ParpSurveys surveys;
  private final PartnershipGoals goals;
  private final ParpAssessments assessments;
  private final Directory directory;
  private final org.entente.planning.MinisterialGuidance guidance;

  PlanningPages(Planning planning, ParticipationRequests participations, ParpCycles cycles, ParpSurveys surveys, PartnershipGoals goals,
      ParpAssessments assessments, Directory directory, org.entente.planning.MinisterialGuidance guidance) {
    this.planning = planning;
    this.participations = participations;
    this.cycles = cycles;
    this.surveys = surveys;
    this.goals = goals;
    this.assessments = assessments;
    this.directory = directory;
    this.guidance = guidance;
  }

  // ---------------------------------------------------------------- overview

  @GetMapping("/planning")
  String overview(@RequestParam(defaultValue = "") String partner, Model model) {
    return overview(partner, null, Map.of(), Map.of(), model);
  }

  private String overview(String partner, @Nullable String notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var caller = Callers.current().orElseThrow(() -> new NotFound("page", "/planning"));
    var wanted = partner.isBlank() || !partner.matches("[A-Za-z]{3}") ? "" : partner.toUpperCase(java.util.Locale.ROOT);
    var rows = planning.cycles(wanted.isEmpty() ? null : wanted, null, new Paging(0, Paging.MAX_SIZE)).items().stream()
        .map(c -> new OverviewView.Row(c.id(), c.partner(), name(c.partner()), c.period(), c.status(), c.waitsFor())).toList();
    var participations = planning.participations(wanted.isEmpty() ? null : wanted, new Paging(0, Paging.MAX_SIZE)).items();
    var staff = caller.has(Permission.MANAGE_PLANNING_GLOBALLY);
    var partners = directory.organisations(directory.today(), OrganisationKind.PARTNER, null).stream().map(o -> o.code()).sorted().toList();
    var own = caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION).stream().filter(partners::contains).sorted().toList();
    var mayRequest = staff || !own.isEmpty();
    var today = planning.today();
    var year = today.getYear() % 2 == 0 ? today.getYear() : today.getYear() + 1;
    model.addAttribute("view", new OverviewView(rows, participations, staff, mayRequest, staff ? partners : own, wanted, year, notice, errors, typed));
    return "planning/overview";
  }

  @PostMapping("/planning/participations")
  String requestParticipation(@RequestParam Map<String, String> form, Model model) {
    try {
      participations.requestParticipation(new ParticipationRequests.NewParticipation(form.get("partner"), form.get("tool")));
      return "redirect:/planning";
    } catch (InvalidInput invalid) {
      return overview("", null, fields(invalid, "participation-"), form, model);
    } catch (Conflict conflict) {
      return overview("", conflict.messageKey(), Map.of(), form, model);
    }
  }

  @PostMapping("/planning/cycles")
  String open(@RequestParam Map<String, String> form, Model model) {
    Integer year = null;
    try {
      year = Integer.valueOf(form.getOrDefault("year", "").strip());
    } catch (NumberFormatException e) {
      return overview("", null, Map.of("cycle-year", new Violation("year", "planning.year.even", List.of(form.getOrDefault("year", "")))), form, model);
    }
    try {
      var cycle = cycles.open(new ParpCycles.NewCycle(form.get("partner"), year));
      return "redirect:/planning/cycles/" + cycle.id();
    } catch (InvalidInput invalid) {
      return overview("", null, fields(invalid, "cycle-"), form, model);
    } catch (Conflict conflict) {
      return overview("", conflict.messageKey(), Map.of(), form, model);
    }
  }

  // ---------------------------------------------------------------- a cycle

  @GetMapping("/planning/cycles/{id}")
  String cycle(@PathVariable UUID id, Model model) {
    return show(id, null, Map.of(), Map.of(), model);
  }

  private String show(UUID id, CycleView.@Nullable Notice notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var cycle = planning.cycle(id);
    var actors = planning.actors(cycle);
    var answers = surveys.answers(id);
    var questions = surveys.questions(cycle);
    var visibleQuestions = planning.readsBudget(cycle.partner()) ? questions
        : questions.stream().filter(q -> q.section() != Question.Section.BUDGET).toList();
    model.addAttribute("view", new CycleView(cycle, name(cycle.partner()), List.of(CycleStatus.values()), cycle.waitsFor(), planning.next(cycle),
        actors.contains(CycleStatus.Actor.STAFF), actors.contains(CycleStatus.Actor.PARTNER), planning.mayComment(cycle), goals.versions(id),
        threads(goals.comments(id)), planning.history(id), planning.cyclesOf(cycle.partner()), assessments.ratingsHistory(cycle.partner()),
        visibleQuestions.stream().filter(q -> answers.containsKey(q.code())).count(), visibleQuestions.size(), notice, errors, typed));
    guidance.inForceOn(LocalDate.ofInstant(cycle.createdAt(), java.time.ZoneOffset.UTC)).ifPresent(g -> model.addAttribute("guidance", g));
    return "planning/cycle";
  }

  @PostMapping("/planning/cycles/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    try {
      cycles.transition(id, form.get("to"), form.get("comment"));
      return "redirect:/planning/cycles/" + id;
    } catch (InvalidInput invalid) {
      if (invalid.violations().stream().anyMatch(v -> v.name().startsWith("answers."))) {
        return "redirect:/planning/cycles/" + id + "/survey?incomplete=true";
      }
      var v = invalid.violations().getFirst();
      return show(id, new CycleView.Notice("status", v.messageKey(), v.arguments()), Map.of(), form, model);
    } catch (Conflict conflict) {
      return show(id, new CycleView.Notice("status", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  @PostMapping("/planning/cycles/{id}/comments")
  String comment(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    try {
      var replyTo = form.get("replyTo") == null || form.get("replyTo").isBlank() ? null : UUID.fromString(form.get("replyTo"));
      goals.comment(id, form.get("section"), replyTo, form.get("body"));
      return "redirect:/planning/cycles/" + id + "#talks";
    } catch (IllegalArgumentException e) {
      return show(id, new CycleView.Notice("talks", "planning.comment.unknown", List.of()), Map.of(), form, model);
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(id, new CycleView.Notice("talks", v.messageKey(), v.arguments()), Map.of(), form, model);
    } catch (Conflict conflict) {
      return show(id, new CycleView.Notice("talks", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  /** Adds a goal to the package, or replaces the one with the same code. */
  @PostMapping("/planning/cycles/{id}/goals")
  String goal(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var cycle = planning.cycle(id);
    var errors = new HashMap<String, Violation>();
    LocalDate target = null;
    try {
      target = LocalDate.parse(form.getOrDefault("targetDate", "").strip());
    } catch (DateTimeParseException e) {
      errors.put("targetDate", new Violation("targetDate", "planning.goal.target",
          List.of(String.valueOf(cycle.year()), String.valueOf(cycle.year() + 20))));
    }
    if (!errors.isEmpty()) return show(id, null, errors, form, model);
    var code = form.getOrDefault("code", "").strip().toUpperCase(java.util.Locale.ROOT);
    var inputs = new ArrayList<PartnershipGoals.GoalInput>();
    var replaced = false;
    var added = new PartnershipGoals.GoalInput(code, new BilingualText(blank(form.get("titleEn")), blank(form.get("titleFr"))),
        new BilingualText(blank(form.get("descriptionEn")), blank(form.get("descriptionFr"))), form.get("area"), target);
    for (var g : cycle.goals()) {
      if (g.code().equals(code)) {
        inputs.add(added);
        replaced = true;
      } else {
        inputs.add(input(g));
      }
    }
    if (!replaced) inputs.add(added);
    return saveGoals(id, inputs, form, model);
  }

  @PostMapping("/planning/cycles/{id}/goals/remove")
  String removeGoal(@PathVariable UUID id, @RequestParam(defaultValue = "") String code, Model model) {
    var cycle = planning.cycle(id);
    var inputs = cycle.goals().stream().filter(g -> !g.code().equals(code)).map(PlanningPages::input).toList();
    return saveGoals(id, inputs, Map.of(), model);
  }

  private String saveGoals(UUID id, List<PartnershipGoals.GoalInput> inputs, Map<String, String> form, Model model) {
    try {
      goals.saveGoals(id, inputs);
      return "redirect:/planning/cycles/" + id + "#goals";
    } catch (InvalidInput invalid) {
      var errors = new HashMap<String, Violation>();
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name().replaceAll("^goals\\[\\d+]\\.", ""), v));
      return show(id, null, errors, form, model);
    } catch (Conflict conflict) {
      return show(id, new CycleView.Notice("goals", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  @PostMapping("/planning/cycles/{id}/ratings")
  String rate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    try {
      assessments.saveAssessment(id, List.of(new ParpAssessments.RatingInput(form.get("goal"), form.get("progress"),
          new BilingualText(blank(form.get("narrativeEn")), blank(form.get("narrativeFr"))))));
      return "redirect:/planning/cycles/" + id + "#goals";
    } catch (InvalidInput invalid) {
      var errors = new HashMap<String, Violation>();
      invalid.violations().forEach(v -> errors.putIfAbsent("rating-" + form.getOrDefault("goal", "") + "-" + v.name().replaceAll("^ratings\\[\\d+]\\.", ""), v));
      return show(id, null, errors, form, model);
    } catch (Conflict conflict) {
      return show(id, new CycleView.Notice("goals", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
    }
  }

  // ---------------------------------------------------------------- the survey

  @GetMapping("/planning/cycles/{id}/survey")
  String survey(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean saved, @RequestParam(defaultValue = "false") boolean incomplete,
      Model model) {
    var cycle = planning.cycle(id);
    var errors = new LinkedHashMap<String, Violation>();
    if (incomplete) {
      var answers = surveys.answers(id);
      surveys.questions(cycle).stream().filter(q -> !answers.containsKey(q.code()))
          .forEach(q -> errors.put("answers." + q.code(), new Violation("answers." + q.code(), "planning.survey.unanswered", List.of())));
    }
    return survey(cycle, surveys.answers(id), errors, saved, model);
  }

  private String survey(Cycle cycle, Map<String, String> values, Map<String, Violation> errors, boolean saved, Model model) {
    var readsBudget = planning.readsBudget(cycle.partner());
    var questions = surveys.questions(cycle);
    var answers = surveys.answers(cycle.id());
    var sections = new ArrayList<SurveyView.Section>();
    for (var section : Question.Section.values()) {
      var qs = questions.stream().filter(q -> q.section() == section).toList();
      var hidden = section == Question.Section.BUDGET && !readsBudget;
      sections.add(new SurveyView.Section(section, qs, qs.stream().filter(q -> answers.containsKey(q.code())).count(), hidden));
    }
    var editable = planning.actors(cycle).contains(CycleStatus.Actor.PARTNER) && cycle.status().surveyOpen();
    model.addAttribute("view", new SurveyView(cycle, name(cycle.partner()), sections, values, errors, editable, readsBudget, saved));
    return "planning/survey";
  }

  @PostMapping("/planning/cycles/{id}/survey")
  String saveSurvey(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var cycle = planning.cycle(id);
    var typed = new LinkedHashMap<String, @Nullable String>();
    surveys.questions(cycle).forEach(q -> {
      if (form.containsKey(q.code())) typed.put(q.code(), form.get(q.code()));
    });
    try {
      surveys.saveSurvey(id, typed);
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      var values = new LinkedHashMap<>(surveys.answers(id));
      typed.forEach((k, v) -> values.put(k, v == null ? "" : v));
      return survey(cycle, values, errors, false, model);
    } catch (Conflict conflict) {
      return show(id, new CycleView.Notice("status", conflict.messageKey(), conflict.arguments()), Map.of(), Map.of(), model);
    }
    if ("submit".equals(form.get("action"))) {
      try {
        cycles.transition(id, CycleStatus.SURVEY_SUBMITTED.name(), null);
      } catch (InvalidInput invalid) {
        var errors = invalid.byField();
        return survey(cycle, surveys.answers(id), errors, false, model);
      }
      return "redirect:/planning/cycles/" + id;
    }
    return "redirect:/planning/cycles/" + id + "/survey?saved=true";
  }

  // ---------------------------------------------------------------- versions compared

  @GetMapping("/planning/cycles/{id}/compare")
  String compare(@PathVariable UUID id, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model) {
    var cycle = planning.cycle(id);
    var versions = goals.versions(id);
    int a = number(from, versions.size() > 1 ? versions.size() - 1 : versions.isEmpty() ? 0 : 1);
    int b = number(to, 0);
    if (a > versions.size()) a = versions.size();
    if (b > versions.size()) b = 0;
    model.addAttribute("view", new CompareView(cycle, name(cycle.partner()), goals.compare(id, a, b), versions));
    return "planning/compare";
  }

  // ---------------------------------------------------------------- helpers

  private BilingualText name(String code) {
    return directory.organisation(code, directory.today()).map(o -> o.name()).orElse(BilingualText.of(code, code));
  }

  private static int number(String value, int absent) {
    try {
      var n = Integer.parseInt(value.strip());
      return Math.max(n, 0);
    } catch (NumberFormatException e) {
      return absent;
    }
  }

  private static PartnershipGoals.GoalInput input(Goal g) {
    return new PartnershipGoals.GoalInput(g.code(), g.title(), g.description(), g.area().name(), g.targetDate());
  }


  private static Map<String, Violation> fields(InvalidInput invalid, String prefix) {
    var errors = new HashMap<String, Violation>();
    invalid.violations().forEach(v -> errors.putIfAbsent(prefix + v.name(), v));
    return errors;
  }

  /** Comments grouped by section, replies under what they answer. */
  static List<CycleView.Thread> threads(List<PlanningComment> comments) {
    var bySection = new LinkedHashMap<String, List<CycleView.Entry>>();
    var children = new HashMap<UUID, List<PlanningComment>>();
    comments.stream().filter(c -> c.parent() != null).forEach(c -> children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c));
    for (var root : comments.stream().filter(c -> c.parent() == null).toList()) {
      walk(root, 0, children, bySection.computeIfAbsent(root.section(), k -> new ArrayList<>()));
    }
    return bySection.entrySet().stream().map(e -> new CycleView.Thread(e.getKey(), e.getValue())).toList();
  }

  private static void walk(PlanningComment c, int depth, Map<UUID, List<PlanningComment>> children, List<CycleView.Entry> into) {
    into.add(new CycleView.Entry(c.id().toString(), c.author(), c.writtenAt().toString().substring(0, 16).replace('T', ' '), c.body(), Math.min(depth, 4)));
    children.getOrDefault(c.id(), List.of()).forEach(child -> walk(child, depth + 1, children, into));
  }
}
