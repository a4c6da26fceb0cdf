package org.entente.emergencies;

import static org.entente.web.Texts.blank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disaster response's incidents as each reader sees them, and what each may do with them. Who sees what, said in
 * Java (the database says the same in its policies): the stricken nation its own incidents in every state; the centre every
 * (and Alliance staff, reading) every incident once submitted; every Ally's and partner's coordinators an incident once disseminated, with its needs
 * and their coverage in figures; an offer line only the nation that made it, the stricken nation and the centre.
 * The request's lifecycle is {@link AssistanceRequests}' job, the offers {@link Offers}', the reports {@link SituationReports}'.
 */
@Service
public class Emergencies {

  static final int MAX_TEXT = 20_000;
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private final EmergencyStore store;
  private final Guard guard;
  private final Directory directory;

  Emergencies(EmergencyStore store, Guard guard, Directory directory) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
  }

  // --- what callers send

  /** A move of an incident or an offer line; an acceptance may name the quantity accepted (less: in part). */
  public record Move(@Nullable String to, @Nullable Integer acceptedQuantity) {}

  /** Which incidents a list shows: open ones (every state but closed) or closed ones; exercises apart. */
  public enum Scope { OPEN, CLOSED, ALL }

  // --- who the caller is here

  /** The nations the caller speaks for that are Allies or partners today. */
  Set<String> nations(Caller caller, Permission permission) {
    var today = directory.today();
    return caller.organisationsWith(permission).stream()
        .filter(o -> directory.organisation(o, today)
            .map(org -> org.kind() == OrganisationKind.ALLY || org.kind() == OrganisationKind.PARTNER).orElse(false))
        .collect(Collectors.toUnmodifiableSet());
  }

  private boolean mayRead(Caller caller, Incident incident) {
    return caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION).contains(incident.nation())
        || (incident.status() != IncidentStatus.DRAFT && caller.has(Permission.READ_EMERGENCIES_GLOBALLY))
        || (incident.status().disseminated() && !nations(caller, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION).isEmpty());
  }

  static boolean stricken(Caller caller, Incident incident) {
    return caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION).contains(incident.nation());
  }

  /** What this caller may do with an incident: the moves open to them, offering, deciding, reporting. */
  public record Abilities(List<IncidentStatus> moves, boolean edit, boolean offer, Set<String> donorNations, boolean decide,
      boolean report, boolean seesAllOffers) {}

  public Abilities abilities(Incident incident) {
    var caller = guard.caller();
    var moves = new ArrayList<IncidentStatus>();
    for (var to : incident.status().next()) {
      if (mayMove(caller, incident, incident.status().mover(to).orElseThrow())) {
        moves.add(to);
      }
    }
    var donors = new java.util.TreeSet<>(nations(caller, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION));
    donors.remove(incident.nation());
    var isStricken = stricken(caller, incident);
    var centre = caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY);
    return new Abilities(List.copyOf(moves), isStricken && incident.status() == IncidentStatus.DRAFT,
        incident.status().takesOffers() && !donors.isEmpty(), donors, isStricken && incident.status().takesOffers(),
        centre && incident.status().disseminated() && incident.status().open(), centre || isStricken);
  }

  static boolean mayMove(Caller caller, Incident incident, Actor actor) {
    return switch (actor) {
      case STRICKEN_NATION -> stricken(caller, incident);
      case CENTRE -> caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY);
      case DONOR -> false;
    };
  }

  // --- reading

  @Transactional(readOnly = true)
  public Listing<IncidentSummary> incidents(@Nullable String scope, boolean exercise, Paging paging) {
    var caller = guard.caller();
    var which = scope == null || scope.isBlank() ? Scope.OPEN : InvalidInput.code(Scope.class, scope, "scope");
    var listed = store.list(statuses(which), exercise, paging);
    // the database already keeps to what the caller may see; said again in Java
    var kept = listed.items().stream().filter(i -> mayRead(caller, summaryAsIncident(i))).toList();
    return paging.listing(kept, listed.total() - (listed.items().size() - kept.size()));
  }

  private static Incident summaryAsIncident(IncidentSummary s) {
    return new Incident(s.id(), s.reference(), s.nation(), s.exercise(), s.disasterType(), s.title(), s.title(), s.status(),
        List.of(), List.of(), List.of(), "", s.createdAt(), null, s.disseminatedAt(), null, s.revision());
  }

  static List<IncidentStatus> statuses(Scope scope) {
    return switch (scope) {
      case OPEN -> List.of(IncidentStatus.DRAFT, IncidentStatus.SUBMITTED, IncidentStatus.DISSEMINATED, IncidentStatus.COORDINATING,
          IncidentStatus.CLOSING);
      case CLOSED -> List.of(IncidentStatus.CLOSED);
      case ALL -> List.of(IncidentStatus.values());
    };
  }

  /** A board's "anything new?" over a list: changes whenever an incident it shows changes, appears or leaves. */
  @Transactional(readOnly = true)
  public String boardRevision(@Nullable String scope, boolean exercise) {
    guard.caller();
    var which = scope == null || scope.isBlank() ? Scope.OPEN : InvalidInput.code(Scope.class, scope, "scope");
    return store.boardRevision(statuses(which), exercise);
  }

  @Transactional(readOnly = true)
  public Incident incident(UUID id) {
    var caller = guard.caller();
    return store.find(id).filter(i -> mayRead(caller, i)).orElseThrow(() -> new NotFound("incident", id.toString()));
  }

  /** The incident's revision, or {@link NotFound} when the caller may not see it. */
  @Transactional(readOnly = true)
  public long revision(UUID id) {
    incident(id);
    return store.revision(id).orElseThrow(() -> new NotFound("incident", id.toString()));
  }

  /**
   * What the caller may hear of on the live board of all incidents: a test on an incident's nation and status
   * (the rule of {@code mayRead}), taken now, since the stream outlives the request that opened it.
   */
  public java.util.function.BiPredicate<String, IncidentStatus> boardWatch() {
    var caller = guard.caller();
    var own = Set.copyOf(caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION));
    var global = caller.has(Permission.READ_EMERGENCIES_GLOBALLY);
    var donor = !nations(caller, Permission.OFFER_ASSISTANCE_FOR_OWN_ORGANISATION).isEmpty();
    return (nation, status) -> own.contains(nation) || (status != IncidentStatus.DRAFT && global) || (status.disseminated() && donor);
  }

  /** The newest revision among all the incidents the caller may see (0 when none): where a board of all incidents stands. */
  @Transactional(readOnly = true)
  public long latestRevision() {
    var watch = boardWatch();
    return store.latest().stream().filter(l -> watch.test(l.nation(), l.status())).mapToLong(EmergencyStore.Latest::revision).max().orElse(0);
  }

  List<String> donorsOf(Incident incident) {
    return store.donors(incident.id());
  }

  // --- the start page

  record Counts(long toValidate, long open, long offersToDecide) {}

  @Transactional(readOnly = true)
  Counts counts(Caller caller) {
    var toValidate = caller.has(Permission.COORDINATE_EMERGENCIES_GLOBALLY) ? store.count(List.of(IncidentStatus.SUBMITTED)) : 0;
    var open = store.count(List.of(IncidentStatus.DISSEMINATED, IncidentStatus.COORDINATING));
    var mine = caller.organisationsWith(Permission.REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION);
    var toDecide = mine.isEmpty() ? 0 : store.offersAwaitingDecision(mine);
    return new Counts(toValidate, open, toDecide);
  }
}
