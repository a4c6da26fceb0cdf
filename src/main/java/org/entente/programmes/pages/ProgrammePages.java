package org.entente.programmes.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.catalogue.MenuSearch;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.programmes.Programme;
import org.entente.programmes.ProgrammeComment;
import org.entente.programmes.ProgrammeMenuChecks;
import org.entente.programmes.ProgrammeReview;
import org.entente.programmes.ProgrammeStatus;
import org.entente.programmes.ProgrammeVersion;
import org.entente.programmes.Programmes;
import org.entente.programmes.Programmes.ActivityInput;
import org.entente.programmes.Programmes.ContentInput;
import org.entente.programmes.Programmes.GoalInput;
import org.entente.programmes.Programmes.ObjectiveInput;
import org.entente.programmes.Programmes.TargetInput;
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

/**
 * The partner builds its programme from the menu (search, add, planned seats per year), staff review it with
 * comments, both move it along; every change is a form that works without JavaScript, and a refusal is shown
 * beside the section it concerns with what was typed kept.
 */
@Controller
class ProgrammePages {

  private final Programmes programmes;
  private final ProgrammeReview review;
  private final ProgrammeMenuChecks menuChecks;
  private final MenuSearch menu;
  private final Directory directory;
  private final Guard guard;

  ProgrammePages(Programmes programmes, ProgrammeReview review, ProgrammeMenuChecks menuChecks, MenuSearch menu, Directory directory,
      Guard guard) {
    this.programmes = programmes;
    this.review = review;
    this.menuChecks = menuChecks;
    this.menu = menu;
    this.directory = directory;
    this.guard = guard;
  }

  @GetMapping("/programmes")
  String list(Model model) {
    return list(model, Map.of(), Map.of());
  }

  private String list(Model model, Map<String, Violation> errors, Map<String, String> typed) {
    var caller = guard.caller();
    var rows = programmes.list(null, null).stream().map(p -> new ProgrammeList.Row(p, programmes.title(p))).toList();
    var partners = caller.organisationsWith(Permission.DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION).stream()
        .filter(o -> directory.organisation(o, directory.today()).map(found -> found.kind() == OrganisationKind.PARTNER).orElse(false))
        .sorted().toList();
    model.addAttribute("view", new ProgrammeList(rows, partners, errors, typed));
    return "programmes/list";
  }

  @PostMapping("/programmes")
  String create(@RequestParam Map<String, String> form, Model model) {
    LocalDate startsOn = null;
    try {
      startsOn = LocalDate.parse(form.getOrDefault("startsOn", ""));
    } catch (DateTimeParseException e) {
      return list(model, Map.of("startsOn", new Violation("startsOn", "problem.date", List.of())), form);
    }
    try {
      var created = programmes.create(new Programmes.NewProgramme(form.get("partner"), form.get("type"), startsOn, null, null));
      return "redirect:/programmes/" + created.id();
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return list(model, errors, form);
    }
  }

  @GetMapping("/programmes/{id}")
  String programme(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q, Model model) {
    var page = show(id, null, model);
    // without JavaScript the menu search comes back as the whole page with its results in place
    menuResults(programmes.programme(id), q, model);
    return page;
  }

  private void menuResults(Programme p, @Nullable String q, Model model) {
    model.addAttribute("id", p.id().toString());
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("searched", q != null);
    model.addAttribute("results", q == null ? List.of() : menu.activities(new MenuSearch.Query(q.isBlank() ? null : q, null, null, null,
        null, null, null, null, p.partner(), null, null, null, 0, 10)).items());
    var codes = p.content().activities().stream().map(a -> a.code()).toList();
    model.addAttribute("planned", codes);
    model.addAttribute("plannedCodes", codes);
  }

  private String show(UUID id, ProgrammeView.@Nullable Notice notice, Model model) {
    var p = programmes.programme(id);
    var actor = programmes.actor(p);
    var involved = actor != null || guard.caller().has(Permission.READ_PROGRAMMES_GLOBALLY);
    var versions = involved ? review.versions(id).stream().map(ProgrammeVersion::number).toList() : List.<Integer>of();
    var threads = involved ? threads(review.comments(id)) : List.<ProgrammeView.Thread>of();
    var areas = new LinkedHashMap<String, BilingualText>();
    directory.priorityAreas().forEach(t -> areas.put(t.code(), t.name()));
    model.addAttribute("view", new ProgrammeView(p, programmes.title(p), menuChecks.planned(p),
        actor == null ? java.util.Set.of() : p.status().next(actor),
        actor == org.entente.programmes.ProgrammeStatus.Actor.PARTNER && p.status().editable(),
        actor != null && p.status() != ProgrammeStatus.CLOSED, involved, versions, threads, programmes.progress(id), areas, notice,
        organisations(p)));
    return "programmes/programme";
  }

