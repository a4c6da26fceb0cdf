package org.entente.integrity.pages;

import static org.entente.web.Texts.blank;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.entente.access.Guard;
import org.entente.integrity.AssessmentSummary;
import org.entente.integrity.Integrity;
import org.entente.integrity.IntegrityStatus;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of assessments with the request form, and one assessment's page: the questionnaire the nation answers,
 * the peer review team and visit, the report, and the follow-up plan. Every form works without JavaScript; a
 * refused one comes back with what was typed and a message by each wrong field.
 */
@Controller
class AssessmentPages {

  private static final int SIZE = 20;

  private final Integrity integrity;
  private final Guard guard;

  AssessmentPages(Integrity integrity, Guard guard) {
    this.integrity = integrity;
    this.guard = guard;
  }

  @GetMapping("/integrity")
  String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String nation,
      @RequestParam(defaultValue = "0") int page, Model model) {
    return list(model, Map.of("status", status, "nation", nation), Math.max(page, 0), new HashMap<>(), Map.of());
  }

  /** A page of {@value #SIZE} rows; a page number out of range is brought back to the nearest one. */
  private static Paging paging(int page) {
    return new Paging(Math.clamp(page, 0, 1_000_000), SIZE);
  }

  private String list(Model model, Map<String, String> filter, int page, Map<String, Violation> errors, Map<String, String> typed) {
    guard.caller();
    Listing<AssessmentSummary> rows;
    try {
      rows = integrity.list(blank(filter.get("status")), blank(filter.get("nation")), paging(page));
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent("filter-" + v.name(), v));
      rows = integrity.list(null, null, paging(0));
    }
    model.addAttribute("view", new AssessmentList(rows, integrity.requesters(), filter, errors, typed));
    return "integrity/list";
  }

  @PostMapping("/integrity")
  String request(@RequestParam Map<String, String> form, Model model) {
    try {
      return "redirect:/integrity/" + integrity.request(form.get("nation")).id();
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return list(model, Map.of(), 0, errors, form);
    }
  }

  @GetMapping("/integrity/{id}")
  String show(@PathVariable UUID id, Model model) {
    return show(id, null, Map.of(), Map.of(), null, model);
  }

  private String show(UUID id, @Nullable String section, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation notice,
      Model model) {
    var a = integrity.get(id);
    var actor = integrity.actor(a);
    model.addAttribute("view", new AssessmentView(a, a.version() == null ? null : integrity.questionnaire(a.version()),
        actor == null ? java.util.Set.of() : a.status().next(actor), actor == IntegrityStatus.Actor.NATION, integrity.manages(), section, errors,
        typed, notice));
    return "integrity/assessment";
  }

  @PostMapping("/integrity/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, "status", form, model, () -> integrity.transition(id, form.get("to"), form.get("reason")));
  }

  @PostMapping("/integrity/{id}/answers")
  String answer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var answers = new LinkedHashMap<String, String>();
    form.forEach((k, v) -> {
      if (k.startsWith("answer-")) answers.put(k.substring("answer-".length()), v);
    });
    return act(id, "answers", form, model, () -> integrity.answer(id, answers));
  }

  @PostMapping("/integrity/{id}/peer-review")
  String peerReview(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    var from = date(form.get("from"), "from", errors);
    var to = date(form.get("to"), "to", errors);
    if (!errors.isEmpty()) return show(id, "visit", errors, form, null, model);
    var team = new ArrayList<Integrity.NewMember>();
    for (int row = 0; row < 5; row++) {
      var name = blank(form.get("team-" + row + "-name"));
      if (name == null) continue;
      team.add(new Integrity.NewMember(name, form.get("team-" + row + "-organisation"), form.get("team-" + row + "-account"), row == 0));
    }
    return act(id, "visit", form, model, () -> integrity.peerReview(id, new Integrity.PeerReview(team, from, to, form.get("place"))));
  }

  @PostMapping("/integrity/{id}/report")
  String report(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, "report", form, model, () -> integrity.report(id, new BilingualText(form.get("reportEn"), form.get("reportFr"))));
  }

  @PostMapping("/integrity/{id}/actions")
  String action(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    var due = date(form.get("dueOn"), "dueOn", errors);
    if (!errors.isEmpty()) return show(id, "plan", errors, form, null, model);
    return act(id, "plan", form, model, () -> integrity.addAction(id,
        new Integrity.NewAction(new BilingualText(form.get("titleEn"), form.get("titleFr")), form.get("activity"), due)));
  }

  private String act(UUID id, String section, Map<String, String> form, Model model, Supplier<?> action) {
    try {
      action.get();
      return "redirect:/integrity/" + id + "#" + section;
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return show(id, section, errors, form, null, model);
    } catch (Conflict conflict) {
      return show(id, section, Map.of(), form, new Violation(section, conflict.messageKey(), conflict.arguments()), model);
    }
  }

  private static @Nullable LocalDate date(@Nullable String value, String field, Map<String, Violation> errors) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, new Violation(field, "problem.date", List.of()));
      return null;
    }
  }
}
