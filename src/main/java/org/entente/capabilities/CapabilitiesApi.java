package org.entente.capabilities;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.capabilities.EvaluationStatus.Kind;
import org.entente.languages.BilingualText;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** OCC Evaluation and Feedback over HTTP: declared units, their evaluations and ratings, remedial actions, the timeline. */
@RestController
@RequestMapping("/api/v1/capabilities")
class CapabilitiesApi {

  private final Capabilities capabilities;
  private final Evaluations evaluations;
  private final RemedialActions actions;

  CapabilitiesApi(Capabilities capabilities, Evaluations evaluations, RemedialActions actions) {
    this.capabilities = capabilities;
    this.evaluations = evaluations;
    this.actions = actions;
  }

  /** A unit with what the caller may do with it, its evaluations, its remedial actions and its timeline. */
  record UnitDetail(Unit unit, Set<UnitStatus> next, Set<Kind> mayOpen, List<Evaluation> evaluations, List<RemedialAction> actions,
      List<TimelineEntry> timeline) {}

  /** An evaluation with the caller's next moves and whether they may rate it or add to its remedial plan. */
  record EvaluationDetail(Evaluation evaluation, Set<EvaluationStatus> next, boolean mayRate, boolean mayPlan) {}

  record Transition(@Nullable String to, @Nullable String reason) {}

  record Ratings(@Nullable List<Evaluations.@Nullable RatingInput> ratings, @Nullable BilingualText summary) {}

  UnitDetail detail(UUID id) {
    var unit = capabilities.unit(id);
    return new UnitDetail(unit, capabilities.next(unit), evaluations.mayOpen(unit), evaluations.evaluations(id), actions.actions(id),
        capabilities.timeline(id));
  }

  EvaluationDetail evaluationDetail(UUID id) {
    var evaluation = evaluations.evaluation(id);
    var unit = capabilities.unit(evaluation.unit());
    return new EvaluationDetail(evaluation, evaluations.next(unit, evaluation), evaluations.mayRate(unit, evaluation),
        actions.mayPlan(unit, evaluation));
  }

  @GetMapping("/units")
  Listing<Unit> units(@RequestParam(required = false) @Nullable String partner, @RequestParam(required = false) @Nullable String status,
      Paging paging) {
    return capabilities.units(partner, status, paging);
  }

  @PostMapping("/units")
  ResponseEntity<UnitDetail> declare(@RequestBody Capabilities.NewUnit input) {
    var created = capabilities.declare(input);
    return ResponseEntity.created(URI.create("/api/v1/capabilities/units/" + created.id())).body(detail(created.id()));
  }

  @GetMapping("/units/{id}")
  UnitDetail unit(@PathVariable UUID id) {
    return detail(id);
  }

  @PostMapping("/units/{id}/transitions")
  UnitDetail moveUnit(@PathVariable UUID id, @RequestBody Transition transition) {
    capabilities.moveUnit(id, transition.to(), transition.reason());
    return detail(id);
  }

  @PostMapping("/units/{id}/evaluations")
  ResponseEntity<EvaluationDetail> open(@PathVariable UUID id, @RequestBody Evaluations.NewEvaluation input) {
    var created = evaluations.open(id, input);
    return ResponseEntity.created(URI.create("/api/v1/capabilities/evaluations/" + created.id())).body(evaluationDetail(created.id()));
  }

  @GetMapping("/evaluations/{id}")
  EvaluationDetail evaluation(@PathVariable UUID id) {
    return evaluationDetail(id);
  }

  @PutMapping("/evaluations/{id}/ratings")
  EvaluationDetail rate(@PathVariable UUID id, @RequestBody Ratings ratings) {
    evaluations.rate(id, ratings.ratings(), ratings.summary());
    return evaluationDetail(id);
  }

  @PostMapping("/evaluations/{id}/transitions")
  EvaluationDetail moveEvaluation(@PathVariable UUID id, @RequestBody Transition transition) {
    evaluations.moveEvaluation(id, transition.to(), transition.reason());
    return evaluationDetail(id);
  }

  @PostMapping("/evaluations/{id}/actions")
  ResponseEntity<RemedialAction> addAction(@PathVariable UUID id, @RequestBody RemedialActions.NewAction input) {
    var created = actions.addAction(id, input);
    return ResponseEntity.created(URI.create("/api/v1/capabilities/actions?status=" + created.status().name())).body(created);
  }

  @GetMapping("/actions")
  Listing<RemedialAction> actions(@RequestParam(required = false) @Nullable String partner, @RequestParam(required = false) @Nullable String status,
      Paging paging) {
    return actions.actions(partner, status, paging);
  }

  @PostMapping("/actions/{id}/transitions")
  RemedialAction moveAction(@PathVariable UUID id, @RequestBody Transition transition) {
    return actions.moveAction(id, transition.to(), transition.reason());
  }
}
