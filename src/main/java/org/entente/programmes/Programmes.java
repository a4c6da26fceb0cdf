package org.entente.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.Catalogue;
import org.entente.council.CouncilRegister;
import org.entente.council.Decision;
import org.entente.council.Subject;
import org.entente.database.SystemWork;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.markings.Classification;
import org.entente.markings.Marking;
import org.entente.programmes.ProgrammeStatus.Actor;
import org.entente.registration.Attendance;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programmes as partners draft them and move them towards the Council, read as the caller may, with their progress.
 * The scope rule, said here and again by row-level security: a partner's coordinators work on its programmes; staff
 * review all; the secretariat reads all; Allies' coordinators read the approved and active ones.
 */
@Service
public class Programmes {

  private final ProgrammeStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final AuditTrail audit;
  private final Clock clock;
  private final Attendance attendance;
  private final TransactionTemplate separately;
  private final ProgrammeContentRules rules;

  Programmes(ProgrammeStore store, Guard guard, Directory directory, CouncilRegister council,
      AuditTrail audit, Clock clock, Attendance attendance, PlatformTransactionManager transactions, ProgrammeContentRules rules) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.audit = audit;
    this.clock = clock;
    this.attendance = attendance;
    this.rules = rules;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.separately.setReadOnly(true);
  }

  /** A new programme as a partner's coordinator asks for it; its text may come now or later. */
  public record NewProgramme(@Nullable String partner, @Nullable String type, @Nullable LocalDate startsOn,
      Catalogue.@Nullable MarkingInput marking, @Nullable ContentInput content) {}

  /** The text as typed: the whole of it, each time (the page sends what it shows). */
  public record ContentInput(@Nullable List<ObjectiveInput> objectives, @Nullable List<ActivityInput> activities,
      @Nullable List<GoalInput> goals) {

    /** The input that would give this text again: the start of a change made piece by piece (pages). */
    public static ContentInput of(ProgrammeContent content) {
      return new ContentInput(
          content.objectives().stream().map(o -> new ObjectiveInput(o.key(), o.text(), o.priorityAreas(), o.strategicObjectives(),
              o.targets().stream().map(t -> new TargetInput(t.text(), t.value(), t.year())).toList())).toList(),
          content.activities().stream().map(a -> new ActivityInput(a.code(), a.plannedParticipants().entrySet().stream()
              .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue)))).toList(),
          content.goals().stream().map(g -> new GoalInput(g.key(), g.text())).toList());
    }
  }

  public record ObjectiveInput(@Nullable String key, @Nullable BilingualText text, @Nullable List<String> priorityAreas,
      @Nullable List<String> strategicObjectives, @Nullable List<TargetInput> targets) {}

  public record TargetInput(@Nullable BilingualText text, @Nullable Integer value, @Nullable Integer year) {}

  /** @param plannedParticipants per year, e.g. {@code {"2027": 4, "2028": 2}} */
  public record ActivityInput(@Nullable String code, @Nullable Map<String, Integer> plannedParticipants) {}

  public record GoalInput(@Nullable String key, @Nullable BilingualText text) {}

  /** One page of the programmes the caller may see. */
  @Transactional(readOnly = true)
  public Listing<Programme> list(@Nullable String partner, @Nullable String status, Paging paging) {
    guard.caller();
    String wanted = null;
    if (status != null && !status.isBlank()) {
      wanted = InvalidInput.code(ProgrammeStatus.class, status, "status").name();
    }
    return store.list(partner == null || partner.isBlank() ? null : partner.strip().toUpperCase(Locale.ROOT), wanted, paging);
  }

  @Transactional(readOnly = true)
  public List<Programme> list(@Nullable String partner, @Nullable String status) {
    guard.caller();
    String wanted = null;
    if (status != null && !status.isBlank()) {
      wanted = InvalidInput.code(ProgrammeStatus.class, status, "status").name();
    }
    return store.list(partner == null || partner.isBlank() ? null : partner.strip().toUpperCase(Locale.ROOT), wanted, 5_000);
  }

  @Transactional(readOnly = true)
  public Programme programme(UUID id) {
    guard.caller();
    return store.find(id).orElseThrow(() -> new NotFound("programme", id.toString()));
  }

  /** Who the caller is to this programme, if anyone who may move it. */
  public @Nullable Actor actor(Programme programme) {
    var caller = guard.caller();
    if (caller.organisationsWith(Permission.DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION).contains(programme.partner())) {
      return Actor.PARTNER;
    }
    return caller.has(Permission.REVIEW_PROGRAMMES_GLOBALLY) ? Actor.STAFF : null;
  }

  @Transactional
  public Programme create(NewProgramme input) {
    var caller = guard.require(Permission.DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION);
    var violations = new ArrayList<Violation>();
    var partner = input.partner() == null ? "" : input.partner().strip().toUpperCase(Locale.ROOT);
    var today = LocalDate.now(clock);
    if (partner.isEmpty()) {
      violations.add(new Violation("partner", "problem.required", List.of()));
    } else if (!caller.organisationsWith(Permission.DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION).contains(partner)) {
      violations.add(new Violation("partner", "programmes.partner.not-yours", List.of(partner)));
    } else if (directory.organisation(partner, today).map(o -> o.kind() != OrganisationKind.PARTNER).orElse(true)) {
      violations.add(new Violation("partner", "programmes.partner.not-partner", List.of(partner)));
    }
    var type = InvalidInput.code(ProgrammeType.class, input.type(), "type", violations);
    if (input.startsOn() == null) {
      violations.add(new Violation("startsOn", "problem.required", List.of()));
    } else if (input.startsOn().isBefore(today.minusYears(2)) || input.startsOn().isAfter(today.plusYears(5))) {
      violations.add(new Violation("startsOn", "programmes.starts-on", List.of(today.minusYears(2), today.plusYears(5))));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    var marking = input.marking() == null || input.marking().level() == null
        ? new Marking(Classification.NATO_UNCLASSIFIED, Set.of(partner))
        : Marking.parse(input.marking().level(), input.marking().releasableTo(), "marking");
    var startsOn = input.startsOn();
    var endsOn = startsOn.plusYears(type.years()).minusDays(1);
    var content = input.content() == null ? ProgrammeContent.empty()
        : rules.validate(input.content(), partner, startsOn, endsOn, ProgrammeContent.empty());
    var id = store.insert(partner, type, startsOn, endsOn, content, marking, caller.username());
    audit.record(Change.of("PROGRAMME_DRAFTED", "programme", id.toString(),
        Map.of("partner", partner, "type", type.name(), "startsOn", startsOn.toString())));
    return programme(id);
  }

  /** A new text for a draft or a returned programme, by its partner. */
  @Transactional
  public Programme revise(UUID id, ContentInput input) {
    var current = lock(id);
    if (actor(current) != Actor.PARTNER) {
      guard.require(Permission.DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION); // refuses staff, and says so
      throw new Conflict("programmes.not-yours", current.partner());
    }
    if (!current.status().editable()) {
      throw new Conflict("programmes.not-editable", current.status().name());
    }
    var content = rules.validate(input, current.partner(), current.startsOn(), current.endsOn(), current.content());
    store.replaceContent(id, content);
    audit.record(Change.of("PROGRAMME_REVISED", "programme", id.toString(), Map.of(
        "objectives", content.objectives().size(), "activities", content.activities().size(), "goals", content.goals().size())));
    return programme(id);
  }

  /** A move of the lifecycle; an illegal one answers 409 naming where the programme stands. */
  @Transactional
  public Programme transition(UUID id, @Nullable String to, @Nullable String comment) {
    guard.requireAny(Permission.DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION, Permission.REVIEW_PROGRAMMES_GLOBALLY);
    if (actor(programme(id)) == null) {
      guard.require(Permission.REVIEW_PROGRAMMES_GLOBALLY); // an Ally reads an approved programme; it does not act on it
    }
    var current = lock(id);
    var target = InvalidInput.code(ProgrammeStatus.class, to, "to");
    var actor = actor(current);
    if (actor == null || !current.status().allows(target, actor)) {
      throw new Conflict("programmes.transition.illegal", current.status().name(), target.name());
    }
    var note = comment == null || comment.isBlank() ? null : comment.strip();
    if (target == ProgrammeStatus.RETURNED && note == null) {
      throw InvalidInput.of("comment", "programmes.comment.required");
    }
    if (target == ProgrammeStatus.SUBMITTED || target == ProgrammeStatus.AGREED) {
      if (current.content().objectives().isEmpty() || current.content().activities().isEmpty()) {
        throw new Conflict("programmes.incomplete");
      }
    }
    var caller = guard.caller();
    var version = current.version();
    if (target.freezes()) {
      version++;
      store.freeze(id, version, target, current.content(), caller.username());
    }
    store.move(id, target, version);
    if (note != null) {
      store.comment(id, version, "general", null, caller.username(), note);
    }
    var subject = new Subject(Decision.SubjectType.PROGRAMME, id.toString(), List.of(current.partner()), title(current));
    if (target == ProgrammeStatus.AGREED) {
      council.request(subject);
    } else if (current.status() == ProgrammeStatus.AGREED) {
      council.takeBack(subject.type(), subject.id());
    }
    audit.record(Change.of("PROGRAMME_" + target.name(), "programme", id.toString(),
        Map.of("from", current.status().name(), "version", version)));
    return programme(id);
  }

  /** The programme to put in a document, the export recorded in the audit trail. */
  @Transactional
  public Programme export(UUID id, String format) {
    var programme = programme(id);
    audit.record(Change.of("PROGRAMME_EXPORTED", "programme", id.toString(), Map.of("format", format, "version", programme.version())));
    return programme;
  }

  /** Planned against attended, per activity and year and per priority area and year. */
  @Transactional(readOnly = true)
  public Progress progress(UUID id) {
    var programme = programme(id);
    var actual = attended(programme);
    var rows = new ArrayList<Progress.Row>();
    var areas = new java.util.TreeMap<String, int[]>();
    for (var activity : programme.content().activities()) {
      for (var year : programme.years()) {
        var done = actual.getOrDefault(activity.code() + "/" + year, 0);
        rows.add(new Progress.Row(activity.code(), activity.title(), year, activity.planned(year), done));
        for (var area : activity.priorityAreas()) {
          var sums = areas.computeIfAbsent(area + "/" + year, k -> new int[2]);
          sums[0] += activity.planned(year);
          sums[1] += done;
        }
      }
    }
    var areaRows = areas.entrySet().stream().map(e -> {
      var parts = e.getKey().split("/");
      return new Progress.AreaRow(parts[0], Integer.parseInt(parts[1]), e.getValue()[0], e.getValue()[1]);
    }).toList();
    return new Progress(rows, areaRows);
  }

  /**
   * Attended participations of the partner per "code/year", as registration records them. Counted as the
   * system in a transaction of its own: whoever may read the programme may read its progress (the
   * secretariat, an Ally's coordinator), though not the nominations behind it; only numbers come back.
   */
  private Map<String, Integer> attended(Programme programme) {
    var counts = new java.util.HashMap<String, Integer>();
    SystemWork.run("programme progress", () -> separately.executeWithoutResult(s ->
        attendance.attended(programme.partner(), programme.startsOn().getYear(), programme.endsOn().getYear())
            .forEach(a -> counts.merge(a.activity() + "/" + a.year(), a.count(), Integer::sum))));
    return counts;
  }

  /** The programme's name in both languages, e.g. "ITPP Georgia 2027–2028". */
  public BilingualText title(Programme p) {
    var name = directory.organisation(p.partner(), p.startsOn()).map(o -> o.name()).orElse(BilingualText.of(p.partner(), p.partner()));
    var years = p.startsOn().getYear() == p.endsOn().getYear() ? String.valueOf(p.startsOn().getYear())
        : p.startsOn().getYear() + "–" + p.endsOn().getYear();
    return new BilingualText(p.type() + " " + name.en() + " " + years, p.type() + " " + name.fr() + " " + years);
  }

  /** The programme locked for a change (404 if absent). */
  Programme lock(UUID id) {
    guard.caller();
    return store.lock(id).orElseThrow(() -> new NotFound("programme", id.toString()));
  }
}
