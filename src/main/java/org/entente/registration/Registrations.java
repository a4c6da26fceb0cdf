package org.entente.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.access.Role;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.Activity;
import org.entente.catalogue.Catalogue;
import org.entente.directory.Directory;
import org.entente.directory.Framework;
import org.entente.directory.Organisation;
import org.entente.directory.OrganisationKind;
import org.entente.registration.NominationState.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and nominations as nations, providers and staff change them (the people nominated are kept by
 * {@link ParticipantRegister}). The scope rule, said here and again by row-level security: a national coordinator
 * nominates their own nation's people; a provider manager opens and decides their own institution's events; staff
 * do everything.
 */
@Service
public class Registrations {

  static final int MAX_LIST = 5_000;

  private final Participants participants;
  private final Nominations nominations;
  private final Guard guard;
  private final Catalogue catalogue;
  private final Directory directory;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration offerHold;
  private final Notices notices;
  private final Certificates certificates;

  Registrations(Participants participants, Nominations nominations, Guard guard, Catalogue catalogue, Directory directory,
      AuditTrail audit, Clock clock, @Value("${entente.registration.offer-hold:48h}") Duration offerHold, Notices notices,
      Certificates certificates) {
    this.notices = notices;
    this.certificates = certificates;
    this.participants = participants;
    this.nominations = nominations;
    this.guard = guard;
    this.catalogue = catalogue;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
    this.offerHold = offerHold;
  }

  /** How a provider opens an event: window, nations (null: all eligible), quotas. */
  public record InvitationRequest(
      @Nullable LocalDate opens, @Nullable LocalDate closes, @Nullable List<String> nations, @Nullable Integer nationQuota,
      @Nullable Map<String, Integer> frameworkQuotas) {}

  // --- lists of work

  /** The caller's own nominations, newest event first, with what the person may do and has. */
  @Transactional(readOnly = true)
  public List<MyNomination> myNominations() {
    guard.caller();
    return lines(nominations.mine());
  }

  /**
   * The nominations of the caller's nations in these states (all states when none is named), soonest event
   * first, with the moves the caller may make: a coordinator's list of work.
   */
  @Transactional(readOnly = true)
  public List<MyNomination> nationNominations(java.util.Collection<NominationState> states) {
    var caller = guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var nations = caller.organisationsWith(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION);
    return lines(nominations.of("nation", nations.toArray(String[]::new), names(states), MAX_LIST));
  }

