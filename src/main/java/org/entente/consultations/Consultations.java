package org.entente.consultations;

import static org.entente.web.Texts.bilingual;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.consultations.ConsultationStatus.Actor;
import org.entente.council.CouncilRegister;
import org.entente.council.Decision;
import org.entente.council.DecisionTaken;
import org.entente.council.Subject;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Allies + n" consultations. Scope, said here and again by row-level security: the requester's coordinators,
 * staff and the secretariat read a consultation from the request on; once the Council approved it, its
 * participants' coordinators and every Ally's read it too; everyone else reads only its {@link PublicRecord}.
 */
@Service
public class Consultations {

  static final int MAX_PARTICIPANTS = 40, MAX_AGENDA = 30, MAX_DOCUMENT = 10 * 1024 * 1024;

  private final ConsultationStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final AuditTrail audit;
  private final ConsultationNotices notices;
  private final Invitees invitees;
  private final Clock clock;

  Consultations(ConsultationStore store, Guard guard, Directory directory, CouncilRegister council, AuditTrail audit,
      ConsultationNotices notices, Invitees invitees, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.audit = audit;
    this.notices = notices;
    this.invitees = invitees;
    this.clock = clock;
  }

  /** A request as typed; {@code organisation} is the nation asked for (staff: their Alliance body). */
  public record Request(@Nullable String organisation, @Nullable BilingualText subject, @Nullable BilingualText rationale,
      @Nullable String format, @Nullable String level, @Nullable List<String> participants, @Nullable LocalDate wishedFrom,
      @Nullable LocalDate wishedTo, @Nullable String operation) {

    public Request(@Nullable String organisation, @Nullable BilingualText subject, @Nullable BilingualText rationale,
        @Nullable String format, @Nullable String level, @Nullable List<String> participants, @Nullable LocalDate wishedFrom,
        @Nullable LocalDate wishedTo) {
      this(organisation, subject, rationale, format, level, participants, wishedFrom, wishedTo, null);
    }
  }

  /** The meeting as staff schedule it; {@code startsAt} and {@code endsAt} are local time at the place. */
  public record Meeting(@Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String place,
      @Nullable List<BilingualText> agenda) {}

  @Transactional(readOnly = true)
  public Listing<Consultation> list(@Nullable String status, @Nullable String partner, Paging paging) {
    guard.caller();
    var wanted = status == null || status.isBlank() ? null : InvalidInput.code(ConsultationStatus.class, status, "status").name();
    var filter = new ConsultationStore.Filter(wanted, partner == null || partner.isBlank() ? null : partner.strip().toUpperCase(Locale.ROOT));
    return paging.listing(store.list(filter, paging), store.count(filter));
  }

  @Transactional(readOnly = true)
  public Consultation consultation(UUID id) {
    var caller = guard.caller();
    return store.find(id).filter(c -> readable(caller, c)).orElseThrow(() -> new NotFound("consultation", id.toString()));
  }

  /** What every signed-in reader sees: the consultations that took place, newest first. */
  @Transactional(readOnly = true)
  public Listing<PublicRecord> records(Paging paging) {
    guard.caller();
    return paging.listing(store.records(paging), store.countRecords());
  }

  /** Who the caller is to this consultation, if anyone who may move it. */
  public @Nullable Actor actor(Consultation c) {
    var caller = guard.caller();
    if (caller.has(Permission.MANAGE_CONSULTATIONS_GLOBALLY)) return Actor.STAFF;
    return caller.organisationsWith(Permission.REQUEST_CONSULTATIONS_FOR_OWN_ORGANISATION).contains(c.requester()) ? Actor.REQUESTER : null;
  }

  /** The organisations the caller may ask a consultation for. */
  public List<String> requesters() {
    var caller = guard.caller();
    var today = LocalDate.now(clock);
    var orgs = new java.util.TreeSet<String>();
    caller.organisationsWith(Permission.REQUEST_CONSULTATIONS_FOR_OWN_ORGANISATION).stream()
        .filter(o -> directory.organisation(o, today).map(x -> x.kind() == OrganisationKind.PARTNER || x.kind() == OrganisationKind.ALLY).orElse(false))
        .forEach(orgs::add);
    orgs.addAll(caller.organisationsWith(Permission.MANAGE_CONSULTATIONS_GLOBALLY));
    return List.copyOf(orgs);
  }

