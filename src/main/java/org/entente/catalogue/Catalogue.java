package org.entente.catalogue;

import static org.entente.web.Texts.bilingual;
import static org.entente.web.Texts.upper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.Activity.ActivityType;
import org.entente.catalogue.Activity.Format;
import org.entente.catalogue.ActivityStatus.Actor;
import org.entente.council.CouncilRegister;
import org.entente.council.Decision;
import org.entente.directory.Directory;
import org.entente.directory.Framework;
import org.entente.directory.PolicyTerm;
import org.entente.languages.BilingualText;
import org.entente.markings.Marking;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The menu as providers and staff change it: drafts, submissions, publication, returns with reasons,
 * revisions (each kept), withdrawals; and events. The scope rule, said here and again by row-level
 * security: a provider manager works on their own institution's activities; staff curate all; everyone
 * else reads what they are eligible for or released to (see {@code catalogue_visible} in the migration).
 */
@Service
public class Catalogue {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final JsonMapper json = JsonMapper.builder().build();

  private final Activities activities;
  private final Guard guard;
  private final Directory directory;
  private final AuditTrail audit;
  private final CouncilRegister council;

  private final org.springframework.context.ApplicationEventPublisher events;

  Catalogue(Activities activities, Guard guard, Directory directory, AuditTrail audit, CouncilRegister council,
      org.springframework.context.ApplicationEventPublisher events) {
    this.activities = activities;
    this.events = events;
    this.guard = guard;
    this.directory = directory;
    this.audit = audit;
    this.council = council;
  }

  /** An activity as a provider describes it, every field as typed. */
  public record ActivityDraft(
      @Nullable String code,
      @Nullable String provider,
      @Nullable String type,
      @Nullable String format,
      @Nullable BilingualText title,
      @Nullable BilingualText summary,
      @Nullable BilingualText description,
      @Nullable BilingualText objectives,
      @Nullable List<String> languages,
      @Nullable Integer durationDays,
      @Nullable List<String> areas,
      @Nullable List<String> priorityAreas,
      @Nullable MarkingInput marking,
      @Nullable EligibilityInput eligibility) {}

  /** A marking as typed: its level and to whom it is releasable. */
  public record MarkingInput(@Nullable String level, @Nullable List<String> releasableTo) {}

  /** An eligibility rule as typed. */
  public record EligibilityInput(
      @Nullable String kind, @Nullable List<String> frameworks, @Nullable List<String> nations,
      @Nullable String councilDecision) {}

  /** An event as a provider announces it. */
  public record NewEvent(
      @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String city, @Nullable String country,
      @Nullable Integer seats, @Nullable LocalDate nominationsOpen, @Nullable LocalDate nominationsClose,
      @Nullable Integer nationQuota) {}

  @Transactional(readOnly = true)
  public Activity activity(String code) {
    return activities.find(code.toUpperCase(Locale.ROOT)).orElseThrow(() -> new NotFound("activity", code));
  }

  @Transactional(readOnly = true)
  public List<Event> events(String code) {
    return activities.events(activity(code).code());
  }

  /** One page of an activity's events, soonest first. */
  @Transactional(readOnly = true)
  public org.entente.web.Listing<Event> events(String code, org.entente.web.Paging paging) {
    return activities.events(activity(code).code(), paging);
  }

  /** The events of these providers' activities that run between two dates (at most {@code limit}), soonest first. */
  @Transactional(readOnly = true)
  public List<Event> eventsOf(java.util.Collection<String> providers, LocalDate from, LocalDate to, int limit) {
    return activities.eventsOf(providers.toArray(String[]::new), from, to, limit);
  }

  @Transactional(readOnly = true)
  public Event event(UUID id) {
    return activities.event(id).orElseThrow(() -> new NotFound("event", id.toString()));
  }

  /**
   * What a programme needs to know of the activities it plans, whoever reads it: status, whether the
   * organisation is eligible by the rule, events in the period. Nothing else, so that a partner's programme
   * can flag an activity discarded since (which the partner no longer sees) without showing it.
   */
  public record PlanningFacts(String code, ActivityStatus status, boolean eligible, int eventsInPeriod) {}

  @Transactional(readOnly = true)
  public Map<String, PlanningFacts> planning(java.util.Collection<String> codes, String organisation, LocalDate from, LocalDate to) {
    return activities.planning(codes, organisation, from, to);
  }

