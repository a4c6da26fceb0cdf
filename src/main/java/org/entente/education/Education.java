package org.entente.education;

import static org.entente.web.Texts.bilingual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.Catalogue;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.education.Programme.Curriculum;
import org.entente.education.Programme.InstitutionType;
import org.entente.education.Programme.Kind;
import org.entente.education.Programme.Pillar;
import org.entente.education.Programme.YearFigures;
import org.entente.education.ProgrammeStatus.Actor;
import org.entente.languages.BilingualText;
import org.entente.registration.Output;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEEP and PDP programmes. Scope, said here and again by row-level security: a partner's programme is read by that
 * partner's coordinators, staff, the Council's secretariat, the Allies' coordinators and the institutions that
 * provide its experts; never by another partner. Its yearly figures come from registration, for the menu events
 * linked to it.
 */
@Service
public class Education {

  static final int MAX_EXPERTS = 40, MAX_EVENTS = 200, MAX_PLACEMENTS = 200;

  private final EducationStore store;
  private final Guard guard;
  private final Directory directory;
  private final Catalogue catalogue;
  private final Output output;
  private final AuditTrail audit;
  private final EducationNotices notices;
  private final Clock clock;

  Education(EducationStore store, Guard guard, Directory directory, Catalogue catalogue, Output output, AuditTrail audit, EducationNotices notices,
      Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.catalogue = catalogue;
    this.output = output;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  /** A programme as proposed: the partner, DEEP or PDP, the institution, its pillars and reference curricula. */
  public record NewProgramme(@Nullable String partner, @Nullable String kind, @Nullable String institutionType, @Nullable BilingualText institution,
      @Nullable List<String> pillars, @Nullable List<String> curricula) {}

  /** An expert and the institution (a directory code) that provides them. */
  public record NewExpert(@Nullable String name, @Nullable String organisation, @Nullable String pillar) {}

  /** A PDP placement. */
  public record NewPlacement(@Nullable String host, @Nullable LocalDate startsOn, @Nullable Integer people) {}

  @Transactional(readOnly = true)
  public Paged<ProgrammeSummary> list(@Nullable String status, @Nullable String partner, @Nullable String kind, int page, int size) {
    guard.caller();
    if (page < 0) throw InvalidInput.of("page", "problem.min", 0);
    if (size < 1 || size > org.entente.web.Paging.MAX_SIZE) throw InvalidInput.of("size", "problem.between", 1, org.entente.web.Paging.MAX_SIZE);
    var s = status == null || status.isBlank() ? null : InvalidInput.code(ProgrammeStatus.class, status, "status").name();
    var k = kind == null || kind.isBlank() ? null : InvalidInput.code(Kind.class, kind, "kind").name();
    var p = partner == null || partner.isBlank() ? null : partner.strip().toUpperCase(Locale.ROOT);
    return new Paged<>(store.list(s, p, k, page, size), store.count(s, p, k), page, size);
  }

  @Transactional(readOnly = true)
  public Programme get(UUID id) {
    var caller = guard.caller();
    return store.find(id).filter(p -> readable(caller, p)).orElseThrow(() -> new NotFound("programme", id.toString()));
  }

  /** The programme's figures per year, from its first event or placement to its last. */
  @Transactional(readOnly = true)
  public List<YearFigures> figures(Programme p) {
    var years = new TreeSet<Integer>();
    p.events().forEach(e -> years.add(e.startsOn().getYear()));
    p.placements().forEach(x -> years.add(x.startsOn().getYear()));
    if (years.isEmpty()) return List.of();
    var byYear = new TreeMap<Integer, Output.Year>();
    output.ofEvents(p.events().stream().map(Programme.LinkedEvent::event).toList(), years.first(), years.last())
        .forEach(y -> byYear.put(y.year(), y));
    var figures = new ArrayList<YearFigures>();
    for (var year : years) {
      var y = byYear.get(year);
      var placed = p.placements().stream().filter(x -> x.startsOn().getYear() == year).mapToInt(Programme.Placement::people).sum();
      var attended = y == null ? 0 : y.attended();
      figures.add(new YearFigures(year, y == null ? 0 : y.events(), attended, y == null ? 0 : y.nations(), y == null ? 0 : y.feedbackAnswers(),
          y == null ? null : y.meanFeedback(), placed, attended + placed));
    }
    return figures;
  }

  /** Who the caller is to this programme, if anyone who may move it. */
  public @Nullable Actor actor(Programme p) {
    var caller = guard.caller();
    if (caller.has(Permission.MANAGE_EDUCATION_GLOBALLY)) return Actor.STAFF;
    return caller.organisationsWith(Permission.TAKE_PART_IN_EDUCATION_FOR_OWN_ORGANISATION).contains(p.partner()) ? Actor.PARTNER : null;
  }

  public boolean manages() {
    return guard.caller().has(Permission.MANAGE_EDUCATION_GLOBALLY);
  }

  /** The partners the caller may propose a programme for: its own; staff any partner. */
  public List<String> proposers() {
    var caller = guard.caller();
    var today = LocalDate.now(clock);
    var partners = new TreeSet<String>();
    directory.organisations(today, OrganisationKind.PARTNER, null).forEach(o -> partners.add(o.code()));
    if (caller.has(Permission.MANAGE_EDUCATION_GLOBALLY)) return List.copyOf(partners);
    var own = new TreeSet<>(caller.organisationsWith(Permission.TAKE_PART_IN_EDUCATION_FOR_OWN_ORGANISATION));
    own.retainAll(partners);
    return List.copyOf(own);
  }

  @Transactional
  public Programme propose(NewProgramme input) {
    var caller = guard.requireAny(Permission.TAKE_PART_IN_EDUCATION_FOR_OWN_ORGANISATION, Permission.MANAGE_EDUCATION_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var mine = proposers();
    var code = input.partner() == null || input.partner().isBlank() ? (mine.size() == 1 ? mine.getFirst() : "")
        : input.partner().strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) violations.add(new Violation("partner", "problem.required", List.of()));
    else if (!mine.contains(code)) violations.add(new Violation("partner", "education.partner.not-yours", List.of(code)));
    var kind = InvalidInput.code(Kind.class, input.kind(), "kind", violations);
    var type = InvalidInput.code(InstitutionType.class, input.institutionType(), "institutionType", violations);
    var institution = bilingual("institution", input.institution(), 300, "education.institution.required", violations);
    var pillars = codes(Pillar.class, input.pillars(), "pillars", violations);
    var curricula = codes(Curriculum.class, input.curricula(), "curricula", violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = store.insert(code, kind, type, institution, pillars, curricula, caller.username());
    audit.record(Change.of("EDUCATION_PROPOSED", "education-programme", id.toString(), Map.of("partner", code, "kind", kind.name())));
    var created = get(id);
    notices.moved(created);
    return created;
  }

  /** Activate, suspend, resume, complete or withdraw. */
  @Transactional
  public Programme transition(UUID id, @Nullable String to, @Nullable String reason) {
    guard.requireAny(Permission.TAKE_PART_IN_EDUCATION_FOR_OWN_ORGANISATION, Permission.MANAGE_EDUCATION_GLOBALLY);
    var current = lock(id);
    var target = InvalidInput.code(ProgrammeStatus.class, to, "to");
    var actor = actor(current);
    if (actor == null || !current.status().allows(target, actor)) {
      throw new Conflict("education.transition.illegal", current.status().name(), target.name());
    }
    var note = reason == null || reason.isBlank() ? null : reason.strip();
    if (target.needsReason() && note == null) throw InvalidInput.of("reason", "education.reason.required");
    Texts.require("reason", note, 2_000);
    store.move(id, target, note);
    audit.record(Change.of("EDUCATION_" + target.name(), "education-programme", id.toString(),
        Map.of("from", current.status().name(), "reason", note == null ? "" : note)));
    var moved = get(id);
    notices.moved(moved);
    return moved;
  }

  /** Staff add an expert, provided by an institution (or nation) the directory knows. */
  @Transactional
  public Programme addExpert(UUID id, NewExpert input) {
    var caller = guard.require(Permission.MANAGE_EDUCATION_GLOBALLY);
    var current = open(id);
    var violations = new ArrayList<Violation>();
    var name = strip(input.name());
    if (name == null) violations.add(new Violation("name", "problem.required", List.of()));
    else Texts.check("name", name, 200, violations);
    var org = known(input.organisation(), "organisation", violations);
    var pillar = blank(input.pillar()) ? null : InvalidInput.code(Pillar.class, input.pillar(), "pillar", violations);
    if (current.experts().size() >= MAX_EXPERTS) violations.add(new Violation("name", "programmes.too-many", List.of(MAX_EXPERTS)));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var expert = store.addExpert(id, name, org, pillar, caller.username());
    audit.record(Change.of("EDUCATION_EXPERT_ADDED", "education-programme", id.toString(), Map.of("expert", expert.toString(), "organisation", org)));
    return get(id);
  }

  /** Staff link a menu event to the programme: its attendance and feedback then count in the programme's figures. */
  @Transactional
  public Programme linkEvent(UUID id, @Nullable String eventId) {
    var caller = guard.require(Permission.MANAGE_EDUCATION_GLOBALLY);
    var current = open(id);
    UUID event;
    try {
      event = UUID.fromString(eventId == null ? "" : eventId.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("event", "education.event.unknown", eventId == null ? "" : eventId);
    }
    org.entente.catalogue.Event found;
    try {
      found = catalogue.event(event);
    } catch (NotFound missing) {
      throw InvalidInput.of("event", "education.event.unknown", event.toString());
    }
    if (current.events().size() >= MAX_EVENTS) throw InvalidInput.of("event", "programmes.too-many", MAX_EVENTS);
    if (!store.addEvent(id, event, found.activity(), found.startsOn(), caller.username())) {
      throw new Conflict("education.event.linked", found.activity());
    }
    audit.record(Change.of("EDUCATION_EVENT_LINKED", "education-programme", id.toString(), Map.of("event", event.toString(), "activity", found.activity())));
    var linked = get(id);
    notices.eventLinked(linked, found.activityTitle(), found.startsOn());
    return linked;
  }

  /** Staff record a PDP placement. */
  @Transactional
  public Programme addPlacement(UUID id, NewPlacement input) {
    var caller = guard.require(Permission.MANAGE_EDUCATION_GLOBALLY);
    var current = open(id);
    if (current.kind() != Kind.PDP) throw new Conflict("education.placement.pdp-only");
    var violations = new ArrayList<Violation>();
    var host = known(input.host(), "host", violations);
    var today = LocalDate.now(clock);
    if (input.startsOn() == null) violations.add(new Violation("startsOn", "problem.required", List.of()));
    else if (input.startsOn().getYear() < 2000 || input.startsOn().isAfter(today.plusYears(3))) {
      violations.add(new Violation("startsOn", "education.date.window", List.of()));
    }
    if (input.people() == null) violations.add(new Violation("people", "problem.required", List.of()));
    else if (input.people() < 1 || input.people() > 500) violations.add(new Violation("people", "problem.between", List.of(1, 500)));
    if (current.placements().size() >= MAX_PLACEMENTS) violations.add(new Violation("host", "programmes.too-many", List.of(MAX_PLACEMENTS)));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var placement = store.addPlacement(id, host, input.startsOn(), input.people(), caller.username());
    audit.record(Change.of("EDUCATION_PLACEMENT_ADDED", "education-programme", id.toString(),
        Map.of("placement", placement.toString(), "host", host, "people", input.people())));
    return get(id);
  }

  /** The Java half of need-to-know; row-level security says the same. */
  boolean readable(Caller caller, Programme p) {
    if (caller.has(Permission.READ_EDUCATION_GLOBALLY) || caller.has(Permission.MANAGE_EDUCATION_GLOBALLY)) return true;
    var own = caller.organisationsWith(Permission.TAKE_PART_IN_EDUCATION_FOR_OWN_ORGANISATION);
    if (own.contains(p.partner())) return true;
    var today = LocalDate.now(clock);
    if (own.stream().anyMatch(o -> directory.organisation(o, today).map(x -> x.kind() == OrganisationKind.ALLY).orElse(false))) return true;
    var experts = new HashSet<>(caller.organisationsWith(Permission.PROVIDE_EDUCATION_EXPERTS_FOR_OWN_ORGANISATION));
    return p.expertOrganisations().stream().anyMatch(experts::contains);
  }

  private Programme lock(UUID id) {
    var caller = guard.caller();
    return store.lock(id).filter(p -> readable(caller, p)).orElseThrow(() -> new NotFound("programme", id.toString()));
  }

  private Programme open(UUID id) {
    var current = lock(id);
    if (!current.status().open()) throw new Conflict("education.programme.closed", current.status().name());
    return current;
  }

  private @Nullable String known(@Nullable String code, String field, List<Violation> violations) {
    var c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (c.isEmpty()) {
      violations.add(new Violation(field, "problem.required", List.of()));
      return null;
    }
    if (c.length() > 20 || directory.organisation(c, LocalDate.now(clock)).isEmpty()) {
      violations.add(new Violation(field, "education.organisation.unknown", List.of(c)));
      return null;
    }
    return c;
  }

  private static <E extends Enum<E>> List<E> codes(Class<E> type, @Nullable List<String> values, String field, List<Violation> violations) {
    var out = new ArrayList<E>();
    if (values == null) return out;
    if (values.size() > 20) {
      violations.add(new Violation(field, "programmes.too-many", List.of(20)));
      return out;
    }
    for (var v : values) {
      var e = InvalidInput.code(type, v, field, violations);
      if (e != null && !out.contains(e)) out.add(e);
    }
    return out;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static @Nullable String strip(@Nullable String s) {
    return blank(s) ? null : s.strip();
  }
}
