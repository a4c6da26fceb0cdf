package org.entente.integrity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

/** Building Integrity over HTTP: the questionnaire, a nation's assessment, its peer review, report and follow-up plan. */
@RestController
@RequestMapping("/api/v1/integrity")
class IntegrityApi {

  private final Integrity integrity;

  IntegrityApi(Integrity integrity) {
    this.integrity = integrity;
  }

  record Detail(Assessment assessment, Set<IntegrityStatus> next) {}

  record NewAssessment(@Nullable String nation) {}

  record Transition(@Nullable String to, @Nullable String reason) {}

  record Answers(@Nullable Map<String, String> answers) {}

  record Report(@Nullable BilingualText report) {}

  record NewQuestionnaire(@Nullable BilingualText note, @Nullable List<Questionnaire.Question> questions) {}

  private Detail detail(Assessment a) {
    var actor = integrity.actor(a);
    return new Detail(a, actor == null ? Set.of() : a.status().next(actor));
  }

  @GetMapping("/questionnaires/latest")
  Questionnaire latest() {
    return integrity.latest();
  }

  @GetMapping("/questionnaires/{version}")
  Questionnaire questionnaire(@PathVariable int version) {
    return integrity.questionnaire(version);
  }

  @PostMapping("/questionnaires")
  ResponseEntity<Questionnaire> publish(@RequestBody NewQuestionnaire body) {
    var published = integrity.publish(body.note(), body.questions());
    return ResponseEntity.created(URI.create("/api/v1/integrity/questionnaires/" + published.version())).body(published);
  }

  @GetMapping("/assessments")
  Listing<AssessmentSummary> list(@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String nation,
      Paging paging) {
    return integrity.list(status, nation, paging);
  }

  @PostMapping("/assessments")
  ResponseEntity<Detail> request(@RequestBody NewAssessment body) {
    var created = integrity.request(body.nation());
    return ResponseEntity.created(URI.create("/api/v1/integrity/assessments/" + created.id())).body(detail(created));
  }

  @GetMapping("/assessments/{id}")
  Detail get(@PathVariable UUID id) {
    return detail(integrity.get(id));
  }

  @PostMapping("/assessments/{id}/transitions")
  Detail move(@PathVariable UUID id, @RequestBody Transition body) {
    return detail(integrity.transition(id, body.to(), body.reason()));
  }

  @PutMapping("/assessments/{id}/answers")
  Detail answer(@PathVariable UUID id, @RequestBody Answers body) {
    return detail(integrity.answer(id, body.answers()));
  }

  @PutMapping("/assessments/{id}/peer-review")
  Detail peerReview(@PathVariable UUID id, @RequestBody Integrity.PeerReview body) {
    return detail(integrity.peerReview(id, body));
  }

  @PutMapping("/assessments/{id}/report")
  Detail report(@PathVariable UUID id, @RequestBody Report body) {
    return detail(integrity.report(id, body.report()));
  }

  @PostMapping("/assessments/{id}/actions")
  ResponseEntity<Detail> action(@PathVariable UUID id, @RequestBody Integrity.NewAction body) {
    return ResponseEntity.created(URI.create("/api/v1/integrity/assessments/" + id)).body(detail(integrity.addAction(id, body)));
  }
}
