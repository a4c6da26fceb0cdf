package org.entente.registration;

import java.net.URI;
import java.util.UUID;
import org.entente.registration.Replies.Reply;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Participants, invitations and nominations over HTTP. The POSTs that nominate or decide accept an
 * {@code Idempotency-Key}: their answer is the one kept for the key.
 */
@RestController
@RequestMapping("/api/v1")
class RegistrationApi {

  private final Registrations registrations;
  private final ParticipantRegister register;
  private final Replies replies;
  private final JsonMapper json;
  private final Certificates certificates;
  private final AfterEvent afterEvent;
  private final Attendance attendance;

  RegistrationApi(Registrations registrations, ParticipantRegister register, Replies replies, JsonMapper json,
      Certificates certificates, AfterEvent afterEvent, Attendance attendance) {
    this.attendance = attendance;
    this.registrations = registrations;
    this.register = register;
    this.replies = replies;
    this.json = json;
    this.certificates = certificates;
    this.afterEvent = afterEvent;
  }

  @GetMapping("/activities/{code}/review")
  Attendance.Figures review(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year) {
    return attendance.figures(code, year);
  }

  @GetMapping("/reviews/{year}/figures")
  Listing<Attendance.Figures> reviewFigures(@PathVariable int year, Paging paging) {
    return paging.slice(attendance.year(year));
  }

  @GetMapping("/nominations/{id}/certificate")
  ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
    var pdf = certificates.pdf(id);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"entente-certificate.pdf\"").body(pdf);
  }

  @PostMapping("/nominations/{id}/feedback")
  ResponseEntity<AfterEvent.FeedbackSummary> feedback(@PathVariable UUID id, @RequestBody AfterEvent.FeedbackForm form) {
    var summary = afterEvent.giveFeedback(id, form);
    var event = registrations.nomination(id).event();
    return ResponseEntity.created(URI.create("/api/v1/events/" + event + "/feedback")).body(summary);
  }

  @GetMapping("/events/{id}/feedback")
  AfterEvent.FeedbackSummary feedbackOf(@PathVariable UUID id) {
    return afterEvent.feedback(id);
  }

  @PutMapping("/events/{id}/report")
  AfterEvent.Report fileReport(@PathVariable UUID id, @RequestBody ReportText text) {
    return afterEvent.fileReport(id, text.text());
  }

  @GetMapping("/events/{id}/report")
  AfterEvent.Report report(@PathVariable UUID id) {
    return afterEvent.report(id);
  }

  record ReportText(org.entente.languages.@Nullable BilingualText text) {}

  record NominationRequest(@Nullable UUID participant) {}

  record TransitionRequest(@Nullable String to) {}

  @GetMapping("/participants")
  Listing<Participant> participants(@RequestParam(required = false) @Nullable String nation, Paging paging) {
    return register.participants(nation, paging);
  }

  @PostMapping("/participants")
  ResponseEntity<Participant> addParticipant(@RequestBody ParticipantRegister.NewParticipant participant) {
    var added = register.addParticipant(participant);
    return ResponseEntity.created(URI.create("/api/v1/participants/" + added.id())).body(added);
  }

  @GetMapping("/participants/{id}")
  Participant participant(@PathVariable UUID id) {
    return register.participant(id);
  }

  @PutMapping("/participants/{id}")
  Participant changeParticipant(@PathVariable UUID id, @RequestBody ParticipantRegister.NewParticipant participant) {
    return register.changeParticipant(id, participant);
  }

  record AccountLink(@Nullable UUID account) {}

  @PutMapping("/participants/{id}/account")
  Participant linkAccount(@PathVariable UUID id, @RequestBody AccountLink link) {
    return register.linkAccount(id, link.account());
  }

  @GetMapping("/me/nominations")
  Listing<MyNomination> myNominations() {
    return Listing.of(registrations.myNominations());
  }

  @GetMapping("/participants/{id}/nominations")
  Listing<Nomination> nominationsOf(@PathVariable UUID id, Paging paging) {
    return registrations.nominationsOf(id, paging);
  }

  @GetMapping("/events/{id}/invitation")
  Invitation invitation(@PathVariable UUID id) {
    return registrations.invitation(id);
  }

  @PutMapping("/events/{id}/invitation")
  Invitation invite(@PathVariable UUID id, @RequestBody Registrations.InvitationRequest request) {
    return registrations.invite(id, request);
  }

  @GetMapping("/events/{id}/seats")
  Seats seats(@PathVariable UUID id) {
    return registrations.seats(id);
  }

  @GetMapping("/events/{id}/nominations")
  Listing<Nomination> nominations(@PathVariable UUID id, Paging paging) {
    return registrations.nominations(id, paging);
  }

  @PostMapping("/events/{id}/nominations")
  ResponseEntity<String> nominate(@PathVariable UUID id, @RequestBody NominationRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
    var reply = replies.once(key, "POST /events/" + id + "/nominations " + json.writeValueAsString(request),
        () -> new Reply(201, json.writeValueAsString(registrations.nominate(id, request.participant()))));
    var nomination = json.readTree(reply.body()).get("id").asString();
    return answer(reply, URI.create("/api/v1/nominations/" + nomination));
  }

  @GetMapping("/nominations/{id}")
  Nomination nomination(@PathVariable UUID id) {
    return registrations.nomination(id);
  }

  @PostMapping("/nominations/{id}/transitions")
  ResponseEntity<String> move(@PathVariable UUID id, @RequestBody TransitionRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
    var reply = replies.once(key, "POST /nominations/" + id + "/transitions " + json.writeValueAsString(request),
        () -> new Reply(200, json.writeValueAsString(registrations.move(id, request.to()))));
    return answer(reply, null);
  }

  private static ResponseEntity<String> answer(Reply reply, @Nullable URI location) {
    var builder = ResponseEntity.status(reply.status()).contentType(MediaType.APPLICATION_JSON);
    if (location != null && reply.status() == 201) {
      builder.location(location);
    }
    return builder.body(reply.body());
  }
}