  /** A new draft, by a manager of its provider (or staff). */
  @Transactional
  public Activity draft(ActivityDraft draft) {
    var caller = guard.requireAny(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION, Permission.CURATE_ACTIVITIES_GLOBALLY);
    var activity = validate(draft, null, ActivityStatus.DRAFT, 1);
    requireProvider(caller, activity.provider());
    if (activities.codeTaken(activity.code())) {
      throw new Conflict("catalogue.code.taken", activity.code());
    }
    activities.insert(activity);
    audit.record(Change.of("ACTIVITY_DRAFTED", "activity", activity.code(), Map.of("provider", activity.provider())));
    return activity;
  }

  /** New content for a draft, a returned or a published activity; a published one gets a new revision. */
  @Transactional
  public Activity revise(String code, ActivityDraft draft) {
    var caller = guard.requireAny(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION, Permission.CURATE_ACTIVITIES_GLOBALLY);
    var current = activity(code);
    requireProvider(caller, current.provider());
    if (!current.status().editable()) {
      throw new Conflict("catalogue.not-editable", current.code(), current.status().name());
    }
    var published = current.status() == ActivityStatus.PUBLISHED;
    var revised = validate(draft, current.code(), current.status(), published ? current.revision() + 1 : current.revision());
    if (!revised.provider().equals(current.provider())) {
      throw InvalidInput.of("provider", "catalogue.provider.fixed", current.provider());
    }
    activities.update(revised);
    if (published) {
      activities.keepRevision(revised, json.writeValueAsString(revised), caller.username());
    }
    audit.record(Change.of("ACTIVITY_REVISED", "activity", current.code(), Map.of("revision", revised.revision())));
    return activity(code);
  }

