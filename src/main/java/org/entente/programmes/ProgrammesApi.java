package org.entente.programmes;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programmes over HTTP, for the pages and for national systems. */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammesApi {

  private final Programmes programmes;
  private final ProgrammeReview review;
  private final ProgrammeMenuChecks menuChecks;
  private final ProgrammeDocuments documents;

  ProgrammesApi(Programmes programmes, ProgrammeReview review, ProgrammeMenuChecks menuChecks, ProgrammeDocuments documents) {
    this.programmes = programmes;
    this.review = review;
    this.menuChecks = menuChecks;
    this.documents = documents;
  }

  /** A programme with its title, its planned activities as the menu stands today, and the caller's next moves. */
  record Detail(Programme programme, BilingualText title, List<ProgrammeMenuChecks.PlannedView> planned, Set<ProgrammeStatus> next) {}

  record Transition(@Nullable String to, @Nullable String comment) {}

  record NewComment(@Nullable String section, @Nullable UUID replyTo, @Nullable String body) {}

  private Detail detail(Programme p) {
    var actor = programmes.actor(p);
    return new Detail(p, programmes.title(p), menuChecks.planned(p), actor == null ? Set.of() : p.status().next(actor));
  }

  @GetMapping
  Listing<Programme> list(@RequestParam(required = false) @Nullable String partner, @RequestParam(required = false) @Nullable String status,
      Paging paging) {
    return programmes.list(partner, status, paging);
  }

  @PostMapping
  ResponseEntity<Detail> create(@RequestBody Programmes.NewProgramme input) {
    var created = programmes.create(input);
    return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).body(detail(created));
  }

  @GetMapping("/{id}")
  Detail get(@PathVariable UUID id) {
    return detail(programmes.programme(id));
  }

  @PutMapping("/{id}")
  Detail revise(@PathVariable UUID id, @RequestBody Programmes.ContentInput content) {
    return detail(programmes.revise(id, content));
  }

  @PostMapping("/{id}/transitions")
  Detail move(@PathVariable UUID id, @RequestBody Transition transition) {
    return detail(programmes.transition(id, transition.to(), transition.comment()));
  }

  @GetMapping("/{id}/versions")
  Listing<ProgrammeVersion> versions(@PathVariable UUID id, Paging paging) {
    return review.versions(id, paging);
  }

  @GetMapping("/{id}/versions/{number}")
  ProgrammeVersion version(@PathVariable UUID id, @PathVariable int number) {
    return review.version(id, number);
  }

  @GetMapping("/{id}/versions/{a}/compare/{b}")
  Comparison compare(@PathVariable UUID id, @PathVariable int a, @PathVariable int b) {
    return review.compare(id, a, b);
  }

  @GetMapping("/{id}/comments")
  Listing<ProgrammeComment> comments(@PathVariable UUID id, Paging paging) {
    return review.comments(id, paging);
  }

  @PostMapping("/{id}/comments")
  ResponseEntity<ProgrammeComment> comment(@PathVariable UUID id, @RequestBody NewComment comment) {
    var written = review.comment(id, comment.section(), comment.replyTo(), comment.body());
    return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/comments")).body(written);
  }

  @GetMapping("/{id}/progress")
  Progress progress(@PathVariable UUID id) {
    return programmes.progress(id);
  }

  @GetMapping("/{id}.pdf")
  void pdf(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    var programme = programmes.export(id, "pdf");
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"programme-" + programme.partner() + "-" + programme.startsOn().getYear() + ".pdf\"");
    documents.pdf(programme, Language.of(LocaleContextHolder.getLocale()), response.getOutputStream());
  }

  @GetMapping("/{id}.xlsx")
  void xlsx(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    var programme = programmes.export(id, "xlsx");
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"programme-" + programme.partner() + "-" + programme.startsOn().getYear() + ".xlsx\"");
    documents.xlsx(programme, Language.of(LocaleContextHolder.getLocale()), response.getOutputStream());
  }
}