  /** The nominations to the caller's institutions' events in these states: a provider's list of work. */
  @Transactional(readOnly = true)
  public List<MyNomination> providerNominations(java.util.Collection<NominationState> states) {
    var caller = guard.requireAny(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var providers = caller.organisationsWith(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION);
    return lines(nominations.of("provider", providers.toArray(String[]::new), names(states), MAX_LIST));
  }

  private List<MyNomination> lines(List<Nominations.Mine> found) {
    return found.stream()
        .map(m -> new MyNomination(m.nomination(), m.startsOn(), m.endsOn(), movesFor(m.nomination()), m.certificate(),
            m.nomination().state() == NominationState.ATTENDED && !m.feedbackGiven(), m.feedbackGiven()))
        .toList();
  }

  private static String[] names(java.util.Collection<NominationState> states) {
    return (states.isEmpty() ? List.of(NominationState.values()) : states).stream().map(Enum::name).toArray(String[]::new);
  }

  /** Whether this nomination is the caller's own (their account is linked to its participant). */
  boolean isOwn(Nomination n) {
    return participants.mine().stream().anyMatch(p -> p.id().equals(n.participant()));
  }

  // --- invitations and seats

  /** The event's invitation; an event not yet opened explicitly is open to all eligible nations. */
  @Transactional
  public Invitation invitation(UUID eventId) {
    var event = catalogue.event(eventId);
    var open = nominations.invitation(eventId);
    if (open.isPresent()) {
      return open.get();
    }
    nominations.openByDefault(event);
    return nominations.invitation(eventId).orElseThrow(() -> new NotFound("event", eventId.toString()));
  }

  @Transactional
  public Invitation invite(UUID eventId, InvitationRequest request) {
    var caller = guard.requireAny(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var event = catalogue.event(eventId);
    requireProvider(caller, event.provider());
    var violations = new ArrayList<Violation>();
    var opens = request.opens() == null ? event.nominationsOpen() : request.opens();
    var closes = request.closes() == null ? event.nominationsClose() : request.closes();
    if (closes.isBefore(opens)) violations.add(new Violation("closes", "catalogue.event.window", List.of()));
    if (closes.isAfter(event.startsOn())) violations.add(new Violation("closes", "catalogue.event.window-after-start", List.of()));
    List<String> nations = null;
    if (request.nations() != null) {
      nations = request.nations().stream().map(n -> n == null ? "" : n.strip().toUpperCase(Locale.ROOT)).distinct().toList();
      nations.stream().filter(n -> directory.organisation(n, directory.today()).map(o -> !o.isNation()).orElse(true))
          .forEach(n -> violations.add(new Violation("nations", "user.organisation.unknown", List.of(n))));
      if (nations.isEmpty()) violations.add(new Violation("nations", "registration.nations.empty", List.of()));
    }
    var quota = request.nationQuota();
    if (quota != null && (quota < 1 || quota > event.seats())) {
      violations.add(new Violation("nationQuota", "problem.between", List.of(1, event.seats())));
    }
    var frameworkQuotas = new LinkedHashMap<String, Integer>();
    var known = directory.frameworks(directory.today()).stream().map(Framework::code).toList();
    if (request.frameworkQuotas() != null) {
      request.frameworkQuotas().forEach((framework, seats) -> {
        var code = framework == null ? "" : framework.strip().toUpperCase(Locale.ROOT);
        if (!known.contains(code)) {
          violations.add(new Violation("frameworkQuotas", "catalogue.framework.unknown", List.of(code)));
        } else if (seats == null || seats < 1 || seats > event.seats()) {
          violations.add(new Violation("frameworkQuotas." + code, "problem.between", List.of(1, event.seats())));
        } else {
          frameworkQuotas.put(code, seats);
        }
      });
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    nominations.openByDefault(event);
    try {
      nominations.updateInvitation(eventId, opens, closes, nations, quota, frameworkQuotas, Instant.now(clock));
    } catch (DataIntegrityViolationException belowHeld) {
      throw new Conflict("registration.quota.below-held", eventId.toString());
    }
    var summary = new LinkedHashMap<String, Object>();
    summary.put("opens", opens.toString());
    summary.put("closes", closes.toString());
    summary.put("nations", nations == null ? "ALL_ELIGIBLE" : String.join(",", nations));
    summary.put("nationQuota", quota == null ? "" : quota);
    summary.put("frameworkQuotas", frameworkQuotas.toString());
    audit.record(Change.of("EVENT_INVITATION_SET", "event", eventId.toString(), summary));
    return nominations.invitation(eventId).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Seats seats(UUID eventId) {
    var event = catalogue.event(eventId); // 404 unless the caller may see the event
    var seats = nominations.seats(eventId);
    return seats.capacity() == 0 ? new Seats(event.seats(), 0, 0) : seats;
  }

  // --- nominations

  @Transactional
  public Nomination nominate(UUID eventId, @Nullable UUID participantId) {
    var caller = guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    if (participantId == null) {
      throw InvalidInput.of("participant", "problem.required");
    }
    var event = catalogue.event(eventId);
    var participant = participants.find(participantId)
        .orElseThrow(() -> InvalidInput.of("participant", "registration.participant.unknown", participantId.toString()));
    var nation = participant.nation();
    if (!caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY)
        && !caller.organisationsWith(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION).contains(nation)) {
      throw InvalidInput.of("participant", "registration.nation.not-yours", nation);
    }
    if (!"OPEN".equals(event.status())) {
      throw new Conflict("registration.event.cancelled", eventId.toString());
    }
    // opened with the catalogue's defaults on its first nomination (read first: every later one finds it open)
    var invitation = nominations.invitation(eventId).or(() -> {
      nominations.openByDefault(event);
      return nominations.invitation(eventId);
    }).orElse(null);
    if (invitation == null || (invitation.nations() != null && !invitation.nations().contains(nation))) {
      throw new Conflict("registration.not-invited", nation);
    }
    var today = LocalDate.now(clock);
    var activity = catalogue.activity(event.activity());
    var organisation = directory.organisation(nation, today).orElse(null);
    if (!eligible(activity, organisation, today)) {
      throw new Conflict("registration.not-eligible", nation, activity.code());
    }
    if (today.isBefore(invitation.opens()) || today.isAfter(invitation.closes())) {
      throw new Conflict("registration.window", invitation.opens(), invitation.closes());
    }
    var frameworks = organisation == null ? List.<String>of() : organisation.frameworksOn(today);
    var id = UUID.randomUUID();
    Nomination nomination;
    try {
      nomination = nominations.insert(id, invitation, nation, frameworks, participant.id(), caller.username(), Instant.now(clock));
    } catch (DuplicateKeyException twice) {
      throw new Conflict("registration.duplicate", participant.familyName() + ", " + participant.givenName());
    }
    audit.record(Change.of("NOMINATION_RECEIVED", "nomination", id.toString(),
        Map.of("event", eventId.toString(), "nation", nation, "participant", participant.id().toString())));
    notices.tell(id, NominationState.NOMINATED);
    return nomination;
  }

  @Transactional(readOnly = true)
  public List<Nomination> nominations(UUID eventId) {
    guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION,
        Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    catalogue.event(eventId);
    return nominations.ofEvent(eventId);
  }

  /** One page of an event's nominations the caller may see. */
  @Transactional(readOnly = true)
  public Listing<Nomination> nominations(UUID eventId, Paging paging) {
    guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION,
        Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    catalogue.event(eventId);
    return nominations.ofEvent(eventId, paging);
  }

  @Transactional(readOnly = true)
  public Nomination nomination(UUID id) {
    return nominations.find(id).orElseThrow(() -> new NotFound("nomination", id.toString()));
  }

  /** One page of a participant's nominations the caller may see. */
  @Transactional(readOnly = true)
  public Listing<Nomination> nominationsOf(UUID participant, Paging paging) {
    participants.find(participant).orElseThrow(() -> new NotFound("participant", participant.toString()));
    return nominations.ofParticipant(participant, paging);
  }

  /** A move of a nomination; an illegal one answers 409 naming where it stands. */
  @Transactional
  public Nomination move(UUID id, @Nullable String to) {
    var caller = guard.caller();
    NominationState target;
    try {
      target = NominationState.valueOf(to == null ? "" : to.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("to", "problem.one-of", "CONFIRMED, WAITLISTED, DECLINED, CANCELLED, ATTENDED, NO_SHOW");
    }
    var eventId = nominations.lockEventOf(id).orElseThrow(() -> new NotFound("nomination", id.toString()));
    var locked = nominations.current(id).orElseThrow(() -> new NotFound("nomination", id.toString()));
    var current = locked.nomination();
    var mover = current.state().mover(target);
    if (mover.isEmpty() || mover.get() == Actor.SYSTEM || !actsAs(caller, current, mover.get())) {
      throw new Conflict("registration.transition.illegal", current.participantName(), current.state().name(), target.name());
    }
    var today = LocalDate.now(clock);
    var startsOn = locked.startsOn();
    if ((target == NominationState.ATTENDED || target == NominationState.NO_SHOW) && today.isBefore(startsOn)) {
      throw new Conflict("registration.attendance.early", startsOn);
    }
    var now = Instant.now(clock);
    Nomination moved;
    try {
      moved = nominations.move(id, target, now);
    } catch (DataIntegrityViolationException full) {
      throw new Conflict("registration.seats.full", current.participantName());
    }
    audit.record(Change.of("NOMINATION_" + target.name(), "nomination", id.toString(),
        Map.of("event", eventId.toString(), "from", current.state().name(), "nation", current.nation())));
    if (target == NominationState.ATTENDED) {
      certificates.issue(id);
    }
    notices.tell(id, target);
    // a freed seat is offered up to the event's first day (a late replacement may still come)
    if (current.holdsSeat() && !target.holdsSeat() && !today.isAfter(startsOn)) {
      offerFreedSeat(eventId, now); // to one waiting: never this nomination (no move leads from a seat to the waitlist)
    }
    return moved;
  }

  /** Offers that ran out become EXPIRED, and their seats go to the next in line. Run by the system. */
  @Transactional
  public boolean expire(UUID id, UUID eventId) {
    nominations.lockEvent(eventId);
    var now = Instant.now(clock);
    var current = nominations.find(id).orElse(null);
    if (current == null || current.state() != NominationState.OFFERED || current.offerExpiresAt() == null
        || current.offerExpiresAt().isAfter(now)) {
      return false; // accepted, cancelled or handled by another instance meanwhile
    }
    nominations.move(id, NominationState.EXPIRED, now);
    audit.record(Change.of("NOMINATION_EXPIRED", "nomination", id.toString(), Map.of("event", eventId.toString())));
    notices.tell(id, NominationState.EXPIRED);
    if (!LocalDate.now(clock).isAfter(nominations.startsOn(eventId).orElseThrow())) {
      offerFreedSeat(eventId, now);
    }
    return true;
  }

  /** Reminds the confirmed participants of events starting within a week, once each. Run by the system. */
  @Transactional
  public int remindWeekAhead() {
    var today = LocalDate.now(clock);
    var due = nominations.confirmedStarting(today, today.plusDays(7));
    due.forEach(notices::remind);
    return due.size();
  }

  @Transactional(readOnly = true)
  List<UUID[]> expiredOffers() {
    return nominations.expiredOffers(Instant.now(clock), 500);
  }

  private void offerFreedSeat(UUID eventId, Instant now) {
    nominations.offerNext(eventId, now.plus(offerHold), now).ifPresent(offered -> {
      audit.record(Change.of("NOMINATION_OFFERED", "nomination", offered.toString(),
          Map.of("event", eventId.toString(), "expires", now.plus(offerHold).toString())));
      notices.tell(offered, NominationState.OFFERED);
    });
  }

  /** The moves the current caller may make on a nomination (none by the system's hand). */
  public List<NominationState> movesFor(Nomination n) {
    var caller = guard.caller();
    return n.state().next().stream()
        .filter(to -> n.state().mover(to).filter(actor -> actor != Actor.SYSTEM && actsAs(caller, n, actor)).isPresent())
        .sorted()
        .toList();
  }

  /** Whether the current caller gives feedback for this nomination (its nation's coordinator, staff, or the participant). */
  public boolean mayGiveFeedback(Nomination n) {
    var caller = guard.caller();
    return caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY)
        || caller.organisationsWith(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION).contains(n.nation())
        || (caller.hasRole(Role.PARTICIPANT) && isOwn(n));
  }

  private boolean actsAs(Caller caller, Nomination n, Actor actor) {
    if (caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY)) {
      return true;
    }
    return switch (actor) {
      // the nation's coordinator, or the participant themselves on their own nomination
      case NATION -> caller.organisationsWith(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION).contains(n.nation())
          || (caller.hasRole(Role.PARTICIPANT) && isOwn(n));
      case PROVIDER -> caller.organisationsWith(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION).contains(n.provider());
      case SYSTEM -> false;
    };
  }

  /** Whether a nation may take part in an activity by its eligibility rule: Allies always, partners by the rule. */
  boolean eligible(Activity activity, String nation, LocalDate on) {
    return eligible(activity, directory.organisation(nation, on).orElse(null), on);
  }

  private static boolean eligible(Activity activity, @Nullable Organisation organisation, LocalDate on) {
    if (organisation == null || !organisation.isNation()) {
      return false;
    }
    if (organisation.kind() == OrganisationKind.ALLY) {
      return true;
    }
    var rule = activity.eligibility();
    return switch (rule.kind()) {
      case ALL_PARTNERS -> true;
      case FRAMEWORKS -> organisation.frameworksOn(on).stream().anyMatch(rule.frameworks()::contains);
      case NATIONS, CASE_BY_CASE -> rule.nations().contains(organisation.code());
    };
  }

  private static void requireProvider(Caller caller, String provider) {
    if (!caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY)
        && !caller.organisationsWith(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION).contains(provider)) {
      throw new NotFound("event", provider);
    }
  }

}