  @Transactional
  public Consultation request(Request input) {
    var caller = guard.requireAny(Permission.REQUEST_CONSULTATIONS_FOR_OWN_ORGANISATION, Permission.MANAGE_CONSULTATIONS_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var mine = requesters();
    var organisation = input.organisation() == null || input.organisation().isBlank()
        ? (mine.size() == 1 ? mine.getFirst() : "") : input.organisation().strip().toUpperCase(Locale.ROOT);
    if (organisation.isEmpty()) violations.add(new Violation("organisation", "problem.required", List.of()));
    else if (!mine.contains(organisation)) violations.add(new Violation("organisation", "consultations.organisation.not-yours", List.of(organisation)));
    var subject = bilingual("subject", input.subject(), 300, "consultations.text.required", violations);
    var rationale = bilingual("rationale", input.rationale(), 4_000, false, violations);
    var format = InvalidInput.code(Consultation.Format.class, input.format(), "format", violations);
    var level = InvalidInput.code(Consultation.Level.class, input.level(), "level", violations);
    var participants = invitees.partners(input.participants(), "participants", violations);
    var today = LocalDate.now(clock);
    if (directory.organisation(organisation, today).map(o -> o.kind() == OrganisationKind.PARTNER).orElse(false)) {
      participants.addFirst(organisation); // a partner asks to take part in its own consultation
    }
    var operation = format == Consultation.Format.OPERATION_CONTRIBUTORS ? invitees.operation(input.operation(), participants, today, violations) : null;
    if (format == Consultation.Format.ENHANCED_PARTNERS) invitees.holdersOnly(participants, today, true, violations);
    if (input.wishedFrom() != null && input.wishedFrom().isBefore(today)) violations.add(new Violation("wishedFrom", "consultations.date.past", List.of()));
    if (input.wishedFrom() != null && input.wishedTo() != null && input.wishedTo().isBefore(input.wishedFrom())) {
      violations.add(new Violation("wishedTo", "consultations.date.order", List.of()));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var draft = new Consultation(new UUID(0, 0), organisation, caller.username(), subject, rationale, format, operation, level,
        List.copyOf(new LinkedHashSet<>(participants)), List.of(), input.wishedFrom(), input.wishedTo(), ConsultationStatus.REQUESTED,
        null, null, null, null, null, List.of(), List.of(), null, null, java.time.Instant.EPOCH, java.time.Instant.EPOCH);
    var id = store.insert(draft);
    audit.record(Change.of("CONSULTATION_REQUESTED", "consultation", id.toString(),
        Map.of("requester", organisation, "format", format.name(), "proposed", draft.proposed())));
    return consultation(id);
  }

  /** Staff prepare the request for the Council: the participants to propose. */
  @Transactional
  public Consultation prepare(UUID id, @Nullable List<String> participants) {
    guard.require(Permission.MANAGE_CONSULTATIONS_GLOBALLY);
    var current = lock(id);
    if (current.status() != ConsultationStatus.REQUESTED && current.status() != ConsultationStatus.UNDER_CONSIDERATION) {
      throw new Conflict("consultations.not-preparable", current.status().name());
    }
    var violations = new ArrayList<Violation>();
    var list = invitees.partners(participants, "participants", violations);
    if (list.isEmpty()) violations.add(new Violation("participants", "problem.required", List.of()));
    if (current.operation() != null) invitees.contributorsOnly(current.operation(), list, LocalDate.now(clock), violations);
    if (current.format() == Consultation.Format.ENHANCED_PARTNERS) invitees.holdersOnly(list, LocalDate.now(clock), false, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.proposed(id, list);
    audit.record(Change.of("CONSULTATION_PREPARED", "consultation", id.toString(), Map.of("from", current.proposed(), "to", list)));
    return consultation(id);
  }

  /** A move that needs no more than a reason: before the Council, rejected, withdrawn, closed. */
  @Transactional
  public Consultation transition(UUID id, @Nullable String to, @Nullable String reason) {
    guard.requireAny(Permission.REQUEST_CONSULTATIONS_FOR_OWN_ORGANISATION, Permission.MANAGE_CONSULTATIONS_GLOBALLY);
    var current = lock(id);
    var target = InvalidInput.code(ConsultationStatus.class, to, "to");
    var actor = allowed(current, target);
    if (target == ConsultationStatus.SCHEDULED || target == ConsultationStatus.HELD || target == ConsultationStatus.SUMMARY_SHARED) {
      throw InvalidInput.of("to", "consultations.transition.with-form", target.name());
    }
    var note = reason == null || reason.isBlank() ? null : reason.strip();
    if (target.needsReason() && note == null) throw InvalidInput.of("reason", "consultations.reason.required");
    Texts.require("reason", note, 2_000);
    store.move(id, target, note);
    var subject = new Subject(Decision.SubjectType.CONSULTATION, id.toString(), nationOf(current.requester()), current.subject());
    if (target == ConsultationStatus.UNDER_CONSIDERATION) {
      council.request(subject);
    } else if (current.status() == ConsultationStatus.UNDER_CONSIDERATION) {
      council.takeBack(subject.type(), subject.id());
    }
    audit.record(Change.of("CONSULTATION_" + target.name(), "consultation", id.toString(),
        Map.of("from", current.status().name(), "by", actor.name(), "reason", note == null ? "" : note)));
    var moved = consultation(id);
    notices.moved(moved);
    return moved;
  }

  /** The meeting's date, place and agenda: schedules an approved consultation, or changes a scheduled one. */
  @Transactional
  public Consultation schedule(UUID id, Meeting meeting) {
    guard.require(Permission.MANAGE_CONSULTATIONS_GLOBALLY);
    var current = lock(id);
    allowed(current, ConsultationStatus.SCHEDULED);
    var violations = new ArrayList<Violation>();
    var today = LocalDate.now(clock);
    if (meeting.startsAt() == null) violations.add(new Violation("startsAt", "problem.required", List.of()));
    else if (meeting.startsAt().toLocalDate().isBefore(today.minusDays(30)) || meeting.startsAt().toLocalDate().isAfter(today.plusYears(3))) {
      violations.add(new Violation("startsAt", "consultations.starts-at", List.of(today.minusDays(30), today.plusYears(3))));
    }
    var endsAt = meeting.endsAt() != null ? meeting.endsAt() : meeting.startsAt() == null ? null : meeting.startsAt().plusHours(2);
    if (endsAt != null && meeting.startsAt() != null && !endsAt.isAfter(meeting.startsAt())) {
      violations.add(new Violation("endsAt", "consultations.date.order", List.of()));
    }
    var place = meeting.place() == null ? "" : meeting.place().strip();
    if (place.isEmpty()) violations.add(new Violation("place", "problem.required", List.of()));
    else Texts.check("place", place, 200, violations);
    var agenda = new ArrayList<BilingualText>();
    var items = meeting.agenda() == null ? List.<BilingualText>of() : meeting.agenda();
    if (items.size() > MAX_AGENDA) violations.add(new Violation("agenda", "programmes.too-many", List.of(MAX_AGENDA)));
    for (int i = 0; i < items.size() && i < MAX_AGENDA; i++) {
      var item = bilingual("agenda[" + i + "]", items.get(i), 500, "consultations.text.required", violations);
      agenda.add(item);
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.schedule(id, meeting.startsAt(), endsAt, place, agenda);
    audit.record(Change.of(current.status() == ConsultationStatus.SCHEDULED ? "CONSULTATION_RESCHEDULED" : "CONSULTATION_SCHEDULED",
        "consultation", id.toString(), Map.of("startsAt", meeting.startsAt().toString(), "place", place, "agenda", agenda.size())));
    var scheduled = consultation(id);
    notices.invited(scheduled);
    return scheduled;
  }

  /** The meeting took place, with these delegations: its public record starts. */
  @Transactional
  public Consultation held(UUID id, @Nullable List<String> attended) {
    guard.require(Permission.MANAGE_CONSULTATIONS_GLOBALLY);
    var current = lock(id);
    allowed(current, ConsultationStatus.HELD);
    var today = LocalDate.now(clock);
    if (current.startsAt() == null || current.startsAt().toLocalDate().isAfter(today)) {
      throw new Conflict("consultations.not-yet", String.valueOf(current.startsAt()));
    }
    var list = new ArrayList<String>();
    for (var code : attended == null ? List.<String>of() : attended) {
      var c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
      if (!current.participants().contains(c)) throw InvalidInput.of("attended", "consultations.not-participant", c);
      if (!list.contains(c)) list.add(c);
    }
    store.held(id, list);
    store.publish(current, current.startsAt().toLocalDate());
    audit.record(Change.of("CONSULTATION_HELD", "consultation", id.toString(), Map.of("attended", list)));
    return consultation(id);
  }

  /** The minutes, for the participants only. */
  @Transactional
  public Consultation minutes(UUID id, @Nullable String minutes) {
    guard.require(Permission.MANAGE_CONSULTATIONS_GLOBALLY);
    var current = lock(id);
    if (!current.status().held()) throw new Conflict("consultations.not-held", current.status().name());
    var text = minutes == null ? "" : minutes.strip();
    if (text.isEmpty()) throw InvalidInput.of("minutes", "problem.required");
    Texts.require("minutes", text, 50_000);
    store.minutes(id, text);
    audit.record(Change.of("CONSULTATION_MINUTES_FILED", "consultation", id.toString(), Map.of("length", text.length())));
    return consultation(id);
  }

  /** The public summary, shared with every partner (transparency, para 11). */
  @Transactional
  public Consultation share(UUID id, @Nullable BilingualText summary) {
    guard.require(Permission.MANAGE_CONSULTATIONS_GLOBALLY);
    var current = lock(id);
    allowed(current, ConsultationStatus.SUMMARY_SHARED);
    var violations = new ArrayList<Violation>();
    var text = bilingual("summary", summary, 4_000, "consultations.text.required", violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.summary(id, text, LocalDate.now(clock));
    audit.record(Change.of("CONSULTATION_SUMMARY_SHARED", "consultation", id.toString(), Map.of()));
    var shared = consultation(id);
    notices.moved(shared);
    return shared;
  }

  @Transactional(readOnly = true)
  public List<ConsultationDocument> documents(UUID id) {
    consultation(id);
    return store.documents(id);
  }

  @Transactional
  public ConsultationDocument addDocument(UUID id, @Nullable String filename, byte[] content) {
    var caller = guard.require(Permission.MANAGE_CONSULTATIONS_GLOBALLY);
    var current = lock(id);
    if (!current.status().approved()) throw new Conflict("consultations.documents.not-approved", current.status().name());
    var name = filename == null ? "" : filename.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    if (name.isEmpty()) name = "document.pdf";
    if (name.length() > 200) name = name.substring(name.length() - 200);
    if (content.length == 0 || content.length > MAX_DOCUMENT || !new String(content, 0, Math.min(5, content.length),
        java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
      throw InvalidInput.of("file", "consultations.document.pdf", MAX_DOCUMENT / 1024 / 1024);
    }
    var doc = store.addDocument(id, name, content, caller.username());
    audit.record(Change.of("CONSULTATION_DOCUMENT_ADDED", "consultation", id.toString(), Map.of("document", doc.toString(), "filename", name)));
    return store.documents(id).stream().filter(d -> d.id().equals(doc)).findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public byte[] document(UUID id, UUID document) {
    consultation(id);
    return store.content(id, document).orElseThrow(() -> new NotFound("document", document.toString()));
  }

  /** The Council decided on a consultation: it moves in the same transaction as the confirmation, or neither does. */
  @EventListener
  void decided(DecisionTaken event) {
    var decision = event.decision();
    if (decision.subjectType() != Decision.SubjectType.CONSULTATION || decision.subjectId() == null) return;
    UUID id;
    try {
      id = UUID.fromString(decision.subjectId());
    } catch (IllegalArgumentException e) {
      return; // a consultation recorded in the register without a request here
    }
    var found = store.lock(id);
    if (found.isEmpty()) return;
    var current = found.get();
    var today = LocalDate.now(clock);
    switch (decision.outcome()) {
      case APPROVED -> {
        if (!current.status().allows(ConsultationStatus.APPROVED, Actor.COUNCIL)) {
          throw new Conflict("consultations.transition.illegal", current.status().name(), ConsultationStatus.APPROVED.name());
        }
        // the decision names the participants: only these partners are invited, whatever was proposed
        var participants = decision.concerns().stream()
            .filter(c -> directory.organisation(c, today).map(o -> o.kind() == OrganisationKind.PARTNER).orElse(false)).toList();
        if (participants.isEmpty()) throw new Conflict("consultations.decision.no-participants", decision.reference());
        store.decided(id, ConsultationStatus.APPROVED, decision.reference(), participants);
        audit.record(Change.of("CONSULTATION_APPROVED", "consultation", id.toString(),
            Map.of("decision", decision.reference(), "participants", participants, "proposed", current.proposed())));
      }
      case REJECTED -> {
        if (!current.status().allows(ConsultationStatus.REJECTED, Actor.COUNCIL)) {
          throw new Conflict("consultations.transition.illegal", current.status().name(), ConsultationStatus.REJECTED.name());
        }
        store.decided(id, ConsultationStatus.REJECTED, decision.reference(), List.of());
        store.move(id, ConsultationStatus.REJECTED, decision.reference() + ": " + decision.text().text(Language.EN));
        audit.record(Change.of("CONSULTATION_REJECTED", "consultation", id.toString(), Map.of("decision", decision.reference())));
      }
      case NOTED, DEFERRED -> {
        audit.record(Change.of("CONSULTATION_" + decision.outcome().name(), "consultation", id.toString(), Map.of("decision", decision.reference())));
        return;
      }
    }
    notices.moved(store.find(id).orElseThrow());
  }

  /** The iCalendar invitation of a scheduled meeting, for those who read the consultation. */
  @Transactional(readOnly = true)
  public String invitation(UUID id, Language language) {
    var c = consultation(id);
    if (c.startsAt() == null || !c.status().approved()) throw new NotFound("invitation", id.toString());
    return ICalendar.of(c, language);
  }

  /** The Java half of need-to-know; row-level security says the same. */
  boolean readable(Caller caller, Consultation c) {
    if (caller.has(Permission.READ_CONSULTATIONS_GLOBALLY)) return true;
    var mine = caller.organisationsWith(Permission.REQUEST_CONSULTATIONS_FOR_OWN_ORGANISATION);
    if (mine.contains(c.requester())) return true;
    if (c.decision() == null) return false;
    var today = LocalDate.now(clock);
    return c.participants().stream().anyMatch(mine::contains)
        || mine.stream().anyMatch(o -> directory.organisation(o, today).map(x -> x.kind() == OrganisationKind.ALLY).orElse(false));
  }

  private Actor allowed(Consultation current, ConsultationStatus target) {
    var actor = actor(current);
    if (actor == null || !current.status().allows(target, actor)) {
      throw new Conflict("consultations.transition.illegal", current.status().name(), target.name());
    }
    return actor;
  }

  private Consultation lock(UUID id) {
    var caller = guard.caller();
    return store.lock(id).filter(c -> readable(caller, c)).orElseThrow(() -> new NotFound("consultation", id.toString()));
  }

  private List<String> nationOf(String organisation) {
    return directory.organisation(organisation, LocalDate.now(clock)).filter(o -> o.isNation()).map(o -> List.of(o.code())).orElse(List.of());
  }

  static Set<String> audienceOf(String organisation) {
    return Set.of(organisation + ":NATIONAL_COORDINATOR");
  }
}
