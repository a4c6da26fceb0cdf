package org.entente.exercises;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The five-year exercise programme over HTTP: versions, their moves, exercises, comparisons and the XLSX plan. */
@RestController
@RequestMapping("/api/v1/exercises")
class ExercisesApi {

  private final Exercises exercises;
  private final PlanExport export;
  private final Centres centres;

  ExercisesApi(Exercises exercises, PlanExport export, Centres centres) {
    this.exercises = exercises;
    this.export = export;
    this.centres = centres;
  }

  record VersionDetail(PlanVersion version, Set<VersionStatus> next, List<Exercise> exercises) {}

  record Transition(@Nullable String to, @Nullable String reason) {}

  private VersionDetail detail(PlanVersion v) {
    return new VersionDetail(v, exercises.plans() ? v.status().next() : Set.of(), exercises.exercises(v.id()));
  }

  @GetMapping("/versions")
  Paged<PlanVersion> versions(@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    return exercises.versions(status, page, size);
  }

  @PostMapping("/versions")
  ResponseEntity<VersionDetail> draft(@RequestBody Exercises.NewVersion body) {
    var created = exercises.draft(body);
    return ResponseEntity.created(URI.create("/api/v1/exercises/versions/" + created.id())).body(detail(created));
  }

  @GetMapping("/versions/{id}")
  VersionDetail version(@PathVariable UUID id) {
    return detail(exercises.version(id));
  }

  @PostMapping("/versions/{id}/transitions")
  VersionDetail move(@PathVariable UUID id, @RequestBody Transition body) {
    return detail(exercises.transition(id, body.to(), body.reason()));
  }

  @PostMapping("/versions/{id}/exercises")
  ResponseEntity<Exercise> add(@PathVariable UUID id, @RequestBody Exercises.NewExercise body) {
    var added = exercises.add(id, body);
    return ResponseEntity.created(URI.create("/api/v1/exercises/" + added.id())).body(added);
  }

  @GetMapping("/versions/{id}/comparison")
  Comparison compare(@PathVariable UUID id, @RequestParam UUID with) {
    return exercises.compare(with, id);
  }

  @GetMapping("/versions/{id}/plan.xlsx")
  void xlsx(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    var v = exercises.version(id);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"mtep-" + v.firstYear() + "-" + v.lastYear() + "-v" + v.number() + ".xlsx\"");
    export.xlsx(id, response.getOutputStream());
  }

  /** The training centres network: public, visitors included. */
  @GetMapping("/centres")
  org.entente.web.Listing<Centre> centres(@RequestParam(required = false) @Nullable String accreditation, org.entente.web.Paging paging) {
    return paging.slice(centres.network(accreditation));
  }

  @PutMapping("/centres/{code}")
  Centre accredit(@PathVariable String code, @RequestBody Centres.NewAccreditation body) {
    return centres.record(code, body);
  }

  @GetMapping("/{id}")
  Exercise exercise(@PathVariable UUID id) {
    return exercises.exercise(id);
  }

  @PutMapping("/{id}")
  Exercise change(@PathVariable UUID id, @RequestBody Exercises.NewExercise body) {
    return exercises.change(id, body);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> remove(@PathVariable UUID id) {
    exercises.remove(id);
    return ResponseEntity.noContent().build();
  }
}
