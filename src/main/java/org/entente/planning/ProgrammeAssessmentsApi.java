package org.entente.planning;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.planning.CycleStatus.Actor;
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

/** Yearly assessments of IPAP and ANP programmes over HTTP: opened and rated by staff, commented and agreed by the partner. */
@RestController
@RequestMapping("/api/v1/planning/programme-assessments")
class ProgrammeAssessmentsApi {

  private final ProgrammeAssessments assessments;

  ProgrammeAssessmentsApi(ProgrammeAssessments assessments) {
    this.assessments = assessments;
  }

  /** An assessment with whom it waits for and the caller's next moves. */
  record Detail(ProgrammeAssessment assessment, Actor waitsFor, Set<ProgrammeAssessmentStatus> next, boolean mayComment) {}

  record Ratings(@Nullable List<ProgrammeAssessments.RatingInput> ratings) {}

  record Transition(@Nullable String to, @Nullable String comment) {}

  record NewComment(@Nullable String item, @Nullable String body) {}

  private Detail detail(UUID id) {
    var a = assessments.assessment(id);
    return new Detail(a, a.status().waitsFor(), assessments.next(a), assessments.mayComment(a));
  }

  @GetMapping
  Listing<ProgrammeAssessment> list(@RequestParam(required = false) @Nullable UUID programme, @RequestParam(required = false) @Nullable String partner,
      @RequestParam(required = false) @Nullable String status, Paging paging) {
    return assessments.list(programme, partner, status, paging);
  }

  @PostMapping
  ResponseEntity<Detail> open(@RequestBody ProgrammeAssessments.NewAssessment input) {
    var created = assessments.open(input);
    return ResponseEntity.created(URI.create("/api/v1/planning/programme-assessments/" + created.id())).body(detail(created.id()));
  }

  @GetMapping("/{id}")
  Detail assessment(@PathVariable UUID id) {
    return detail(id);
  }

  @PutMapping("/{id}/ratings")
  Detail rate(@PathVariable UUID id, @RequestBody Ratings ratings) {
    assessments.rate(id, ratings.ratings());
    return detail(id);
  }

  @PostMapping("/{id}/transitions")
  Detail move(@PathVariable UUID id, @RequestBody Transition transition) {
    assessments.transition(id, transition.to(), transition.comment());
    return detail(id);
  }

  @GetMapping("/{id}/comments")
  Listing<ProgrammeAssessment.Comment> comments(@PathVariable UUID id, Paging paging) {
    return assessments.comments(id, paging);
  }

  @PostMapping("/{id}/comments")
  ResponseEntity<ProgrammeAssessment.Comment> comment(@PathVariable UUID id, @RequestBody NewComment comment) {
    var written = assessments.comment(id, comment.item(), comment.body());
    return ResponseEntity.created(URI.create("/api/v1/planning/programme-assessments/" + id + "/comments")).body(written);
  }
}
