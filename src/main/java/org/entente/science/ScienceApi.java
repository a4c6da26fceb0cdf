package org.entente.science;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Science for Peace and Security over HTTP: calls and awarded projects for everyone, the rest by need to know. */
@RestController
@RequestMapping("/api/v1/science")
class ScienceApi {

  private final Science science;
  private final ScienceCalls scienceCalls;
  private final ScienceSubmissions submissions;
  private final SciencePanel panel;
  private final ScienceReviews reviewing;
  private final ScienceGrants grants;

  ScienceApi(Science science, ScienceCalls scienceCalls, ScienceSubmissions submissions, SciencePanel panel, ScienceReviews reviewing,
      ScienceGrants grants) {
    this.grants = grants;
    this.science = science;
    this.scienceCalls = scienceCalls;
    this.submissions = submissions;
    this.panel = panel;
    this.reviewing = reviewing;
  }

  /** An application with the moves the caller may make and, for a reviewer, their own review. */
  record Detail(Application application, Set<ApplicationStatus> next, @Nullable Review myReview) {}

  record Transition(@Nullable String to, @Nullable String comment, @Nullable BigDecimal amount) {}

  record Assignment(@Nullable UUID reviewer) {}

  record Declining(@Nullable Boolean conflict, @Nullable String reason) {}

  record NewReport(@Nullable String body, java.util.@Nullable Map<String, BigDecimal> spending) {}

  record InstalmentMove(@Nullable String to) {}

  record Summary(org.entente.languages.@Nullable BilingualText text) {}

  record Nomination(@Nullable UUID account, @Nullable String nation) {}

  Detail detail(UUID id) {
    var application = science.application(id);
    return new Detail(application, science.next(application), reviewing.myReview(id));
  }

  @GetMapping("/calls")
  Listing<Call> calls(Paging paging) {
    return scienceCalls.calls(paging);
  }

  @PostMapping("/calls")
  ResponseEntity<Call> createCall(@RequestBody ScienceCalls.NewCall input) {
    var call = scienceCalls.createCall(input);
    return ResponseEntity.created(URI.create("/api/v1/science/calls/" + call.id())).body(call);
  }

  @GetMapping("/calls/{id}")
  Call call(@PathVariable UUID id) {
    return scienceCalls.call(id);
  }

  @PostMapping("/calls/{id}/publish")
  Call publish(@PathVariable UUID id) {
    return scienceCalls.publish(id);
  }

  @PostMapping("/calls/{id}/close")
  Call close(@PathVariable UUID id) {
    return scienceCalls.close(id);
  }

  @GetMapping("/calls/{id}/ranking")
  Ranking ranking(@PathVariable UUID id) {
    return reviewing.ranking(id);
  }

  @GetMapping("/applications")
  Listing<Application> applications(@RequestParam(required = false) @Nullable UUID call,
      @RequestParam(required = false) @Nullable String status, Paging paging) {
    return science.applications(call, status, paging);
  }

  @PostMapping("/applications")
  ResponseEntity<Detail> submit(@RequestBody ScienceSubmissions.NewApplication input) {
    var created = submissions.submit(input);
    return ResponseEntity.created(URI.create("/api/v1/science/applications/" + created.id())).body(detail(created.id()));
  }

  @GetMapping("/applications/{id}")
  Detail application(@PathVariable UUID id) {
    return detail(id);
  }

  @PostMapping("/applications/{id}/transitions")
  Detail move(@PathVariable UUID id, @RequestBody Transition transition) {
    science.transition(id, transition.to(), transition.comment(), transition.amount());
    return detail(id);
  }

  @PostMapping("/applications/{id}/reviewers")
  Review assign(@PathVariable UUID id, @RequestBody Assignment assignment) {
    return reviewing.assign(id, assignment.reviewer());
  }

  @GetMapping("/applications/{id}/reviews")
  Listing<Review> reviews(@PathVariable UUID id) {
    return Listing.of(reviewing.reviews(id));
  }

  @PostMapping("/applications/{id}/review")
  Review score(@PathVariable UUID id, @RequestBody ScienceReviews.Scores scores) {
    return reviewing.score(id, scores);
  }

  @PostMapping("/applications/{id}/decline")
  ResponseEntity<Void> decline(@PathVariable UUID id, @RequestBody Declining declining) {
    reviewing.decline(id, Boolean.TRUE.equals(declining.conflict()), declining.reason());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/applications/{id}/reports")
  Listing<ProgressReport> reports(@PathVariable UUID id) {
    return Listing.of(grants.reports(id));
  }

  @PostMapping("/applications/{id}/reports")
  ResponseEntity<ProgressReport> report(@PathVariable UUID id, @RequestBody NewReport report) {
    var written = grants.report(id, report.body(), report.spending());
    return ResponseEntity.created(URI.create("/api/v1/science/applications/" + id + "/reports")).body(written);
  }

  @PostMapping("/applications/{id}/summary")
  Detail releaseSummary(@PathVariable UUID id, @RequestBody Summary summary) {
    grants.releaseSummary(id, summary.text());
    return detail(id);
  }

  @PostMapping("/applications/{id}/reports/{report}/review")
  ProgressReport reviewReport(@PathVariable UUID id, @PathVariable UUID report) {
    return grants.reviewReport(id, report);
  }

  @GetMapping("/applications/{id}/grant")
  Grant grant(@PathVariable UUID id) {
    return grants.grant(id);
  }

  @PostMapping("/applications/{id}/instalments")
  ResponseEntity<Instalment> planInstalment(@PathVariable UUID id, @RequestBody ScienceGrants.NewInstalment input) {
    var planned = grants.planInstalment(id, input);
    return ResponseEntity.created(URI.create("/api/v1/science/applications/" + id + "/grant")).body(planned);
  }

  @PostMapping("/applications/{id}/instalments/{instalment}/transitions")
  Instalment moveInstalment(@PathVariable UUID id, @PathVariable UUID instalment, @RequestBody InstalmentMove move) {
    return grants.moveInstalment(id, instalment, move.to());
  }

  @GetMapping("/reviews")
  Listing<Review> queue(Paging paging) {
    return reviewing.queue(paging);
  }

  @GetMapping("/panel")
  Listing<PanelMember> panel(Paging paging) {
    return panel.panel(paging);
  }

  @PostMapping("/panel")
  ResponseEntity<PanelMember> nominate(@RequestBody Nomination nomination) {
    var member = panel.nominate(nomination.account(), nomination.nation());
    return ResponseEntity.created(URI.create("/api/v1/science/panel")).body(member);
  }

  @PostMapping("/panel/{account}/appoint")
  PanelMember appoint(@PathVariable UUID account) {
    return panel.appoint(account);
  }

  @GetMapping("/projects")
  Listing<PublicProject> projects(Paging paging) {
    return paging.slice(science.projects());
  }

  @GetMapping("/projects/{id}")
  PublicProject project(@PathVariable UUID id) {
    return science.projects().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFound("science-project", id.toString()));
  }

}
