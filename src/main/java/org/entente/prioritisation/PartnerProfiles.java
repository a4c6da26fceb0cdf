package org.entente.prioritisation;

import static org.entente.web.Texts.bilingual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.directory.Framework;
import org.entente.directory.Membership;
import org.entente.directory.Organisation;
import org.entente.directory.OrganisationKind;
import org.entente.engagement.Engaged;
import org.entente.engagement.Engagement;
import org.entente.integrity.Integrity;
import org.entente.integrity.IntegrityStatus;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.entente.planning.Participation;
import org.entente.planning.Planning;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.entente.database.SystemWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' priority profiles: the six considerations of para 16 that describe a partner, each a dated value
 * 0–100 with its evidence. Three are derived from what Entente knows — OPERATIONS from the engagement register's
 * contributions, BILATERAL_FRAMEWORK from the directory's bilateral bodies (and the Enhanced Opportunities status
 * in engagement), VALUES_AND_REFORMS from PARP/IPAP participation (planning) and Building Integrity (integrity);
 * the directory does not record aspiration to membership, so ASPIRATION, STRATEGIC_IMPORTANCE and SELF_FINANCING
 * are judgements staff enter with a reason (staff may also correct a derived value, with a reason). Values are
 * never changed in place: each change is a new dated row, audited.
 *
 * <p>The scope rule, said here and again by row-level security: staff, the Council's secretariat and the Allies'
 * coordinators read every partner's profile; a partner's coordinators read their own only (it decides their
 * seats, and the explanations of an allocation show their values anyway); never another partner's.
 */
@Service
public class PartnerProfiles {

  private final ProfileStore store;
  private final Guard guard;
  private final Directory directory;
  private final Engagement engagement;
  private final Planning planning;
  private final Integrity integrity;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate readApart;

  PartnerProfiles(ProfileStore store, Guard guard, Directory directory, Engagement engagement, Planning planning, Integrity integrity,
      AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
    this.readApart = new TransactionTemplate(transactions);
    this.readApart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.readApart.setReadOnly(true);
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.engagement = engagement;
    this.planning = planning;
    this.integrity = integrity;
    this.audit = audit;
    this.clock = clock;
  }

  /** A value staff enter: a judgement with its reason in either or both languages. */
  public record NewValue(@Nullable String consideration, @Nullable Integer value, @Nullable LocalDate validFrom, @Nullable BilingualText reason) {}

  /** Which considerations can be derived (the others are judgements). */
  public static final List<Consideration> DERIVED = List.of(Consideration.VALUES_AND_REFORMS, Consideration.OPERATIONS,
      Consideration.BILATERAL_FRAMEWORK);

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---------------------------------------------------------------- who reads

