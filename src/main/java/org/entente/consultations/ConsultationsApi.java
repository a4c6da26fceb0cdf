package org.entente.consultations;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Consultations over HTTP, for the pages and for national systems. */
@RestController
@RequestMapping("/api/v1/consultations")
class ConsultationsApi {

  private final Consultations consultations;

  ConsultationsApi(Consultations consultations) {
    this.consultations = consultations;
  }

  /** A consultation with the caller's next moves. */
  record Detail(Consultation consultation, Set<ConsultationStatus> next) {}

  record Transition(@Nullable String to, @Nullable String reason) {}

  record Participants(@Nullable List<String> participants) {}

  record Attendance(@Nullable List<String> attended) {}

  record Minutes(@Nullable String minutes) {}

  record Summary(@Nullable BilingualText summary) {}

  private Detail detail(Consultation c) {
    var actor = consultations.actor(c);
    return new Detail(c, actor == null ? Set.of() : c.status().next(actor));
  }

  @GetMapping
  Listing<Consultation> list(@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String partner,
      Paging paging) {
    return consultations.list(status, partner, paging);
  }

  @PostMapping
  ResponseEntity<Detail> request(@RequestBody Consultations.Request request) {
    var created = consultations.request(request);
    return ResponseEntity.created(URI.create("/api/v1/consultations/" + created.id())).body(detail(created));
  }

  @GetMapping("/records")
  Listing<PublicRecord> records(Paging paging) {
    return consultations.records(paging);
  }

  @GetMapping("/{id}")
  Detail get(@PathVariable UUID id) {
    return detail(consultations.consultation(id));
  }

  @PutMapping("/{id}/participants")
  Detail prepare(@PathVariable UUID id, @RequestBody Participants body) {
    return detail(consultations.prepare(id, body.participants()));
  }

  @PostMapping("/{id}/transitions")
  Detail move(@PathVariable UUID id, @RequestBody Transition transition) {
    return detail(consultations.transition(id, transition.to(), transition.reason()));
  }

  @PutMapping("/{id}/meeting")
  Detail schedule(@PathVariable UUID id, @RequestBody Consultations.Meeting meeting) {
    return detail(consultations.schedule(id, meeting));
  }

  @PostMapping("/{id}/attendance")
  Detail held(@PathVariable UUID id, @RequestBody Attendance attendance) {
    return detail(consultations.held(id, attendance.attended()));
  }

  @PutMapping("/{id}/minutes")
  Detail minutes(@PathVariable UUID id, @RequestBody Minutes minutes) {
    return detail(consultations.minutes(id, minutes.minutes()));
  }

  @PutMapping("/{id}/summary")
  Detail share(@PathVariable UUID id, @RequestBody Summary summary) {
    return detail(consultations.share(id, summary.summary()));
  }

  @GetMapping("/{id}/documents")
  Listing<ConsultationDocument> documents(@PathVariable UUID id) {
    return Listing.of(consultations.documents(id));
  }

  @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ConsultationDocument> upload(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
    if (file == null) throw InvalidInput.of("file", "problem.required");
    var document = consultations.addDocument(id, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/documents/" + document.id())).body(document);
  }

  @GetMapping("/{id}/documents/{document}")
  ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID document) {
    var name = consultations.documents(id).stream().filter(d -> d.id().equals(document)).map(ConsultationDocument::filename).findFirst().orElse("document.pdf");
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"")
        .body(consultations.document(id, document));
  }

  @GetMapping(path = "/{id}/invitation.ics")
  ResponseEntity<String> invitation(@PathVariable UUID id) {
    var ics = consultations.invitation(id, Language.of(LocaleContextHolder.getLocale()));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"consultation-" + id + ".ics\"").body(ics);
  }
}
