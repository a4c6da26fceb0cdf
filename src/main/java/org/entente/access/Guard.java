package org.entente.access;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/** Lets a caller through when they hold a permission; refuses, and says so to the audit trail, otherwise. */
@Component
public class Guard {

  private final ApplicationEventPublisher events;

  Guard(ApplicationEventPublisher events) {
    this.events = events;
  }

  /** The signed-in caller. */
  public Caller caller() {
    return Callers.current()
        .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("nobody is signed in"));
  }

  /** The caller, who must hold this permission (for some organisation, or globally). */
  public Caller require(Permission permission) {
    var caller = caller();
    if (!caller.has(permission)) {
      events.publishEvent(new AccessDenied(caller.username(), caller.primaryOrganisation(), permission.name()));
      throw new AccessDeniedException("requires " + permission);
    }
    return caller;
  }

  /** The caller, who must hold one of these permissions. */
  public Caller requireAny(Permission... permissions) {
    var caller = caller();
    for (var permission : permissions) {
      if (caller.has(permission)) {
        return caller;
      }
    }
    events.publishEvent(
        new AccessDenied(caller.username(), caller.primaryOrganisation(), java.util.Arrays.toString(permissions)));
    throw new AccessDeniedException("requires one of " + java.util.Arrays.toString(permissions));
  }
}
