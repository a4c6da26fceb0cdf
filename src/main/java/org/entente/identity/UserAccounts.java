package org.entente.identity;

import static org.entente.web.Texts.blank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.access.Role;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.directory.Organisation;
import org.entente.directory.OrganisationKind;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Size;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and memberships as callers manage them. The scope rule, said once here and again by row-level
 * security: {@code READ_USERS_GLOBALLY} sees every account; {@code READ_USERS_FOR_OWN_ORGANISATION} sees
 * the accounts holding a role in the caller's organisations (and only those roles); everyone sees
 * themselves. Only {@code MANAGE_USERS_GLOBALLY} creates accounts and changes memberships.
 */
@Service
public class UserAccounts {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Users users;
  private final Guard guard;
  private final PasswordPolicy policy;
  private final PasswordEncoder passwords;
  private final Directory directory;
  private final AuditTrail audit;
  private final org.springframework.context.ApplicationEventPublisher events;

  /** The roles granted by two administrators: one proposes, another confirms. */
  public static final java.util.Set<Role> FOUR_EYES = java.util.EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.COUNCIL_SECRETARIAT);

  UserAccounts(Users users, Guard guard, PasswordPolicy policy, PasswordEncoder passwords, Directory directory,
      AuditTrail audit, org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.users = users;
    this.guard = guard;
    this.policy = policy;
    this.passwords = passwords;
    this.directory = directory;
    this.audit = audit;
  }

  /** A new account as an administrator describes it. */
  public record NewUser(
      @Nullable @Size(max = 64) String username, @Nullable @Size(max = 128) String password,
      @Nullable @Size(max = 200) String displayName, @Nullable @Size(max = 254) String email,
      @Nullable List<NewMembership> memberships) {}

  /** A role for an organisation, as typed. */
  public record NewMembership(@Nullable @Size(max = 20) String organisation, @Nullable @Size(max = 40) String role) {}

  /**
   * A grant of {@link #FOUR_EYES} role one administrator proposed and another must confirm.
   *
   * @param user the account it is for
   * @param proposedBy the administrator who proposed it (who may not confirm it)
   */
  public record PendingGrant(UUID id, UUID user, String username, String organisation, Role role, String proposedBy,
      java.time.Instant proposedAt) {}

  /** What adding a membership did: granted it at once, or proposed it for a second administrator to confirm. */
  public record MembershipChange(User user, @Nullable PendingGrant pending) {}

  @Transactional
  public User create(NewUser request) {
    guard.require(Permission.MANAGE_USERS_GLOBALLY);
    var grants = validate(request);
    var username = request.username().strip().toLowerCase(java.util.Locale.ROOT);
    if (users.usernameTaken(username)) {
      throw new UsernameTaken(username);
    }
    var id = users.insert(username, request.displayName().strip(), blank(request.email()),
        passwords.encode(request.password()), null, null);
    var caller = guard.caller();
    var now = grants.stream().filter(g -> !FOUR_EYES.contains(g.role())).toList();
    var later = grants.stream().filter(g -> FOUR_EYES.contains(g.role())).toList();
    now.forEach(g -> users.addMembership(id, g.organisation(), g.role()));
    audit.record(Change.of("USER_CREATED", "user", id.toString(), Map.of(
        "username", username, "memberships", now.stream().map(g -> g.organisation() + ":" + g.role()).toList())));
    later.forEach(g -> propose(caller, id, username, g));
    return users.find(id).orElseThrow();
  }

  /** Everything wrong with the request at once, each field named; the grants it asks for when all is well. */
  private List<Caller.Grant> validate(NewUser request) {
    var violations = new ArrayList<Violation>();
    var username = request.username() == null ? "" : request.username().strip().toLowerCase(java.util.Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      violations.add(new Violation("username", "user.username.invalid", List.of()));
    }
    if (request.displayName() == null || request.displayName().isBlank() || request.displayName().length() > 200) {
      violations.add(new Violation("displayName", "user.display-name.required", List.of()));
    }
    if (request.email() != null && !request.email().isBlank() && !EMAIL.matcher(request.email().strip()).matches()) {
      violations.add(new Violation("email", "user.email.invalid", List.of()));
    }
    if (request.password() == null) {
      violations.add(new Violation("password", "password.too-short", List.of(PasswordPolicy.MIN)));
    } else {
      policy.violation(request.password(), username)
          .ifPresent(key -> violations.add(new Violation("password", key, List.of(PasswordPolicy.MIN, PasswordPolicy.MAX))));
    }
    var grants = new ArrayList<Caller.Grant>();
    var memberships = request.memberships() == null ? List.<NewMembership>of() : request.memberships();
    if (memberships.isEmpty()) {
      violations.add(new Violation("memberships", "user.memberships.required", List.of()));
    }
    for (int i = 0; i < memberships.size(); i++) {
      grant(memberships.get(i), "memberships[" + i + "]", violations).ifPresent(grants::add);
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return grants;
  }

  private Optional<Caller.Grant> grant(NewMembership membership, String field, List<Violation> violations) {
    var organisation = membership.organisation() == null ? "" : membership.organisation().strip().toUpperCase(java.util.Locale.ROOT);
    var found = organisation.isEmpty() ? Optional.<Organisation>empty() : directory.organisation(organisation, directory.today());
    var known = found.isPresent();
    if (!known) {
      violations.add(new Violation(field + ".organisation", "user.organisation.unknown", List.of(organisation)));
    }
    Role role = null;
    try {
      role = membership.role() == null ? null : Role.valueOf(membership.role().strip());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (role == null) {
      violations.add(new Violation(field + ".role", "problem.one-of", List.of(java.util.Arrays.toString(Role.values()))));
    }
    if (known && role != null && !mayBeHeldFor(role, found.get().kind())) {
      violations.add(new Violation(field + ".role", "user.role.kind", List.of(role.name(), organisation)));
      return Optional.empty();
    }
    return known && role != null ? Optional.of(new Caller.Grant(organisation, role)) : Optional.empty();
  }

  /**
   * Which roles an organisation's people may hold. The roles that reach across nations (administration,
   * staff, audit, the Council's secretariat) belong to the Alliance's own bodies; a coordinator speaks for a
   * nation or an international organisation. Otherwise a role held "for" a nation could read every nation.
   */
  static boolean mayBeHeldFor(Role role, OrganisationKind kind) {
    return switch (role) {
      case ADMIN, STAFF, AUDITOR, COUNCIL_SECRETARIAT, EMERGENCY_DUTY_OFFICER -> kind == OrganisationKind.ALLIANCE_BODY;
      case NATIONAL_COORDINATOR ->
          kind == OrganisationKind.ALLY || kind == OrganisationKind.PARTNER || kind == OrganisationKind.INTERNATIONAL_ORGANISATION;
      case PROVIDER_MANAGER, PARTICIPANT -> true;
      // the agency that runs trust fund projects (NSPA, an Alliance body; IOM, an international organisation)
      case EXECUTING_AGENT -> kind == OrganisationKind.ALLIANCE_BODY || kind == OrganisationKind.INTERNATIONAL_ORGANISATION;
    };
  }

  /** The accounts the caller may see, in one organisation if asked. */
  @Transactional(readOnly = true)
  public List<User> visible(@Nullable String organisation) {
    var caller = guard.requireAny(Permission.READ_USERS_GLOBALLY, Permission.READ_USERS_FOR_OWN_ORGANISATION);
    var all = users.visible(organisation == null ? null : organisation.toUpperCase(java.util.Locale.ROOT));
    if (caller.has(Permission.READ_USERS_GLOBALLY)) {
      return all;
    }
    // The same rule as the database's, said in Java: holders of a role in the caller's organisations.
    var mine = caller.organisationsWith(Permission.READ_USERS_FOR_OWN_ORGANISATION);
    return all.stream()
        .filter(u -> u.id().equals(caller.userId()) || u.memberships().stream().anyMatch(g -> mine.contains(g.organisation())))
        .toList();
  }

  /**
   * One page of the accounts the caller may see, by username, in one organisation if asked. The rule of
   * {@link #visible(String)} is said in the query (so that the page and its total are right) and checked
   * again on each account of the page.
   */
  @Transactional(readOnly = true)
  public Listing<User> visible(@Nullable String organisation, Paging paging) {
    var caller = guard.requireAny(Permission.READ_USERS_GLOBALLY, Permission.READ_USERS_FOR_OWN_ORGANISATION);
    var org = organisation == null ? null : organisation.toUpperCase(java.util.Locale.ROOT);
    if (caller.has(Permission.READ_USERS_GLOBALLY)) {
      return users.visible(org, null, caller.userId(), paging);
    }
    var mine = caller.organisationsWith(Permission.READ_USERS_FOR_OWN_ORGANISATION);
    return users.visible(org, mine, caller.userId(), paging).map(page -> page.stream()
        .filter(u -> u.id().equals(caller.userId()) || u.memberships().stream().anyMatch(g -> mine.contains(g.organisation())))
        .toList());
  }

  /** One account, or {@link NotFound} when it does not exist or the caller may not see it. */
  @Transactional(readOnly = true)
  public User find(UUID id) {
    var caller = guard.caller();
    var user = users.find(id).orElseThrow(() -> new NotFound("user", id.toString()));
    if (!user.id().equals(caller.userId()) && !caller.has(Permission.READ_USERS_GLOBALLY)) {
      var mine = caller.organisationsWith(Permission.READ_USERS_FOR_OWN_ORGANISATION);
      if (user.memberships().stream().noneMatch(g -> mine.contains(g.organisation()))) {
        throw new NotFound("user", id.toString());
      }
    }
    return user;
  }

  @Transactional(readOnly = true)
  public User me() {
    return find(guard.caller().userId());
  }

  /** Lifts a lock-out (after failed sign-ins) before it runs out: the person may try again at once. */
  @Transactional
  public User unlock(UUID id) {
    guard.require(Permission.MANAGE_USERS_GLOBALLY);
    var user = find(id);
    users.recordSuccess(user.id());
    audit.record(Change.of("USER_UNLOCKED", "user", id.toString(), Map.of("username", user.username())));
    return users.find(id).orElseThrow();
  }

  /**
   * Adds a role: at once for an ordinary one; for a {@link #FOUR_EYES} role, a pending grant that another
   * administrator confirms ({@link #confirm}). Nobody grants a role to himself.
   */
  @Transactional
  public MembershipChange addMembership(UUID id, NewMembership membership) {
    var caller = guard.require(Permission.MANAGE_USERS_GLOBALLY);
    var user = find(id);
    notToHimself(caller, id, "grant");
    var violations = new ArrayList<Violation>();
    var grant = grant(membership, "membership", violations);
    if (grant.isEmpty()) {
      throw new InvalidInput(violations);
    }
    if (FOUR_EYES.contains(grant.get().role())) {
      if (user.memberships().contains(grant.get())) {
        return new MembershipChange(user, null);
      }
      return new MembershipChange(user, propose(caller, id, user.username(), grant.get()));
    }
    users.addMembership(id, grant.get().organisation(), grant.get().role());
    audit.record(Change.of("MEMBERSHIP_ADDED", "user", id.toString(),
        Map.of("organisation", grant.get().organisation(), "role", grant.get().role().name())));
    return new MembershipChange(users.find(id).orElseThrow(), null);
  }

  private PendingGrant propose(Caller caller, UUID id, String username, Caller.Grant grant) {
    var pending = users.propose(id, grant, caller.userId())
        .orElseGet(() -> users.pending(id, grant).orElseThrow());
    audit.record(Change.of("GRANT_PROPOSED", "user", id.toString(),
        Map.of("organisation", grant.organisation(), "role", grant.role().name(), "grant", pending.id().toString())));
    return pending;
  }

  /** The grants awaiting a second administrator, oldest first. */
  @Transactional(readOnly = true)
  public List<PendingGrant> pendingGrants(@Nullable UUID user) {
    guard.require(Permission.MANAGE_USERS_GLOBALLY);
    return users.pendingGrants(user);
  }

  /**
   * A second administrator confirms a pending grant: refused (409) to the one who proposed it, and to the
   * grantee (403, as any grant to oneself).
   */
  @Transactional
  public User confirm(UUID grantId) {
    var caller = guard.require(Permission.MANAGE_USERS_GLOBALLY);
    var pending = users.pendingGrant(grantId).orElseThrow(() -> new NotFound("grant", grantId.toString()));
    notToHimself(caller, pending.user(), "confirm");
    if (pending.proposedBy().equals(caller.username())) {
      throw new org.entente.web.Conflict("user.grant.four-eyes", pending.role().name(), pending.username());
    }
    // the membership first: the database's own check wants the other administrator's proposal in place
    users.addMembership(pending.user(), pending.organisation(), pending.role());
    if (!users.removePending(grantId)) {
      throw new NotFound("grant", grantId.toString()); // confirmed by someone else at the same moment
    }
    audit.record(Change.of("GRANT_CONFIRMED", "user", pending.user().toString(),
        Map.of("organisation", pending.organisation(), "role", pending.role().name(), "proposedBy", pending.proposedBy(),
            "grant", grantId.toString())));
    return users.find(pending.user()).orElseThrow();
  }

  /** Either administrator takes a pending grant back (or refuses it). */
  @Transactional
  public void withdraw(UUID grantId) {
    guard.require(Permission.MANAGE_USERS_GLOBALLY);
    var pending = users.pendingGrant(grantId).orElseThrow(() -> new NotFound("grant", grantId.toString()));
    users.removePending(grantId);
    audit.record(Change.of("GRANT_WITHDRAWN", "user", pending.user().toString(),
        Map.of("organisation", pending.organisation(), "role", pending.role().name(), "grant", grantId.toString())));
  }

  private void notToHimself(Caller caller, UUID target, String what) {
    if (target.equals(caller.userId())) {
      events.publishEvent(new org.entente.access.AccessDenied(caller.username(), caller.primaryOrganisation(),
          "MANAGE_USERS_GLOBALLY (" + what + " a role to oneself)"));
      throw new org.springframework.security.access.AccessDeniedException("no role granted to oneself");
    }
  }

  /** Removes a role; the last administrator's ADMIN role is kept (409), so that someone can still administer. */
  @Transactional
  public User removeMembership(UUID id, String organisation, Role role) {
    guard.require(Permission.MANAGE_USERS_GLOBALLY);
    if (role == Role.ADMIN) {
      users.lockAdministrators();
      if (users.administratorsOtherThan(id) == 0 && users.grants(id).contains(new Caller.Grant(organisation, Role.ADMIN))) {
        throw new org.entente.web.Conflict("user.last-admin");
      }
    }
    if (users.removeMembership(id, organisation, role) == 0) {
      throw new NotFound("membership", organisation + ":" + role);
    }
    audit.record(Change.of("MEMBERSHIP_REMOVED", "user", id.toString(),
        Map.of("organisation", organisation, "role", role.name())));
    return find(id);
  }
}
