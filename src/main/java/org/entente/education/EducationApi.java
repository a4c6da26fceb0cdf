package org.entente.education;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.education.Programme.YearFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** DEEP and PDP programmes over HTTP: list, propose, move, experts, menu events, placements, yearly figures. */
@RestController
@RequestMapping("/api/v1/education/programmes")
class EducationApi {

  private final Education education;

  EducationApi(Education education) {
    this.education = education;
  }

  record Detail(Programme programme, Set<ProgrammeStatus> next, List<YearFigures> figures) {}

  record Transition(@Nullable String to, @Nullable String reason) {}

  record EventLink(@Nullable String event) {}

  private Detail detail(Programme p) {
    var actor = education.actor(p);
    return new Detail(p, actor == null ? Set.of() : p.status().next(actor), education.figures(p));
  }

  private static URI at(Programme p) {
    return URI.create("/api/v1/education/programmes/" + p.id());
  }

  @GetMapping
  Paged<ProgrammeSummary> list(@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String partner,
      @RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    return education.list(status, partner, kind, page, size);
  }

  @PostMapping
  ResponseEntity<Detail> propose(@RequestBody Education.NewProgramme body) {
    var created = education.propose(body);
    return ResponseEntity.created(at(created)).body(detail(created));
  }

  @GetMapping("/{id}")
  Detail get(@PathVariable UUID id) {
    return detail(education.get(id));
  }

  @PostMapping("/{id}/transitions")
  Detail move(@PathVariable UUID id, @RequestBody Transition body) {
    return detail(education.transition(id, body.to(), body.reason()));
  }

  @PostMapping("/{id}/experts")
  ResponseEntity<Detail> expert(@PathVariable UUID id, @RequestBody Education.NewExpert body) {
    var p = education.addExpert(id, body);
    return ResponseEntity.created(at(p)).body(detail(p));
  }

  @PostMapping("/{id}/events")
  ResponseEntity<Detail> event(@PathVariable UUID id, @RequestBody EventLink body) {
    var p = education.linkEvent(id, body.event());
    return ResponseEntity.created(at(p)).body(detail(p));
  }

  @PostMapping("/{id}/placements")
  ResponseEntity<Detail> placement(@PathVariable UUID id, @RequestBody Education.NewPlacement body) {
    var p = education.addPlacement(id, body);
    return ResponseEntity.created(at(p)).body(detail(p));
  }
}
