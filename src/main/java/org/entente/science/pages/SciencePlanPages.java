package org.entente.science.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Permission;
import org.entente.science.ApplicationStatus;
import org.entente.science.PanelMember;
import org.entente.science.Review;
import org.entente.science.Science;
import org.entente.science.SciencePanel;
import org.entente.science.SciencePlans;
import org.entente.science.ScienceReviews;
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

/** A multi-year project's plan page (planning grant, plan, second review) and a reviewer's plans to review. */
@Controller
class SciencePlanPages {

  private static final Paging ALL = new Paging(0, Paging.MAX_SIZE);
  private final Science science;
  private final SciencePanel panel;
  private final SciencePlans plans;

  SciencePlanPages(Science science, SciencePanel panel, SciencePlans plans) {
    this.science = science;
    this.panel = panel;
    this.plans = plans;
  }

  @GetMapping("/science/plan-reviews")
  String queue(Model model) {
    model.addAttribute("view", plans.queue());
    return "science/plan-reviews";
  }

  @GetMapping("/science/applications/{id}/plan")
  String plan(@PathVariable UUID id, Model model) {
    return show(id, Map.of(), Map.of(), null, List.of(), model);
  }

  @PostMapping("/science/applications/{id}/plan/assign")
  String assign(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    UUID reviewer;
    try {
      reviewer = UUID.fromString(form.getOrDefault("reviewer", ""));
    } catch (IllegalArgumentException e) {
      return show(id, Map.of("reviewer", new Violation("reviewer", "problem.required", List.of())), form, null, List.of(), model);
    }
    return act(id, form, model, () -> plans.assign(id, reviewer));
  }

  @PostMapping("/science/applications/{id}/plan/review")
  String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, form, model, () -> plans.score(id, new ScienceReviews.Scores(number(form.get("merit")), number(form.get("relevance")),
        number(form.get("capacity")), number(form.get("value")), form.get("comment"))));
  }

  @PostMapping("/science/applications/{id}/plan/decline")
  String decline(@PathVariable UUID id, @RequestParam Map<String, String> form) {
    plans.decline(id, "on".equals(form.get("conflict")) || "true".equals(form.get("conflict")), form.get("reason"));
    return "redirect:/science/plan-reviews";
  }

  private String act(UUID id, Map<String, String> form, Model model, Runnable action) {
    try {
      action.run();
      return "redirect:/science/applications/" + id + "/plan";
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return show(id, errors, form, null, List.of(), model);
    } catch (Conflict conflict) {
      return show(id, Map.of(), form, conflict.messageKey(), new ArrayList<>(conflict.arguments()), model);
    }
  }

  private String show(UUID id, Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem, List<Object> arguments,
      Model model) {
    var application = science.application(id);
    var staff = Callers.current().map(c -> c.has(Permission.MANAGE_SCIENCE_GLOBALLY)).orElse(false);
    var mine = plans.myReview(id);
    List<Review> reviews = staff || (mine != null && mine.state() == Review.State.SUBMITTED) ? plans.reviews(id) : List.of();
    List<PanelMember> assignable = List.of();
    if (staff && (application.status() == ApplicationStatus.PLAN_SUBMITTED || application.status() == ApplicationStatus.PLAN_REVIEW)) {
      var taken = reviews.stream().map(Review::reviewer).toList();
      assignable = panel.panel(ALL).items().stream().filter(m -> m.status() == PanelMember.Status.APPOINTED && !taken.contains(m.account())
          && !m.nation().equals(application.allyDirector().nation()) && !m.nation().equals(application.partnerDirector().nation())).toList();
    }
    model.addAttribute("view", new PlanView(application, staff, mine, reviews, assignable, errors, typed, problem, arguments));
    return "science/plan";
  }

  private static @Nullable Integer number(@Nullable String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return -1; // named as out of range by the service
    }
  }
}