  /** A move of the workflow; an illegal one answers 409 naming where the activity stands. */
  @Transactional
  public Activity transition(String code, @Nullable String to, @Nullable String reason) {
    var caller = guard.caller();
    var current = activity(code);
    ActivityStatus target;
    try {
      target = ActivityStatus.valueOf(to == null ? "" : to.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("to", "problem.one-of", "SUBMITTED, PUBLISHED, RETURNED, WITHDRAWN, DISCARDED");
    }
    var actor = caller.has(Permission.CURATE_ACTIVITIES_GLOBALLY) ? Actor.STAFF
        : caller.organisationsWith(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION).contains(current.provider()) ? Actor.PROVIDER
        : null;
    if (actor == null) {
      guard.require(Permission.CURATE_ACTIVITIES_GLOBALLY); // refuses, and says so to the audit trail
    }
    // staff who are also its provider act as staff; a provider move is allowed to them too
    var allowed = current.status().allows(target, actor)
        || (actor == Actor.STAFF && caller.organisationsWith(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION).contains(current.provider())
            && current.status().allows(target, Actor.PROVIDER));
    if (!allowed) {
      throw new Conflict("catalogue.transition.illegal", current.code(), current.status().name(), target.name());
    }
    var needsReason = target == ActivityStatus.RETURNED || target == ActivityStatus.WITHDRAWN || target == ActivityStatus.DISCARDED;
    if (needsReason && (reason == null || reason.isBlank())) {
      throw InvalidInput.of("reason", "catalogue.reason.required", target.name());
    }
    activities.setStatus(current.code(), target, reason == null || reason.isBlank() ? null : reason.strip());
    var moved = activity(code);
    if (target == ActivityStatus.SUBMITTED || target == ActivityStatus.PUBLISHED) {
      activities.keepRevision(moved, json.writeValueAsString(moved), caller.username());
    }
    audit.record(Change.of("ACTIVITY_" + target.name(), "activity", current.code(),
        reason == null ? Map.of("from", current.status().name()) : Map.of("from", current.status().name(), "reason", reason.strip())));
    return moved;
  }

  /** A new event of a published activity, by its provider. */
  @Transactional
  public Event addEvent(String code, NewEvent event) {
    var caller = guard.requireAny(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION, Permission.CURATE_ACTIVITIES_GLOBALLY);
    var activity = activity(code);
    requireProvider(caller, activity.provider());
    if (activity.status() != ActivityStatus.PUBLISHED) {
      throw new Conflict("catalogue.event.not-published", activity.code(), activity.status().name());
    }
    validate(event);
    var id = activities.insertEvent(activity.code(), event);
    audit.record(Change.of("EVENT_ADDED", "event", id.toString(), Map.of("activity", activity.code(), "startsOn", event.startsOn().toString(), "seats", event.seats())));
    return announce(id);
  }

  /** Tells the modules that follow events of a new one (in the adding transaction); the event as it is stored. */
  Event announce(UUID id) {
    var added = event(id);
    events.publishEvent(new EventScheduled(added));
    return added;
  }

  int revisions(String code) {
    return activities.revisions(code);
  }

  private void requireProvider(Caller caller, String provider) {
    if (caller.has(Permission.CURATE_ACTIVITIES_GLOBALLY)) {
      return;
    }
    if (!caller.organisationsWith(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION).contains(provider)) {
      throw InvalidInput.of("provider", "catalogue.provider.not-yours", provider);
    }
  }

  /** Checks an event as {@link #addEvent} would, without adding it. */
  void checkEvent(NewEvent e) {
    validate(e);
  }

  private void validate(NewEvent e) {
    var violations = new ArrayList<Violation>();
    if (e.startsOn() == null) violations.add(new Violation("startsOn", "problem.required", List.of()));
    if (e.endsOn() == null) violations.add(new Violation("endsOn", "problem.required", List.of()));
    if (e.nominationsOpen() == null) violations.add(new Violation("nominationsOpen", "problem.required", List.of()));
    if (e.nominationsClose() == null) violations.add(new Violation("nominationsClose", "problem.required", List.of()));
    if (e.seats() == null || e.seats() < 1 || e.seats() > 10_000) violations.add(new Violation("seats", "problem.between", List.of(1, 10_000)));
    if (e.nationQuota() != null && (e.nationQuota() < 1 || (e.seats() != null && e.nationQuota() > e.seats()))) {
      violations.add(new Violation("nationQuota", "catalogue.quota", List.of()));
    }
    if (e.country() != null && !e.country().isBlank() && directory.organisation(e.country().strip().toUpperCase(Locale.ROOT), directory.today()).isEmpty()) {
      violations.add(new Violation("country", "user.organisation.unknown", List.of(e.country())));
    }
    if (violations.isEmpty()) {
      if (e.endsOn().isBefore(e.startsOn())) violations.add(new Violation("endsOn", "catalogue.event.ends-before", List.of()));
      if (e.nominationsClose().isBefore(e.nominationsOpen())) violations.add(new Violation("nominationsClose", "catalogue.event.window", List.of()));
      if (e.nominationsClose().isAfter(e.startsOn())) violations.add(new Violation("nominationsClose", "catalogue.event.window-after-start", List.of()));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
  }

  /** Every field checked at once; the activity it describes when all is well. */
  Activity validate(ActivityDraft d, @Nullable String fixedCode, ActivityStatus status, int revision) {
    var violations = new ArrayList<Violation>();
    var code = fixedCode != null ? fixedCode : upper(d.code());
    if (!CODE.matcher(code).matches()) violations.add(new Violation("code", "catalogue.code.invalid", List.of()));
    var provider = upper(d.provider());
    if (provider.isEmpty() || directory.organisation(provider, directory.today()).isEmpty()) {
      violations.add(new Violation("provider", "user.organisation.unknown", List.of(provider)));
    }
    var type = InvalidInput.code(ActivityType.class, d.type(), "type", violations);
    var format = InvalidInput.code(Format.class, d.format(), "format", violations);
    var title = bilingual("title", d.title(), 300, "catalogue.title.required", violations);
    var languages = lower(d.languages());
    if (languages.isEmpty() || languages.stream().anyMatch(l -> !LANGUAGE.matcher(l).matches())) {
      violations.add(new Violation("languages", "catalogue.languages", List.of()));
    }
    if (d.durationDays() == null || d.durationDays() < 1 || d.durationDays() > 365) {
      violations.add(new Violation("durationDays", "problem.between", List.of(1, 365)));
    }
    var areas = upperAll(d.areas());
    var knownAreas = directory.areasOfCooperation().stream().map(PolicyTerm::code).collect(Collectors.toSet());
    if (areas.isEmpty()) violations.add(new Violation("areas", "catalogue.areas.required", List.of()));
    areas.stream().filter(a -> !knownAreas.contains(a)).forEach(a -> violations.add(new Violation("areas", "catalogue.area.unknown", List.of(a))));
    var priorityAreas = upperAll(d.priorityAreas());
    var knownPriorities = directory.priorityAreas().stream().map(PolicyTerm::code).collect(Collectors.toSet());
    priorityAreas.stream().filter(a -> !knownPriorities.contains(a)).forEach(a -> violations.add(new Violation("priorityAreas", "catalogue.area.unknown", List.of(a))));
    Marking marking = null;
    try {
      marking = d.marking() == null
          ? Marking.parse(null, List.of(), "marking.level")
          : Marking.parse(d.marking().level(), d.marking().releasableTo(), "marking.level");
    } catch (InvalidInput invalid) {
      violations.addAll(invalid.violations());
    }
    var eligibility = eligibility(d.eligibility(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new Activity(code, provider, type, format, title, text(d.summary()), text(d.description()), text(d.objectives()),
        languages, d.durationDays(), areas, priorityAreas, marking, eligibility, status, null, revision);
  }

  private Eligibility eligibility(@Nullable EligibilityInput input, List<Violation> violations) {
    if (input == null || input.kind() == null) {
      return Eligibility.allPartners();
    }
    var kind = InvalidInput.code(Eligibility.Kind.class, input.kind(), "eligibility.kind", violations);
    var frameworks = upperAll(input.frameworks());
    var known = directory.frameworks(directory.today()).stream().map(Framework::code).collect(Collectors.toSet());
    frameworks.stream().filter(f -> !known.contains(f)).forEach(f -> violations.add(new Violation("eligibility.frameworks", "catalogue.framework.unknown", List.of(f))));
    var nations = upperAll(input.nations());
    nations.stream().filter(n -> directory.organisation(n, directory.today()).map(o -> !o.isNation()).orElse(true))
        .forEach(n -> violations.add(new Violation("eligibility.nations", "user.organisation.unknown", List.of(n))));
    if (kind == Eligibility.Kind.FRAMEWORKS && frameworks.isEmpty()) violations.add(new Violation("eligibility.frameworks", "catalogue.eligibility.frameworks", List.of()));
    if ((kind == Eligibility.Kind.NATIONS || kind == Eligibility.Kind.CASE_BY_CASE) && nations.isEmpty()) {
      violations.add(new Violation("eligibility.nations", "catalogue.eligibility.nations", List.of()));
    }
    var decision = input.councilDecision() == null || input.councilDecision().isBlank() ? null : input.councilDecision().strip();
    if (kind == Eligibility.Kind.CASE_BY_CASE && decision == null) {
      violations.add(new Violation("eligibility.councilDecision", "catalogue.eligibility.decision", List.of()));
    } else if (kind == Eligibility.Kind.CASE_BY_CASE) {
      // case by case rests on a confirmed Council decision that admits every nation named
      var approval = council.approval(decision, Decision.SubjectType.ELIGIBILITY);
      if (approval.isEmpty()) {
        violations.add(new Violation("eligibility.councilDecision", "catalogue.eligibility.decision.unknown", List.of(decision)));
      } else {
        decision = approval.get().reference();
        var admitted = approval.get().concerns();
        nations.stream().filter(n -> !admitted.contains(n)).forEach(n ->
            violations.add(new Violation("eligibility.nations", "catalogue.eligibility.decision.not-admitted", List.of(n, admitted))));
      }
    }
    return kind == null ? Eligibility.allPartners() : new Eligibility(kind, frameworks, nations, decision);
  }

  private static BilingualText text(@Nullable BilingualText text) {
    return text == null ? new BilingualText(null, null) : text;
  }

  private static List<String> upperAll(@Nullable List<String> values) {
    return values == null ? List.of() : values.stream().map(Texts::upper).filter(v -> !v.isEmpty()).distinct().toList();
  }

  private static List<String> lower(@Nullable List<String> values) {
    return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v.strip().toLowerCase(Locale.ROOT)).distinct().toList();
  }

  static Set<ActivityStatus> menuStatuses() {
    return Set.of(ActivityStatus.PUBLISHED);
  }
}
