package org.entente.capacitybuilding;

import static org.entente.web.Texts.bilingual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.capacitybuilding.CapacityBuildingStatus.Actor;
import org.entente.capacitybuilding.CapacityPackage.Progress;
import org.entente.council.CouncilRegister;
import org.entente.council.Decision;
import org.entente.council.DecisionTaken;
import org.entente.council.Subject;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.trustfunds.TrustFunds;
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
 * Defence Capacity Building packages. Scope, said here and again by row-level security: the partner's
 * coordinators, the contributing nations' coordinators, staff and the secretariat read a package from the request
 * on; every Ally's coordinators once the Council approved it; no other partner ever.
 */
@Service
public class CapacityBuilding {

  static final int MAX_AREAS = 20, MAX_PROJECTS = 30, MAX_EXPERTS = 60;

  private final PackageStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final TrustFunds trustFunds;
  private final AuditTrail audit;
  private final PackageNotices notices;
  private final Clock clock;

  CapacityBuilding(PackageStore store, Guard guard, Directory directory, CouncilRegister council, TrustFunds trustFunds, AuditTrail audit,
      PackageNotices notices, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.trustFunds = trustFunds;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  /** A request as typed; {@code partner} is the nation the package is for. */
  public record Request(@Nullable String partner, @Nullable BilingualText title, @Nullable BilingualText request) {}

  /** An area as staff draft it, with its projects. */
  public record NewArea(@Nullable BilingualText name, @Nullable List<BilingualText> projects) {}

  /** An adviser or trainer; {@code area} the area they serve, or none for the whole package. */
  public record NewExpert(@Nullable String nation, @Nullable String kind, @Nullable String name, @Nullable UUID area) {}

  /** The funding: a trust fund of the trust-fund module, or a plain reference, or both. */
  public record Funding(@Nullable UUID trustFund, @Nullable String reference) {}

  /** A biennial review: when, what was found, and the progress of every area. */
  public record NewReview(@Nullable LocalDate reviewedOn, @Nullable BilingualText summary, @Nullable List<NewProgress> progress) {}

  public record NewProgress(@Nullable UUID area, @Nullable Integer percent, @Nullable String note) {}

  @Transactional(readOnly = true)
  public Listing<PackageSummary> list(@Nullable String status, @Nullable String partner, Paging paging) {
    guard.caller();
    var wanted = status == null || status.isBlank() ? null : InvalidInput.code(CapacityBuildingStatus.class, status, "status").name();
    var filter = new PackageStore.Filter(wanted, partner == null || partner.isBlank() ? null : partner.strip().toUpperCase(Locale.ROOT));
    return paging.listing(store.list(filter, paging), store.count(filter));
  }

  @Transactional(readOnly = true)
  public CapacityPackage get(UUID id) {
    var caller = guard.caller();
    return store.find(id).filter(p -> readable(caller, p)).orElseThrow(() -> new NotFound("package", id.toString()));
  }

  /** Who the caller is to this package, if anyone who may move it. */
  public @Nullable Actor actor(CapacityPackage p) {
    var caller = guard.caller();
    if (caller.has(Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY)) return Actor.STAFF;
    return caller.organisationsWith(Permission.REQUEST_CAPACITY_BUILDING_FOR_OWN_ORGANISATION).contains(p.partner()) ? Actor.PARTNER : null;
  }

  /** A trust fund a package may cite, as a form offers it. */
  public record FundOption(UUID id, String code, BilingualText title) {}

  /** The trust funds the caller (staff) may cite as a package's funding. */
  @Transactional(readOnly = true)
  public List<FundOption> fundOptions() {
    if (!manages()) return List.of();
    return trustFunds.list(null, null, new Paging(0, 100)).items().stream().map(f -> new FundOption(f.id(), f.code(), f.title())).toList();
  }

  /** The trust fund funding a package, as far as the caller reads it (its code and title), or null. */
  @Transactional(readOnly = true)
  public @Nullable FundOption fundOf(CapacityPackage p) {
    if (p.trustFund() == null) return null;
    if (!trustFunds.readsFile(p.trustFund())) return null;
    var f = trustFunds.fund(p.trustFund());
    return new FundOption(f.id(), f.code(), f.title());
  }

  /** Whether the caller drafts packages (staff). */
  public boolean manages() {
    return guard.caller().has(Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY);
  }

  /** The partner nations the caller may ask a package for: its own partners; staff any partner. */
  public List<String> requesters() {
    var caller = guard.caller();
    var today = LocalDate.now(clock);
    if (caller.has(Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY)) {
      return directory.organisations(today, OrganisationKind.PARTNER, null).stream().map(o -> o.code()).sorted().toList();
    }
    var orgs = new TreeSet<String>();
    caller.organisationsWith(Permission.REQUEST_CAPACITY_BUILDING_FOR_OWN_ORGANISATION).stream()
        .filter(o -> directory.organisation(o, today).map(x -> x.kind() == OrganisationKind.PARTNER).orElse(false)).forEach(orgs::add);
    return List.copyOf(orgs);
  }

  @Transactional
  public CapacityPackage request(Request input) {
    var caller = guard.requireAny(Permission.REQUEST_CAPACITY_BUILDING_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var mine = requesters();
    var partner = input.partner() == null || input.partner().isBlank()
        ? (mine.size() == 1 ? mine.getFirst() : "") : input.partner().strip().toUpperCase(Locale.ROOT);
    if (partner.isEmpty()) violations.add(new Violation("partner", "problem.required", List.of()));
    else if (!mine.contains(partner)) violations.add(new Violation("partner", "capacitybuilding.partner.not-yours", List.of(partner)));
    var title = bilingual("title", input.title(), 300, "capacitybuilding.text.required", violations);
    var request = bilingual("request", input.request(), 4_000, "capacitybuilding.text.required", violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = store.insert(partner, caller.username(), title, request);
    audit.record(Change.of("CAPACITY_PACKAGE_REQUESTED", "capacity-package", id.toString(), Map.of("partner", partner)));
    var created = get(id);
    notices.moved(created);
    return created;
  }

  /** A move that needs no more than a reason. */
  @Transactional
  public CapacityPackage transition(UUID id, @Nullable String to, @Nullable String reason) {
    guard.requireAny(Permission.REQUEST_CAPACITY_BUILDING_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY);
    var current = lock(id);
    var target = InvalidInput.code(CapacityBuildingStatus.class, to, "to");
    var actor = allowed(current, target);
    if (current.status() == CapacityBuildingStatus.UNDER_REVIEW && target == CapacityBuildingStatus.IMPLEMENTING) {
      throw InvalidInput.of("to", "capacitybuilding.transition.with-review");
    }
    var note = reason == null || reason.isBlank() ? null : reason.strip();
    if (target.needsReason() && note == null) throw InvalidInput.of("reason", "capacitybuilding.reason.required");
    Texts.require("reason", note, 2_000);
    if (target == CapacityBuildingStatus.DRAFTED && current.status() == CapacityBuildingStatus.ASSESSING && current.assessment().en() == null
        && current.assessment().fr() == null) {
      throw new Conflict("capacitybuilding.assessment.missing");
    }
    if (target == CapacityBuildingStatus.BEFORE_COUNCIL) {
      if (current.areas().isEmpty()) throw new Conflict("capacitybuilding.areas.missing");
      if (!current.funded()) throw new Conflict("capacitybuilding.funding.missing");
    }
    store.move(id, target, note);
    var subject = new Subject(Decision.SubjectType.CAPACITY_BUILDING, id.toString(), List.of(current.partner()), current.title());
    if (target == CapacityBuildingStatus.BEFORE_COUNCIL) {
      council.request(subject);
    } else if (current.status() == CapacityBuildingStatus.BEFORE_COUNCIL) {
      council.takeBack(subject.type(), subject.id());
    }
    audit.record(Change.of("CAPACITY_PACKAGE_" + target.name(), "capacity-package", id.toString(),
        Map.of("from", current.status().name(), "by", actor.name(), "reason", note == null ? "" : note)));
    var moved = get(id);
    notices.moved(moved);
    return moved;
  }

  /** The needs assessment, written by staff while assessing or drafting. */
  @Transactional
  public CapacityPackage assess(UUID id, @Nullable BilingualText assessment) {
    guard.require(Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY);
    var current = preparing(id);
    var violations = new ArrayList<Violation>();
    var text = bilingual("assessment", assessment, 8_000, "capacitybuilding.text.required", violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.assessment(id, text);
    audit.record(Change.of("CAPACITY_PACKAGE_ASSESSED", "capacity-package", id.toString(), Map.of("status", current.status().name())));
    return get(id);
  }

  @Transactional
  public CapacityPackage addArea(UUID id, NewArea input) {
    guard.require(Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY);
    var current = preparing(id);
    var violations = new ArrayList<Violation>();
    var name = bilingual("name", input.name(), 300, "capacitybuilding.text.required", violations);
    var projects = new ArrayList<BilingualText>();
    var given = input.projects() == null ? List.<BilingualText>of() : input.projects();
    if (given.size() > MAX_PROJECTS) violations.add(new Violation("projects", "programmes.too-many", List.of(MAX_PROJECTS)));
    for (int i = 0; i < given.size() && i < MAX_PROJECTS; i++) projects.add(bilingual("projects[" + i + "]", given.get(i), 300, "capacitybuilding.text.required", violations));
    if (current.areas().size() >= MAX_AREAS) violations.add(new Violation("name", "programmes.too-many", List.of(MAX_AREAS)));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var area = store.addArea(id, name, projects);
    audit.record(Change.of("CAPACITY_PACKAGE_AREA_ADDED", "capacity-package", id.toString(), Map.of("area", area.toString(), "projects", projects.size())));
    return get(id);
  }

  @Transactional
  public CapacityPackage addExpert(UUID id, NewExpert input) {
    guard.require(Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY);
    var current = preparing(id);
    var violations = new ArrayList<Violation>();
    var nation = input.nation() == null ? "" : input.nation().strip().toUpperCase(Locale.ROOT);
    var today = LocalDate.now(clock);
    if (nation.isEmpty()) violations.add(new Violation("nation", "problem.required", List.of()));
    else if (!directory.organisation(nation, today).map(o -> o.isNation()).orElse(false)) {
      violations.add(new Violation("nation", "capacitybuilding.nation.unknown", List.of(nation)));
    } else if (nation.equals(current.partner())) {
      violations.add(new Violation("nation", "capacitybuilding.nation.partner", List.of(nation)));
    }
    var kind = InvalidInput.code(CapacityPackage.Kind.class, input.kind(), "kind", violations);
    var name = input.name() == null ? "" : input.name().strip();
    if (name.isEmpty()) violations.add(new Violation("name", "problem.required", List.of()));
    else Texts.check("name", name, 200, violations);
    if (input.area() != null && current.areas().stream().noneMatch(a -> a.id().equals(input.area()))) {
      violations.add(new Violation("area", "capacitybuilding.area.unknown", List.of()));
    }
    if (current.experts().size() >= MAX_EXPERTS) violations.add(new Violation("name", "programmes.too-many", List.of(MAX_EXPERTS)));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var expert = store.addExpert(id, nation, kind, name, input.area());
    audit.record(Change.of("CAPACITY_PACKAGE_EXPERT_ADDED", "capacity-package", id.toString(),
        Map.of("expert", expert.toString(), "nation", nation, "kind", kind.name())));
    var changed = get(id);
    if (!current.contributors().contains(nation)) notices.contributing(changed, nation);
    return changed;
  }

  @Transactional
  public CapacityPackage fund(UUID id, Funding input) {
    guard.require(Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY);
    preparing(id);
    var reference = input.reference() == null || input.reference().isBlank() ? null : input.reference().strip();
    Texts.require("reference", reference, 300);
    if (input.trustFund() == null && reference == null) throw InvalidInput.of("reference", "capacitybuilding.funding.required");
    if (input.trustFund() != null) {
      try {
        trustFunds.fund(input.trustFund());
      } catch (NotFound missing) {
        throw InvalidInput.of("trustFund", "capacitybuilding.trust-fund.unknown", input.trustFund().toString());
      }
    }
    store.funding(id, input.trustFund(), reference);
    audit.record(Change.of("CAPACITY_PACKAGE_FUNDED", "capacity-package", id.toString(),
        Map.of("trustFund", input.trustFund() == null ? "" : input.trustFund().toString(), "reference", reference == null ? "" : reference)));
    return get(id);
  }

  /** Records a biennial review opened by staff, with every area's progress; the package is implemented on. */
  @Transactional
  public CapacityPackage review(UUID id, NewReview input) {
    var caller = guard.require(Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY);
    var current = lock(id);
    if (current.status() != CapacityBuildingStatus.UNDER_REVIEW) throw new Conflict("capacitybuilding.review.not-open", current.status().name());
    var violations = new ArrayList<Violation>();
    var today = LocalDate.now(clock);
    var on = input.reviewedOn() == null ? today : input.reviewedOn();
    if (on.isAfter(today)) violations.add(new Violation("reviewedOn", "capacitybuilding.review.future", List.of()));
    var summary = bilingual("summary", input.summary(), 4_000, "capacitybuilding.text.required", violations);
    var progress = new ArrayList<Progress>();
    var given = input.progress() == null ? List.<NewProgress>of() : input.progress();
    var seen = new HashSet<UUID>();
    for (int i = 0; i < given.size() && i < MAX_AREAS; i++) {
      var p = given.get(i);
      var field = "progress[" + i + "]";
      if (p == null || p.area() == null || current.areas().stream().noneMatch(a -> a.id().equals(p.area())) || !seen.add(p.area())) {
        violations.add(new Violation(field + ".area", "capacitybuilding.area.unknown", List.of()));
        continue;
      }
      if (p.percent() == null || p.percent() < 0 || p.percent() > 100) {
        violations.add(new Violation(field + ".percent", "problem.between", List.of(0, 100)));
        continue;
      }
      var note = p.note() == null || p.note().isBlank() ? null : p.note().strip();
      Texts.check(field + ".note", note, 2_000, violations);
      progress.add(new Progress(p.area(), p.percent(), note));
    }
    if (violations.isEmpty() && seen.size() != current.areas().size()) {
      violations.add(new Violation("progress", "capacitybuilding.review.every-area", List.of(current.areas().size())));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var review = store.addReview(id, on, summary, caller.username(), progress);
    audit.record(Change.of("CAPACITY_PACKAGE_REVIEWED", "capacity-package", id.toString(),
        Map.of("review", review.toString(), "reviewedOn", on.toString(), "from", current.status().name(), "to", "IMPLEMENTING")));
    var reviewed = get(id);
    notices.reviewed(reviewed);
    return reviewed;
  }

  /** The Council decided on a package: it moves in the same transaction as the confirmation, or neither does. */
  @EventListener
  void decided(DecisionTaken event) {
    var decision = event.decision();
    if (decision.subjectType() != Decision.SubjectType.CAPACITY_BUILDING || decision.subjectId() == null) return;
    UUID id;
    try {
      id = UUID.fromString(decision.subjectId());
    } catch (IllegalArgumentException e) {
      return;
    }
    var found = store.lock(id);
    if (found.isEmpty()) return;
    var current = found.get();
    CapacityBuildingStatus target;
    switch (decision.outcome()) {
      case APPROVED -> target = CapacityBuildingStatus.APPROVED;
      case REJECTED -> target = CapacityBuildingStatus.REJECTED;
      default -> {
        audit.record(Change.of("CAPACITY_PACKAGE_" + decision.outcome().name(), "capacity-package", id.toString(),
            Map.of("decision", decision.reference())));
        return;
      }
    }
    if (!current.status().allows(target, Actor.COUNCIL)) {
      throw new Conflict("capacitybuilding.transition.illegal", current.status().name(), target.name());
    }
    store.decided(id, target, decision.reference(), target == CapacityBuildingStatus.APPROVED ? decision.decidedOn().plusYears(2) : null);
    audit.record(Change.of("CAPACITY_PACKAGE_" + target.name(), "capacity-package", id.toString(),
        Map.of("decision", decision.reference(), "from", current.status().name(), "by", Actor.COUNCIL.name())));
    notices.moved(store.find(id).orElseThrow());
  }

  /** The Java half of need-to-know; row-level security says the same. */
  boolean readable(Caller caller, CapacityPackage p) {
    if (caller.has(Permission.READ_CAPACITY_BUILDING_GLOBALLY)) return true;
    var mine = caller.organisationsWith(Permission.REQUEST_CAPACITY_BUILDING_FOR_OWN_ORGANISATION);
    if (mine.contains(p.partner()) || p.contributors().stream().anyMatch(mine::contains)) return true;
    if (!p.status().approved()) return false;
    var today = LocalDate.now(clock);
    return mine.stream().anyMatch(o -> directory.organisation(o, today).map(x -> x.kind() == OrganisationKind.ALLY).orElse(false));
  }

  private Actor allowed(CapacityPackage current, CapacityBuildingStatus target) {
    var actor = actor(current);
    if (actor == null || !current.status().allows(target, actor)) {
      throw new Conflict("capacitybuilding.transition.illegal", current.status().name(), target.name());
    }
    return actor;
  }

  private CapacityPackage lock(UUID id) {
    var caller = guard.caller();
    return store.lock(id).filter(p -> readable(caller, p)).orElseThrow(() -> new NotFound("package", id.toString()));
  }

  private CapacityPackage preparing(UUID id) {
    var current = lock(id);
    if (!current.status().inPreparation()) throw new Conflict("capacitybuilding.not-in-preparation", current.status().name());
    return current;
  }
}