  /** Comments grouped by section, replies under what they answer. */
  static List<ProgrammeView.Thread> threads(List<ProgrammeComment> comments) {
    var bySection = new LinkedHashMap<String, List<ProgrammeView.Entry>>();
    var children = new HashMap<UUID, List<ProgrammeComment>>();
    comments.stream().filter(c -> c.parent() != null).forEach(c -> children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c));
    for (var root : comments.stream().filter(c -> c.parent() == null).toList()) {
      var entries = bySection.computeIfAbsent(root.section(), k -> new ArrayList<>());
      walk(root, 0, children, entries);
    }
    return bySection.entrySet().stream().map(e -> new ProgrammeView.Thread(e.getKey(), e.getValue())).toList();
  }

  /** The names of the partner and of the providers of the planned activities. */
  private Map<String, BilingualText> organisations(org.entente.programmes.Programme p) {
    var names = new LinkedHashMap<String, BilingualText>();
    var today = directory.today();
    var codes = new java.util.LinkedHashSet<String>();
    menuChecks.planned(p).forEach(pv -> codes.add(pv.activity().provider()));
    codes.forEach(code -> directory.organisation(code, today).ifPresent(o -> names.put(code, o.name())));
    return names;
  }

  private static void walk(ProgrammeComment c, int depth, Map<UUID, List<ProgrammeComment>> children, List<ProgrammeView.Entry> into) {
    into.add(new ProgrammeView.Entry(c.id().toString(), c.author(), c.writtenAt().toString().substring(0, 16).replace('T', ' '), c.body(), Math.min(depth, 4)));
    children.getOrDefault(c.id(), List.of()).forEach(child -> walk(child, depth + 1, children, into));
  }

  /** Menu activities open to the partner, to add: htmx replaces only the results, others get the whole page. */
  @GetMapping("/programmes/{id}/menu")
  String search(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
    if (request.getHeader("HX-Request") == null) {
      return "redirect:/programmes/" + id + "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "#activities";
    }
    menuResults(programmes.programme(id), q, model);
    return "programmes/menu-results";
  }

  @PostMapping("/programmes/{id}/activities")
  String addActivity(@PathVariable UUID id, @RequestParam(defaultValue = "") String code, Model model) {
    return change(id, "activities", model, c -> {
      var activities = new ArrayList<>(list(c.activities()));
      activities.add(new ActivityInput(code, Map.of()));
      return new ContentInput(c.objectives(), activities, c.goals());
    });
  }

  @PostMapping("/programmes/{id}/activities/{code}/planned")
  String plan(@PathVariable UUID id, @PathVariable String code, @RequestParam Map<String, String> form, Model model) {
    var perYear = new LinkedHashMap<String, Integer>();
    for (var e : form.entrySet()) {
      if (e.getKey().startsWith("planned_")) {
        try {
          perYear.put(e.getKey().substring("planned_".length()), e.getValue().isBlank() ? 0 : Integer.parseInt(e.getValue().strip()));
        } catch (NumberFormatException ex) {
          return show(id, new ProgrammeView.Notice("activities", "problem.number", List.of()), model);
        }
      }
    }
    return change(id, "activities", model, c -> new ContentInput(c.objectives(),
        list(c.activities()).stream().map(a -> a.code().equals(code) ? new ActivityInput(code, perYear) : a).toList(), c.goals()));
  }

  @PostMapping("/programmes/{id}/activities/{code}/remove")
  String removeActivity(@PathVariable UUID id, @PathVariable String code, Model model) {
    return change(id, "activities", model, c -> new ContentInput(c.objectives(),
        list(c.activities()).stream().filter(a -> !code.equals(a.code())).toList(), c.goals()));
  }

  @PostMapping("/programmes/{id}/objectives")
  String addObjective(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var targets = new ArrayList<TargetInput>();
    var targetText = text(form.get("targetEn"), form.get("targetFr"));
    if (targetText.en() != null || targetText.fr() != null) {
      Integer value = null, year = null;
      try {
        value = Integer.valueOf(form.getOrDefault("targetValue", "").strip());
        var y = form.getOrDefault("targetYear", "").strip();
        year = y.isEmpty() ? null : Integer.valueOf(y);
      } catch (NumberFormatException e) {
        return show(id, new ProgrammeView.Notice("objectives", "problem.number", List.of()), model);
      }
      targets.add(new TargetInput(targetText, value, year));
    }
    var area = form.getOrDefault("priorityArea", "");
    var objective = new ObjectiveInput(null, text(form.get("textEn"), form.get("textFr")), area.isBlank() ? List.of() : List.of(area), List.of(), targets);
    return change(id, "objectives", model, c -> {
      var objectives = new ArrayList<>(list(c.objectives()));
      objectives.add(objective);
      return new ContentInput(objectives, c.activities(), c.goals());
    });
  }

  @PostMapping("/programmes/{id}/objectives/{key}/remove")
  String removeObjective(@PathVariable UUID id, @PathVariable String key, Model model) {
    return change(id, "objectives", model, c -> new ContentInput(
        list(c.objectives()).stream().filter(o -> !key.equals(o.key())).toList(), c.activities(), c.goals()));
  }

  @PostMapping("/programmes/{id}/goals")
  String addGoal(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return change(id, "goals", model, c -> {
      var goals = new ArrayList<>(list(c.goals()));
      goals.add(new GoalInput(null, text(form.get("textEn"), form.get("textFr"))));
      return new ContentInput(c.objectives(), c.activities(), goals);
    });
  }

  @PostMapping("/programmes/{id}/goals/{key}/remove")
  String removeGoal(@PathVariable UUID id, @PathVariable String key, Model model) {
    return change(id, "goals", model, c -> new ContentInput(c.objectives(), c.activities(),
        list(c.goals()).stream().filter(g -> !key.equals(g.key())).toList()));
  }

  @PostMapping("/programmes/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String comment, Model model) {
    try {
      programmes.transition(id, to, comment);
      return "redirect:/programmes/" + id;
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(id, new ProgrammeView.Notice("status", v.messageKey(), v.arguments()), model);
    } catch (Conflict conflict) {
      return show(id, new ProgrammeView.Notice("status", conflict.messageKey(), conflict.arguments()), model);
    }
  }

  @PostMapping("/programmes/{id}/comments")
  String comment(@PathVariable UUID id, @RequestParam(defaultValue = "general") String section,
      @RequestParam(required = false) @Nullable UUID replyTo, @RequestParam(defaultValue = "") String body, Model model) {
    try {
      review.comment(id, section, replyTo, body);
      return "redirect:/programmes/" + id + "#review";
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(id, new ProgrammeView.Notice("review", v.messageKey(), v.arguments()), model);
    } catch (Conflict conflict) {
      return show(id, new ProgrammeView.Notice("review", conflict.messageKey(), conflict.arguments()), model);
    }
  }

  @GetMapping("/programmes/{id}/compare")
  String compare(@PathVariable UUID id, @RequestParam(defaultValue = "0") int a, @RequestParam(defaultValue = "0") int b,
      @RequestParam(defaultValue = "") String changes, Model model) {
    var p = programmes.programme(id);
    var versions = review.versions(id).stream().map(ProgrammeVersion::number).toList();
    model.addAttribute("view", new ComparisonView(id.toString(), programmes.title(p), review.compare(id, a, b), versions,
        "only".equals(changes)));
    return "programmes/compare";
  }

  /** Applies one change to the whole text, as the API would take it; a refusal is shown in its section. */
  private String change(UUID id, String section, Model model, UnaryOperator<ContentInput> edit) {
    try {
      var current = programmes.programme(id);
      programmes.revise(id, edit.apply(ContentInput.of(current.content())));
      return "redirect:/programmes/" + id + "#" + section;
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(id, new ProgrammeView.Notice(section, v.messageKey(), v.arguments()), model);
    } catch (Conflict conflict) {
      return show(id, new ProgrammeView.Notice(section, conflict.messageKey(), conflict.arguments()), model);
    }
  }

  private static BilingualText text(@Nullable String en, @Nullable String fr) {
    return new BilingualText(en == null || en.isBlank() ? null : en.strip(), fr == null || fr.isBlank() ? null : fr.strip());
  }

  private static <T> List<T> list(@Nullable List<T> values) {
    return values == null ? List.of() : values;
  }

}
