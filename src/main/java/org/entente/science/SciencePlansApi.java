package org.entente.science;

import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The second review of a multi-year project's plan over HTTP (the moves themselves go through the transitions). */
@RestController
class SciencePlansApi {

  private final SciencePlans plans;

  SciencePlansApi(SciencePlans plans) {
    this.plans = plans;
  }

  record Assignment(@Nullable UUID reviewer) {}

  record Declining(@Nullable Boolean conflict, @Nullable String reason) {}

  @GetMapping("/api/v1/science/plan-reviews")
  Listing<Review> queue(Paging paging) {
    return paging.slice(plans.queue());
  }

  @PostMapping("/api/v1/science/applications/{id}/plan-reviewers")
  Review assign(@PathVariable UUID id, @RequestBody Assignment assignment) {
    return plans.assign(id, assignment.reviewer());
  }

  @GetMapping("/api/v1/science/applications/{id}/plan-reviews")
  Listing<Review> reviews(@PathVariable UUID id) {
    return Listing.of(plans.reviews(id));
  }

  @PostMapping("/api/v1/science/applications/{id}/plan-review")
  Review score(@PathVariable UUID id, @RequestBody ScienceReviews.Scores scores) {
    return plans.score(id, scores);
  }

  @PostMapping("/api/v1/science/applications/{id}/plan-decline")
  ResponseEntity<Void> decline(@PathVariable UUID id, @RequestBody Declining declining) {
    plans.decline(id, Boolean.TRUE.equals(declining.conflict()), declining.reason());
    return ResponseEntity.noContent().build();
  }
}
