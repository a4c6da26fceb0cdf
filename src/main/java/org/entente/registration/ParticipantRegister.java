package org.entente.registration;

import static org.entente.web.Texts.typed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.access.Role;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.identity.User;
import org.entente.identity.UserAccounts;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants a nation keeps: its coordinator (or staff) adds and corrects them and links each to the person's
 * own account; providers read those nominated to them. Said here and again by row-level security.
 */
@Service
public class ParticipantRegister {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private final Participants participants;
  private final Guard guard;
  private final Directory directory;
  private final AuditTrail audit;
  private final UserAccounts accounts;

  ParticipantRegister(Participants participants, Guard guard, Directory directory, AuditTrail audit, UserAccounts accounts) {
    this.participants = participants;
    this.guard = guard;
    this.directory = directory;
    this.audit = audit;
    this.accounts = accounts;
  }

  /** A participant as a national coordinator types it. */
  public record NewParticipant(
      @Nullable String nation, @Nullable String familyName, @Nullable String givenName, @Nullable String rank,
      @Nullable String organisation, @Nullable String email, @Nullable List<String> languages, @Nullable String gender,
      @Nullable Boolean listConsent) {}

  @Transactional(readOnly = true)
  public List<Participant> participants(@Nullable String nation) {
    guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION,
        Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    return participants.visible(nation == null || nation.isBlank() ? null : nation.strip().toUpperCase(Locale.ROOT), Registrations.MAX_LIST);
  }

  /** One page of the participants the caller may see. */
  @Transactional(readOnly = true)
  public Listing<Participant> participants(@Nullable String nation, Paging paging) {
    guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION,
        Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    return participants.visible(nation == null || nation.isBlank() ? null : nation.strip().toUpperCase(Locale.ROOT), paging);
  }

  @Transactional(readOnly = true)
  public Participant participant(UUID id) {
    return participants.find(id).orElseThrow(() -> new NotFound("participant", id.toString()));
  }

  @Transactional
  public Participant addParticipant(NewParticipant p) {
    var caller = guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var participant = validated(caller, UUID.randomUUID(), p, null, null);
    participants.insert(participant);
    audit.record(Change.of("PARTICIPANT_ADDED", "participant", participant.id().toString(), Map.of("nation", participant.nation())));
    return participant;
  }

  /** A participant's details as their nation's coordinator (or staff) corrects them; the nation stays. */
  @Transactional
  public Participant changeParticipant(UUID id, NewParticipant p) {
    var caller = guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var current = keptBy(caller, id);
    var changed = validated(caller, id, new NewParticipant(current.nation(), p.familyName(), p.givenName(), p.rank(),
        p.organisation(), p.email(), p.languages(), p.gender(), p.listConsent()), current.nation(), current.account());
    participants.update(changed);
    audit.record(Change.of("PARTICIPANT_CHANGED", "participant", id.toString(),
        Map.of("nation", current.nation(), "listConsent", changed.listConsent())));
    return changed;
  }

  /**
   * Links a participant record to the account of the person (an account holding PARTICIPANT for the same
   * nation), or unlinks it ({@code account} null): the person then sees their own nominations, certificates and
   * notices, and nobody else's.
   */
  @Transactional
  public Participant linkAccount(UUID id, @Nullable UUID account) {
    var caller = guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var current = keptBy(caller, id);
    if (account != null) {
      User user;
      try {
        user = accounts.find(account);
      } catch (NotFound hidden) {
        throw InvalidInput.of("account", "registration.account.unknown");
      }
      if (user.memberships().stream().noneMatch(g -> g.role() == Role.PARTICIPANT && g.organisation().equals(current.nation()))) {
        throw InvalidInput.of("account", "registration.account.not-participant", user.username(), current.nation());
      }
    }
    try {
      participants.link(id, account);
    } catch (DuplicateKeyException taken) {
      throw new Conflict("registration.account.taken", current.familyName() + ", " + current.givenName());
    }
    var summary = new LinkedHashMap<String, Object>();
    summary.put("nation", current.nation());
    summary.put("account", account == null ? "" : account.toString());
    audit.record(Change.of(account == null ? "PARTICIPANT_UNLINKED" : "PARTICIPANT_LINKED", "participant", id.toString(), summary));
    return participants.find(id).orElseThrow();
  }

  /** The accounts that may be linked to this participant: their nation's PARTICIPANT accounts. */
  @Transactional(readOnly = true)
  public List<User> linkableAccounts(UUID id) {
    var caller = guard.requireAny(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION, Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var current = keptBy(caller, id);
    return accounts.visible(current.nation()).stream()
        .filter(u -> u.memberships().stream().anyMatch(g -> g.role() == Role.PARTICIPANT && g.organisation().equals(current.nation())))
        .toList();
  }

  /** The caller's own participant records (those linked to their account). */
  @Transactional(readOnly = true)
  public List<Participant> myParticipants() {
    guard.caller();
    return participants.mine();
  }

  private Participant keptBy(Caller caller, UUID id) {
    var current = participant(id);
    if (!caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY)
        && !caller.organisationsWith(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION).contains(current.nation())) {
      throw new NotFound("participant", id.toString()); // a provider sees the people nominated to it, but keeps none
    }
    return current;
  }

  private Participant validated(Caller caller, UUID id, NewParticipant p, @Nullable String fixedNation, @Nullable UUID account) {
    var violations = new ArrayList<Violation>();
    var nations = caller.organisationsWith(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION);
    var nation = fixedNation != null ? fixedNation : p.nation() == null || p.nation().isBlank()
        ? (nations.size() == 1 ? nations.iterator().next() : "")
        : p.nation().strip().toUpperCase(Locale.ROOT);
    if (nation.isEmpty() || directory.organisation(nation, directory.today()).map(o -> !o.isNation()).orElse(true)) {
      violations.add(new Violation("nation", "user.organisation.unknown", List.of(nation)));
    } else if (!caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY) && !nations.contains(nation)) {
      violations.add(new Violation("nation", "registration.nation.not-yours", List.of(nation)));
    }
    var family = typed("familyName", p.familyName(), 200, true, violations);
    var given = typed("givenName", p.givenName(), 200, true, violations);
    var rank = typed("rank", p.rank(), 100, false, violations);
    var organisation = typed("organisation", p.organisation(), 300, false, violations);
    var email = p.email() == null ? "" : p.email().strip();
    if (!EMAIL.matcher(email).matches() || email.length() > 320) {
      violations.add(new Violation("email", "registration.email", List.of()));
    }
    var languages = p.languages() == null ? List.<String>of()
        : p.languages().stream().map(l -> l == null ? "" : l.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    if (languages.stream().anyMatch(l -> !LANGUAGE.matcher(l).matches())) {
      violations.add(new Violation("languages", "catalogue.languages", List.of()));
    }
    var gender = p.gender() == null || p.gender().isBlank() ? null : p.gender().strip().toUpperCase(Locale.ROOT);
    if (gender != null && !List.of("FEMALE", "MALE", "OTHER").contains(gender)) {
      violations.add(new Violation("gender", "problem.one-of", List.of("FEMALE, MALE, OTHER")));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new Participant(id, nation, family, given, rank, organisation, email, languages, gender,
        Boolean.TRUE.equals(p.listConsent()), account);
  }
}