  /** Whether the caller reads this partner's profile. */
  public boolean reads(String partner) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return false;
    return caller.has(Permission.READ_PRIORITISATION_GLOBALLY) || caller.has(Permission.MANAGE_PRIORITISATION_GLOBALLY)
        || caller.organisationsWith(Permission.READ_PRIORITISATION_FOR_OWN_ORGANISATION).contains(partner) || isAlly(caller);
  }

  /** Whether the caller keeps profiles (staff). */
  public boolean keeps() {
    return Callers.current().map(c -> c.has(Permission.MANAGE_PRIORITISATION_GLOBALLY)).orElse(false);
  }

  private boolean isAlly(Caller caller) {
    var today = today();
    return caller.organisationsWith(Permission.READ_PRIORITISATION_FOR_OWN_ORGANISATION).stream()
        .anyMatch(o -> directory.organisation(o, today).map(org -> org.kind() == OrganisationKind.ALLY).orElse(false));
  }

  // ---------------------------------------------------------------- reading

  /** The profiles on a date of every partner the caller reads, by code. */
  @Transactional(readOnly = true)
  public Listing<Profile> profiles(@Nullable LocalDate on, Paging paging) {
    guard.caller();
    var day = on == null ? today() : on;
    var partners = directory.organisations(day, OrganisationKind.PARTNER, null).stream().filter(o -> reads(o.code()))
        .sorted(java.util.Comparator.comparing(Organisation::code)).toList();
    var page = paging.slice(partners);
    var values = store.inForce(page.items().stream().map(Organisation::code).toList(), day);
    var byPartner = new HashMap<String, List<ProfileValue>>();
    values.forEach(v -> byPartner.computeIfAbsent(v.partner(), k -> new ArrayList<>()).add(v));
    return page.map(items -> items.stream().map(o -> profile(o, day, byPartner.getOrDefault(o.code(), List.of()))).toList());
  }

  /** One partner's profile on a date; a partner the caller may not read answers 404 like an unknown one. */
  @Transactional(readOnly = true)
  public Profile profile(String partner, @Nullable LocalDate on) {
    guard.caller();
    var day = on == null ? today() : on;
    var org = partner(partner, day);
    return profile(org, day, store.inForce(List.of(org.code()), day));
  }

  /** Every value ever recorded for a partner, newest first. */
  @Transactional(readOnly = true)
  public Listing<ProfileValue> history(String partner, Paging paging) {
    guard.caller();
    var org = partner(partner, today());
    return store.history(org.code(), paging);
  }

  /**
   * The values by ordinal of these partners on a date, as an allocation reads them (0 where unknown). A provider
   * allocating its seats may not read the profiles themselves: the values are read as the application's own work,
   * in a transaction of their own, and reach the provider only as each nomination's worth and its shares.
   */
  Map<String, int[]> considerations(java.util.Collection<String> partners, LocalDate on) {
    var out = new HashMap<String, int[]>();
    partners.forEach(p -> out.put(p, new int[Consideration.OF_PARTNER.size()]));
    var values = SystemWork.run("an allocation weighs the partners' profiles", () -> readApart.execute(s -> store.inForce(partners, on)));
    for (var v : values == null ? List.<ProfileValue>of() : values) out.get(v.partner())[v.consideration().ordinal()] = v.value();
    return out;
  }

  private Organisation partner(@Nullable String code, LocalDate on) {
    var c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return directory.organisation(c, on).filter(o -> o.kind() == OrganisationKind.PARTNER).filter(o -> reads(o.code()))
        .orElseThrow(() -> new NotFound("partner", c));
  }

  private static Profile profile(Organisation org, LocalDate on, List<ProfileValue> values) {
    var sorted = values.stream().sorted(java.util.Comparator.comparing(ProfileValue::consideration)).toList();
    var unknown = Consideration.OF_PARTNER.stream().filter(c -> sorted.stream().noneMatch(v -> v.consideration() == c)).toList();
    return new Profile(org.code(), org.name(), on, sorted, unknown);
  }

  // ---------------------------------------------------------------- changing

  /** Staff enter a value with its reason; it holds from its date until a later one. */
  @Transactional
  public ProfileValue enter(String partner, NewValue input) {
    var caller = guard.require(Permission.MANAGE_PRIORITISATION_GLOBALLY);
    var org = partner(partner, today());
    var violations = new ArrayList<Violation>();
    var consideration = InvalidInput.code(Consideration.class, input.consideration(), "consideration", violations);
    if (consideration == Consideration.PRIORITY_AREA) {
      violations.add(new Violation("consideration", "prioritisation.consideration.of-activity", List.of()));
    }
    if (input.value() == null) violations.add(new Violation("value", "problem.required", List.of()));
    else if (input.value() < 0 || input.value() > 100) violations.add(new Violation("value", "problem.between", List.of(0, 100)));
    var from = input.validFrom() == null ? today() : input.validFrom();
    if (from.isBefore(LocalDate.of(1994, 1, 1)) || from.isAfter(today().plusYears(1))) {
      violations.add(new Violation("validFrom", "prioritisation.valid-from.range", List.of(today().plusYears(1).toString())));
    }
    var reason = bilingual("reason", input.reason(), 4000, "prioritisation.reason.required", violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = store.insert(org.code(), consideration, input.value(), from, ProfileValue.Source.ENTERED, reason, caller.username());
    audit.record(Change.of("PRIORITISATION_PROFILE_ENTERED", "partner-profile", org.code(),
        Map.of("id", id, "consideration", consideration.name(), "value", input.value(), "validFrom", from.toString())));
    return store.history(org.code(), new Paging(0, Paging.MAX_SIZE)).items().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
  }

  /**
   * Staff derive the considerations Entente knows for a partner on a date (today when absent); a new value is
   * recorded only where it differs from the one in force. Answers the values recorded.
   */
  @Transactional
  public List<ProfileValue> derive(String partner, @Nullable LocalDate on) {
    var caller = guard.require(Permission.MANAGE_PRIORITISATION_GLOBALLY);
    var day = on == null ? today() : on;
    if (day.isBefore(LocalDate.of(1994, 1, 1)) || day.isAfter(today())) {
      throw InvalidInput.of("on", "prioritisation.derive.range", today().toString());
    }
    var org = partner(partner, day);
    var current = new EnumMap<Consideration, ProfileValue>(Consideration.class);
    store.inForce(List.of(org.code()), day).forEach(v -> current.put(v.consideration(), v));
    var recorded = new ArrayList<ProfileValue>();
    for (var entry : derivations(org, day).entrySet()) {
      var was = current.get(entry.getKey());
      var d = entry.getValue();
      if (was != null && was.value() == d.value() && was.evidence().equals(d.evidence())) continue;
      var id = store.insert(org.code(), entry.getKey(), d.value(), day, ProfileValue.Source.DERIVED, d.evidence(), caller.username());
      audit.record(Change.of("PRIORITISATION_PROFILE_DERIVED", "partner-profile", org.code(),
          Map.of("id", id, "consideration", entry.getKey().name(), "value", d.value(), "validFrom", day.toString())));
      recorded.add(new ProfileValue(id, org.code(), entry.getKey(), d.value(), day, ProfileValue.Source.DERIVED, d.evidence(),
          caller.username(), java.time.Instant.now(clock)));
    }
    return recorded;
  }

  /** A derived value and what it rests on. */
  record Derived(int value, BilingualText evidence) {}

  Map<Consideration, Derived> derivations(Organisation org, LocalDate on) {
    var out = new LinkedHashMap<Consideration, Derived>();
    // operations: the engagement register's contributions running on the date
    var operations = engagement.contributions(null, org.code(), on).stream().map(Engaged.Contribution::operation).distinct().sorted().toList();
    if (operations.isEmpty()) {
      out.put(Consideration.OPERATIONS, new Derived(0, BilingualText.of("No contribution to an operation or mission recorded on " + on + ".",
          "Aucune contribution à une opération ou mission enregistrée au " + on + ".")));
    } else {
      var names = operations.stream().map(code -> {
        try {
          return engagement.operation(code).name();
        } catch (NotFound absent) {
          return BilingualText.of(code, code);
        }
      }).toList();
      out.put(Consideration.OPERATIONS, new Derived(Math.min(100, 40 + 20 * operations.size()),
          BilingualText.of("Contributes to " + join(names, Language.EN) + " (engagement register).",
              "Contribue à : " + join(names, Language.FR) + " (registre de l’engagement).")));
    }
    // bilateral framework: an active bilateral body of the directory, else the Enhanced Opportunities status
    var bilateral = directory.frameworks(on).stream().filter(f -> f.category() == Framework.Category.BILATERAL)
        .collect(java.util.stream.Collectors.toMap(Framework::code, Framework::name));
    var bodies = org.memberships().stream().filter(m -> m.covers(on) && m.status() == Membership.Status.ACTIVE && bilateral.containsKey(m.framework()))
        .map(m -> bilateral.get(m.framework())).distinct().toList();
    if (!bodies.isEmpty()) {
      out.put(Consideration.BILATERAL_FRAMEWORK, new Derived(100, BilingualText.of("Member of " + join(bodies, Language.EN) + " (directory).",
          "Membre de : " + join(bodies, Language.FR) + " (annuaire).")));
    } else if (engagement.holds(org.code(), Engaged.StatusType.ENHANCED_OPPORTUNITIES_PARTNER, on)) {
      out.put(Consideration.BILATERAL_FRAMEWORK, new Derived(60, BilingualText.of("Enhanced Opportunities Partner; no bilateral body (directory, engagement).",
          "Partenaire nouvelles opportunités ; aucun organe bilatéral (annuaire, engagement).")));
    } else {
      out.put(Consideration.BILATERAL_FRAMEWORK, new Derived(0, BilingualText.of("No bilateral body nor Enhanced Opportunities status (directory, engagement).",
          "Ni organe bilatéral ni statut de partenaire nouvelles opportunités (annuaire, engagement).")));
    }
    // values and reforms: PARP and IPAP opened by the Council, Building Integrity taken up
    int value = 0;
    var en = new ArrayList<String>();
    var fr = new ArrayList<String>();
    for (var p : planning.participations(org.code(), new Paging(0, Paging.MAX_SIZE)).items()) {
      if (p.status() != Participation.Status.APPROVED || p.decidedOn() == null || p.decidedOn().isAfter(on)) continue;
      value += p.tool() == Participation.Tool.PARP ? 40 : 30;
      en.add(p.tool().name() + " since " + p.decidedOn() + " (" + p.decision() + ")");
      fr.add(p.tool().name() + " depuis le " + p.decidedOn() + " (" + p.decision() + ")");
    }
    var assessments = integrity.list(null, org.code(), 0, Paging.MAX_SIZE).items();
    var agreed = java.util.EnumSet.of(IntegrityStatus.REPORT_AGREED, IntegrityStatus.FOLLOW_UP, IntegrityStatus.CLOSED);
    if (assessments.stream().anyMatch(a -> agreed.contains(a.status()))) {
      value += 30;
      en.add("Building Integrity report agreed");
      fr.add("rapport Intégrité agréé");
    } else if (assessments.stream().anyMatch(a -> a.status() != IntegrityStatus.WITHDRAWN)) {
      value += 15;
      en.add("Building Integrity self-assessment under way");
      fr.add("auto-évaluation Intégrité en cours");
    }
    out.put(Consideration.VALUES_AND_REFORMS, new Derived(Math.min(100, value), en.isEmpty()
        ? BilingualText.of("Neither PARP, IPAP nor Building Integrity taken up (planning, integrity).",
            "Ni PARP, ni IPAP, ni Intégrité engagés (planification, intégrité).")
        : BilingualText.of(String.join("; ", en) + " (planning, integrity).", String.join(" ; ", fr) + " (planification, intégrité).")));
    return out;
  }

  private static String join(List<BilingualText> names, Language language) {
    return String.join(", ", names.stream().map(n -> n.text(language)).toList());
  }
}
