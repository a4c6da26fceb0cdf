package org.entente.access;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, if someone is signed in. */
public final class Callers {

  private Callers() {}

  public static Optional<Caller> current() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      return Optional.empty();
    }
    return authentication.getPrincipal() instanceof Caller caller ? Optional.of(caller) : Optional.empty();
  }
}
