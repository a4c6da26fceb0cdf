package org.entente.access;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The person behind the current request: who, and which roles for which organisations. Kept in the
 * session, so it is {@link Serializable}.
 */
public record Caller(UUID userId, String username, List<Grant> grants) implements Serializable {

  /** A role held for an organisation. */
  public record Grant(String organisation, Role role) implements Serializable {}

  public Caller {
    grants = List.copyOf(grants);
  }

  public boolean has(Permission permission) {
    return grants.stream().anyMatch(g -> Permissions.of(g.role()).contains(permission));
  }

  public boolean hasRole(Role role) {
    return grants.stream().anyMatch(g -> g.role() == role);
  }

  /** The organisations for which the caller holds a role granting this permission. */
  public Set<String> organisationsWith(Permission permission) {
    return grants.stream()
        .filter(g -> Permissions.of(g.role()).contains(permission))
        .map(Grant::organisation)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Set<String> organisations() {
    return grants.stream().map(Grant::organisation).collect(Collectors.toUnmodifiableSet());
  }

  /** The organisation named first for this person, shown beside their name and in the audit trail. */
  public String primaryOrganisation() {
    return grants.isEmpty() ? "" : grants.getFirst().organisation();
  }

  public Set<Permission> permissions() {
    return grants.stream()
        .flatMap(g -> Permissions.of(g.role()).stream())
        .collect(Collectors.toUnmodifiableSet());
  }
}
