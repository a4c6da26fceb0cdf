package org.entente.science.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Permission;
import org.entente.languages.BilingualText;
import org.entente.science.Application;
import org.entente.science.ApplicationStatus;
import org.entente.science.Budget;
import org.entente.science.PanelMember;
import org.entente.science.Review;
import org.entente.science.Science;
import org.entente.science.ScienceCalls;
import org.entente.science.ScienceGrants;
import org.entente.science.SciencePanel;
import org.entente.science.ScienceReviews;
import org.entente.science.ScienceSubmissions;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SPS pages: the programme (calls and awarded projects for everyone), a call with its application form, the
 * applications (staff's screening queue), an application with its moves, reviewers and scoring form, a reviewer's
 * queue, a call's ranking with its chart, an awarded project. Every change is a form that works without JavaScript;
 * a refusal is shown beside its field, with what was typed kept.
 */
@Controller
class SciencePages {

  private static final Paging ALL = new Paging(0, Paging.MAX_SIZE);
  private final Science science;
  private final ScienceCalls scienceCalls;
  private final ScienceSubmissions submissions;
  private final SciencePanel panel;
  private final ScienceReviews reviewing;
  private final ScienceGrants grants;

  SciencePages(Science science, ScienceCalls scienceCalls, ScienceSubmissions submissions, SciencePanel panel, ScienceReviews reviewing,
      ScienceGrants grants) {
    this.grants = grants;
    this.science = science;
    this.scienceCalls = scienceCalls;
    this.submissions = submissions;
    this.panel = panel;
    this.reviewing = reviewing;
  }

  private static boolean staff() {
    return Callers.current().map(c -> c.has(Permission.MANAGE_SCIENCE_GLOBALLY)).orElse(false);
  }

  @GetMapping("/science")
  String home(Model model) {
    var signedIn = Callers.current().isPresent();
    var calls = scienceCalls.calls(ALL).items().stream().filter(c -> c.published() || staff()).toList();
    model.addAttribute("view", new ScienceHome(calls, science.projects(),
        signedIn ? science.applications(null, null, ALL).items() : List.of(), signedIn ? reviewing.queue(ALL).items() : List.of(), staff(),
        Callers.current().map(c -> c.has(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION)).orElse(false)));
    return "science/home";
  }

  @GetMapping("/science/calls/{id}")
  String call(@PathVariable UUID id, @RequestParam(required = false) @Nullable String refused, Model model) {
    // a refusal of publishing or closing, named by the staff page it came from (only these two)
    var problem = "science.call.published".equals(refused) || "science.call.closed".equals(refused) ? refused : null;
    return call(id, Map.of(), Map.of(), problem, problem == null ? List.of() : List.of(scienceCalls.call(id).code()), model);
  }

  private String call(UUID id, Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem,
      List<Object> problemArguments, Model model) {
    var call = scienceCalls.call(id);
    var open = call.openOn(java.time.LocalDate.now());
    model.addAttribute("view", new CallView(call, open, open && Callers.current().isPresent(), staff(), errors, typed, problem, problemArguments));
    return "science/call";
  }

  @PostMapping("/science/calls/{id}/apply")
  String apply(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model) {
    var typed = new HashMap<String, String>();
    form.forEach((k, v) -> typed.put(k, String.join(",", v)));
    var errors = new LinkedHashMap<String, Violation>();
    var budget = new LinkedHashMap<String, BigDecimal>();
    for (var category : Budget.CATEGORIES) {
      var raw = form.getFirst("budget" + category);
      if (raw == null || raw.isBlank()) continue;
      try {
        budget.put(category, new BigDecimal(raw.strip().replace(" ", "").replace(",", ".")));
      } catch (NumberFormatException e) {
        errors.put("budget." + category, new Violation("budget." + category, "science.amount.invalid", List.of()));
      }
    }
    var input = new ScienceSubmissions.NewApplication(id, form.getFirst("mechanism"), text(form.getFirst("titleEn"), form.getFirst("titleFr")),
        text(form.getFirst("summaryEn"), form.getFirst("summaryFr")), form.getOrDefault("priorities", List.of()),
        new ScienceSubmissions.CoDirectorInput(form.getFirst("allyNation"), form.getFirst("allyName"), form.getFirst("allyEmail")),
        new ScienceSubmissions.CoDirectorInput(form.getFirst("partnerNation"), form.getFirst("partnerName"), form.getFirst("partnerEmail")), budget);
    if (!errors.isEmpty()) return call(id, errors, typed, null, List.of(), model);
    try {
      var created = submissions.submit(input);
      return "redirect:/science/applications/" + created.id() + "?submitted";
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name(), v));
      return call(id, errors, typed, null, List.of(), model);
    } catch (Conflict conflict) {
      return call(id, errors, typed, conflict.messageKey(), new ArrayList<>(conflict.arguments()), model);
    }
  }

  @GetMapping("/science/applications")
  String applications(@RequestParam(defaultValue = "") String status, Model model) {
    String wanted = "";
    try {
      wanted = status.isBlank() ? "" : InvalidInput.code(ApplicationStatus.class, status, "status").name();
    } catch (InvalidInput e) {
      wanted = "";
    }
    model.addAttribute("view", new ScienceLists(science.applications(null, wanted.isEmpty() ? null : wanted, ALL).items(), List.of(), wanted, staff()));
    return "science/applications";
  }

  @GetMapping("/science/reviews")
  String reviews(Model model) {
    model.addAttribute("view", new ScienceLists(List.of(), reviewing.queue(ALL).items(), "", staff()));
    return "science/reviews";
  }

  @GetMapping("/science/applications/{id}")
  String application(@PathVariable UUID id, Model model) {
    return application(id, Map.of(), Map.of(), null, null, model);
  }

  private String application(UUID id, Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem,
      @Nullable List<Object> problemArguments, Model model) {
    var application = science.application(id);
    var staff = staff();
    var mine = reviewing.myReview(id);
    List<Review> reviews = List.of();
    if (staff || (mine != null && mine.state() == Review.State.SUBMITTED)) reviews = reviewing.reviews(id);
    List<PanelMember> assignable = List.of();
    if (staff && (application.status() == ApplicationStatus.ELIGIBLE || application.status() == ApplicationStatus.PANEL_REVIEW)) {
      var taken = reviews.stream().map(Review::reviewer).toList();
      assignable = panel.panel(ALL).items().stream().filter(m -> m.status() == PanelMember.Status.APPOINTED && !taken.contains(m.account())
          && !m.nation().equals(application.allyDirector().nation()) && !m.nation().equals(application.partnerDirector().nation())).toList();
    }
    model.addAttribute("view", new ApplicationView(application, science.next(application), staff, mine, reviews, assignable, grants.reports(id),
        grants.mayReport(application), errors, typed,
        problem, problemArguments, application.status().awarded() ? grants.grant(id) : null));
    return "science/application";
  }

  @PostMapping("/science/applications/{id}/move")
  String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    BigDecimal amount = null;
    var raw = form.get("amount");
    if (raw != null && !raw.isBlank()) {
      try {
        amount = new BigDecimal(raw.strip().replace(" ", "").replace(",", "."));
      } catch (NumberFormatException e) {
        return application(id, Map.of("amount", new Violation("amount", "science.amount.invalid", List.of())), form, null, null, model);
      }
    }
    var exact = amount;
    return act(id, form, model, () -> science.transition(id, form.get("to"), form.get("comment"), exact));
  }

  @PostMapping("/science/applications/{id}/assign")
  String assign(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    UUID reviewer;
    try {
      reviewer = UUID.fromString(form.getOrDefault("reviewer", ""));
    } catch (IllegalArgumentException e) {
      return application(id, Map.of("reviewer", new Violation("reviewer", "problem.required", List.of())), form, null, null, model);
    }
    return act(id, form, model, () -> reviewing.assign(id, reviewer));
  }

  @PostMapping("/science/applications/{id}/review")
  String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, form, model, () -> reviewing.score(id, new ScienceReviews.Scores(number(form.get("merit")), number(form.get("relevance")),
        number(form.get("capacity")), number(form.get("value")), form.get("comment"))));
  }

  @PostMapping("/science/applications/{id}/report")
  String report(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var spending = new LinkedHashMap<String, BigDecimal>();
    for (var category : Budget.CATEGORIES) {
      var raw = form.get("spending" + category);
      if (raw == null || raw.isBlank()) continue;
      try {
        spending.put(category, new BigDecimal(raw.strip().replace(" ", "").replace(",", ".")));
      } catch (NumberFormatException e) {
        var field = "spending." + category;
        return application(id, Map.of(field, new Violation(field, "science.amount.invalid", List.of())), form, null, null, model);
      }
    }
    return act(id, form, model, () -> grants.report(id, form.get("body"), spending));
  }

  @PostMapping("/science/applications/{id}/reports/{report}/review")
  String reviewReport(@PathVariable UUID id, @PathVariable UUID report, @RequestParam Map<String, String> form, Model model) {
    return act(id, form, model, () -> grants.reviewReport(id, report));
  }

  @PostMapping("/science/applications/{id}/instalments")
  String planInstalment(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    BigDecimal amount = null;
    var raw = form.get("instalmentAmount");
    if (raw != null && !raw.isBlank()) {
      try {
        amount = new BigDecimal(raw.strip().replace(" ", "").replace(",", "."));
      } catch (NumberFormatException e) {
        return application(id, Map.of("instalmentAmount", new Violation("instalmentAmount", "science.amount.invalid", List.of())), form, null,
            null, model);
      }
    }
    java.time.LocalDate due = null;
    var rawDue = form.get("dueOn");
    if (rawDue != null && !rawDue.isBlank()) {
      try {
        due = java.time.LocalDate.parse(rawDue.strip());
      } catch (java.time.format.DateTimeParseException e) {
        return application(id, Map.of("dueOn", new Violation("dueOn", "science.date.invalid", List.of())), form, null, null, model);
      }
    }
    var input = new ScienceGrants.NewInstalment(amount, form.get("milestone"), due);
    try {
      grants.planInstalment(id, input);
      return "redirect:/science/applications/" + id + "#grant";
    } catch (InvalidInput invalid) {
      var errors = new LinkedHashMap<String, Violation>();
      invalid.violations().forEach(v -> errors.putIfAbsent("amount".equals(v.name()) ? "instalmentAmount" : v.name(), v));
      return application(id, errors, form, null, null, model);
    } catch (Conflict conflict) {
      return application(id, Map.of(), form, conflict.messageKey(), new ArrayList<>(conflict.arguments()), model);
    }
  }

  @PostMapping("/science/applications/{id}/instalments/{instalment}/move")
  String moveInstalment(@PathVariable UUID id, @PathVariable UUID instalment, @RequestParam Map<String, String> form, Model model) {
    return act(id, form, model, () -> grants.moveInstalment(id, instalment, form.get("to")));
  }

  @PostMapping("/science/applications/{id}/summary")
  String releaseSummary(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, form, model, () -> grants.releaseSummary(id, text(form.get("summaryEn"), form.get("summaryFr"))));
  }

  @GetMapping("/science/grants")
  String grants(Model model) {
    model.addAttribute("view", grants.followUp());
    return "science/grants";
  }

  @PostMapping("/science/applications/{id}/decline")
  String decline(@PathVariable UUID id, @RequestParam Map<String, String> form) {
    reviewing.decline(id, "on".equals(form.get("conflict")) || "true".equals(form.get("conflict")), form.get("reason"));
    return "redirect:/science/reviews";
  }

  private String act(UUID id, Map<String, String> form, Model model, Runnable action) {
    try {
      action.run();
      return "redirect:/science/applications/" + id;
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return application(id, errors, form, null, null, model);
    } catch (Conflict conflict) {
      return application(id, Map.of(), form, conflict.messageKey(), new ArrayList<>(conflict.arguments()), model);
    }
  }

  @GetMapping("/science/calls/{id}/ranking")
  String ranking(@PathVariable UUID id, Model model) {
    model.addAttribute("view", new RankingView(id, reviewing.ranking(id)));
    return "science/ranking";
  }

  @GetMapping("/science/projects/{id}")
  String project(@PathVariable UUID id, Model model) {
    var project = science.projects().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFound("science-project", id.toString()));
    model.addAttribute("view", project);
    return "science/project";
  }

  private static @Nullable Integer number(@Nullable String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return -1; // named as out of range by the service
    }
  }

  private static BilingualText text(@Nullable String en, @Nullable String fr) {
    return new BilingualText(en, fr);
  }

}
