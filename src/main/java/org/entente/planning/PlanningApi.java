package org.entente.planning;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

/** Defence planning over HTTP: participation, PARP cycles, their survey, goals, talks and assessment. */
@RestController
@RequestMapping("/api/v1/planning")
class PlanningApi {

  private final Planning planning;
  private final ParticipationRequests participations;
  private final ParpCycles cycles;
  private final ParpSurveys surveys;
  private final PartnershipGoals goals;
  private final ParpAssessments assessments;

  PlanningApi(Planning planning, ParticipationRequests participations, ParpCycles cycles, ParpSurveys surveys, PartnershipGoals goals,
      ParpAssessments assessments) {
    this.planning = planning;
    this.participations = participations;
    this.cycles = cycles;
    this.surveys = surveys;
    this.goals = goals;
    this.assessments = assessments;
  }

  /** A frozen version of the goals, without its goals (read one to have them). */
  record VersionSummary(int number, CycleStatus stage, String frozenBy, java.time.Instant frozenAt) {}

  /** A cycle with what the caller may do with it, its frozen versions and its history. */
  record CycleDetail(Cycle cycle, CycleStatus.Actor waitsFor, Set<CycleStatus> next, boolean mayComment, List<VersionSummary> versions,
      List<CycleMove> history) {}

  /** The survey: its questions in order and the answers the caller may read. */
  record Survey(List<Question> questions, Map<String, String> answers, boolean readsBudget) {}

  record Transition(@Nullable String to, @Nullable String comment) {}

  record Answers(@Nullable Map<String, @Nullable String> answers) {}

  record Goals(@Nullable List<PartnershipGoals.GoalInput> goals) {}

  record Assessment(@Nullable List<ParpAssessments.RatingInput> ratings) {}

  record NewComment(@Nullable String section, @Nullable UUID replyTo, @Nullable String body) {}

  CycleDetail detail(UUID id) {
    var cycle = planning.cycle(id);
    return new CycleDetail(cycle, cycle.waitsFor(), planning.next(cycle), planning.mayComment(cycle),
        goals.versions(id).stream().map(v -> new VersionSummary(v.number(), v.stage(), v.frozenBy(), v.frozenAt())).toList(),
        planning.history(id));
  }

  @GetMapping("/participations")
  Listing<Participation> participations(@RequestParam(required = false) @Nullable String partner, Paging paging) {
    return planning.participations(partner, paging);
  }

  @PostMapping("/participations")
  ResponseEntity<Participation> requestParticipation(@RequestBody ParticipationRequests.NewParticipation input) {
    var created = participations.requestParticipation(input);
    return ResponseEntity.created(URI.create("/api/v1/planning/participations/" + created.id())).body(created);
  }

  @GetMapping("/participations/{id}")
  Participation participation(@PathVariable UUID id) {
    return planning.participation(id);
  }

  @GetMapping("/cycles")
  Listing<Cycle> cycles(@RequestParam(required = false) @Nullable String partner, @RequestParam(required = false) @Nullable String status,
      Paging paging) {
    return planning.cycles(partner, status, paging);
  }

  @PostMapping("/cycles")
  ResponseEntity<CycleDetail> open(@RequestBody ParpCycles.NewCycle input) {
    var created = cycles.open(input);
    return ResponseEntity.created(URI.create("/api/v1/planning/cycles/" + created.id())).body(detail(created.id()));
  }

  @GetMapping("/cycles/{id}")
  CycleDetail cycle(@PathVariable UUID id) {
    return detail(id);
  }

  @PostMapping("/cycles/{id}/transitions")
  CycleDetail move(@PathVariable UUID id, @RequestBody Transition transition) {
    cycles.transition(id, transition.to(), transition.comment());
    return detail(id);
  }

  @GetMapping("/cycles/{id}/survey")
  Survey survey(@PathVariable UUID id) {
    var cycle = planning.cycle(id);
    return new Survey(surveys.questions(cycle), surveys.answers(id), planning.readsBudget(cycle.partner()));
  }

  @PutMapping("/cycles/{id}/survey")
  Survey saveSurvey(@PathVariable UUID id, @RequestBody Answers answers) {
    surveys.saveSurvey(id, answers.answers());
    return survey(id);
  }

  @PutMapping("/cycles/{id}/goals")
  CycleDetail saveGoals(@PathVariable UUID id, @RequestBody Goals goals) {
    this.goals.saveGoals(id, goals.goals());
    return detail(id);
  }

  @GetMapping("/cycles/{id}/versions/{number}")
  GoalsVersion version(@PathVariable UUID id, @PathVariable int number) {
    return goals.version(id, number);
  }

  @GetMapping("/cycles/{id}/comparison")
  GoalsComparison compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
    return goals.compare(id, from, to);
  }

  @PutMapping("/cycles/{id}/assessment")
  CycleDetail saveAssessment(@PathVariable UUID id, @RequestBody Assessment assessment) {
    assessments.saveAssessment(id, assessment.ratings());
    return detail(id);
  }

  @GetMapping("/cycles/{id}/comments")
  Listing<PlanningComment> comments(@PathVariable UUID id, Paging paging) {
    return goals.comments(id, paging);
  }

  @PostMapping("/cycles/{id}/comments")
  ResponseEntity<PlanningComment> comment(@PathVariable UUID id, @RequestBody NewComment comment) {
    var written = goals.comment(id, comment.section(), comment.replyTo(), comment.body());
    return ResponseEntity.created(URI.create("/api/v1/planning/cycles/" + id + "/comments")).body(written);
  }
}
