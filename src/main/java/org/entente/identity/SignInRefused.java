package org.entente.identity;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in that did not succeed, and why, in words safe to show: a wrong username is not told apart from a
 * wrong password.
 */
class SignInRefused extends AuthenticationException {

  /** Why, as the sign-in page and the API tell it. */
  enum Reason {
    /** Username or password wrong (never said which). */
    BAD_CREDENTIALS,
    /** Too many failures on this account: locked for a while. */
    LOCKED,
    /** Too many failures from this address: wait. */
    THROTTLED,
    /** The account is disabled. */
    DISABLED
  }

  private final Reason reason;
  private final @Nullable Duration retryAfter;

  SignInRefused(Reason reason, @Nullable Duration retryAfter) {
    super("sign-in refused: " + reason);
    this.reason = reason;
    this.retryAfter = retryAfter;
  }

  Reason reason() {
    return reason;
  }

  @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
