package org.entente.identity;

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
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
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

  UserAccounts(Users users, Guard guard, PasswordPolicy policy, PasswordEncoder passwords, Directory directory,
      AuditTrail audit) {
    this.users = users;
    this.guard = guard;
    this.policy = policy;
    this.passwords = passwords;
    this.directory = directory;
    this.audit = audit;
  }

  /** A new account as an administrator describes it. */
  public record NewUser(
      @Nullable String username, @Nullable String password, @Nullable String displayName, @Nullable String email,
      @Nullable List<NewMembership> memberships) {}

  /** A role for an organisation, as typed. */
  public record NewMembership(@Nullable String organisation, @Nullable String role) {}

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
    grants.forEach(g -> users.addMembership(id, g.organisation(), g.role()));
    audit.record(Change.of("USER_CREATED", "user", id.toString(), Map.of(
        "username", username, "memberships", grants.stream().map(g -> g.organisation() + ":" + g.role()).toList())));
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

  @Transactional
  public User addMembership(UUID id, NewMembership membership) {
    guard.require(Permission.MANAGE_USERS_GLOBALLY);
    find(id);
    var violations = new ArrayList<Violation>();
    var grant = grant(membership, "membership", violations);
    if (grant.isEmpty()) {
      throw new InvalidInput(violations);
    }
    users.addMembership(id, grant.get().organisation(), grant.get().role());
    audit.record(Change.of("MEMBERSHIP_ADDED", "user", id.toString(),
        Map.of("organisation", grant.get().organisation(), "role", grant.get().role().name())));
    return users.find(id).orElseThrow();
  }

  @Transactional
  public User removeMembership(UUID id, String organisation, Role role) {
    guard.require(Permission.MANAGE_USERS_GLOBALLY);
    if (users.removeMembership(id, organisation, role) == 0) {
      throw new NotFound("membership", organisation + ":" + role);
    }
    audit.record(Change.of("MEMBERSHIP_REMOVED", "user", id.toString(),
        Map.of("organisation", organisation, "role", role.name())));
    return find(id);
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
