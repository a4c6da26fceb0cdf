package org.entente.planning;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RestController;

/** The ministerial guidance for PARP over HTTP: versions drafted by staff, in force by a Council decision. */
@RestController
@RequestMapping("/api/v1/planning/guidance")
class GuidanceApi {

  private final MinisterialGuidance guidance;

  GuidanceApi(MinisterialGuidance guidance) {
    this.guidance = guidance;
  }

  record Transition(@Nullable String to) {}

  @GetMapping
  Listing<GuidanceVersion> list(Paging paging) {
    return guidance.list(paging);
  }

  @PostMapping
  ResponseEntity<GuidanceVersion> draft(@RequestBody MinisterialGuidance.GuidanceInput input) {
    var made = guidance.draft(input);
    return ResponseEntity.created(URI.create("/api/v1/planning/guidance/" + made.id())).body(made);
  }

  @GetMapping("/{id}")
  GuidanceVersion version(@PathVariable UUID id) {
    return guidance.version(id);
  }

  @PutMapping("/{id}")
  GuidanceVersion revise(@PathVariable UUID id, @RequestBody MinisterialGuidance.GuidanceInput input) {
    return guidance.revise(id, input);
  }

  @PostMapping("/{id}/transitions")
  GuidanceVersion move(@PathVariable UUID id, @RequestBody Transition transition) {
    return guidance.transition(id, transition.to());
  }
}
