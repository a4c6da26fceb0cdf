package org.entente.access;

import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

  /**
   * Runs work on this thread as if this caller had signed in, then restores who was there: for demo data,
   * which goes through the same checks, row-level security and audit trail as people do.
   */
  public static void runAs(Caller caller, Runnable work) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    var authorities = caller.permissions().stream().map(p -> new SimpleGrantedAuthority(p.authority())).toList();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities));
    SecurityContextHolder.setContext(context);
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** The same, with the work's result. */
  public static <T> T callAs(Caller caller, java.util.function.Supplier<T> work) {
    var result = new java.util.concurrent.atomic.AtomicReference<T>();
    runAs(caller, () -> result.set(work.get()));
    return result.get();
  }

  /**
   * One of the demo installation's accounts as a caller: {@code geo.national-coordinator} holds
   * NATIONAL_COORDINATOR for GEO (identity creates them under these names and ids).
   */
  public static Caller demo(String organisation, Role role) {
    var username = organisation.toLowerCase(java.util.Locale.ROOT) + "." + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return new Caller(java.util.UUID.nameUUIDFromBytes(username.getBytes(java.nio.charset.StandardCharsets.UTF_8)), username,
        java.util.List.of(new Caller.Grant(organisation, role)));
  }
}
