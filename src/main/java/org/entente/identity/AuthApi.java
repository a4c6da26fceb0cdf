package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.entente.access.Guard;
import org.entente.web.InvalidInput;
import org.entente.web.TooManyRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens for national systems: exchange a username and password for a token; revoke it. */
@RestController
@RequestMapping("/api/v1/auth/token")
class AuthApi {

  private final SignIn signIn;
  private final Tokens tokens;
  private final Guard guard;

  AuthApi(SignIn signIn, Tokens tokens, Guard guard) {
    this.signIn = signIn;
    this.tokens = tokens;
    this.guard = guard;
  }

  /** A username longer than any account's is refused (400) before any query; so is a password beyond the policy's. */
  record Credentials(@Nullable @jakarta.validation.constraints.Size(max = 64) String username,
      @Nullable @jakarta.validation.constraints.Size(max = 128) String password) {}

  record TokenResponse(String token, Instant expiresAt) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TokenResponse issue(@RequestBody Credentials credentials, HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    if (credentials.username() == null || credentials.username().isBlank()) {
      throw InvalidInput.of("username", "problem.required");
    }
    if (credentials.password() == null || credentials.password().isEmpty()) {
      throw InvalidInput.of("password", "problem.required");
    }
    try {
      var caller = signIn.authenticate(credentials.username(), credentials.password(), request.getRemoteAddr());
      var issued = tokens.issue(caller);
      response.setHeader("Location", "/api/v1/auth/token"); // where to DELETE it
      return new TokenResponse(issued.token(), issued.expiresAt());
    } catch (SignInRefused refused) {
      if (refused.reason() == SignInRefused.Reason.THROTTLED || refused.reason() == SignInRefused.Reason.LOCKED) {
        throw new TooManyRequests("sign-in.error." + refused.reason(), refused.retryAfter() == null
            ? java.time.Duration.ofMinutes(1) : refused.retryAfter());
      }
      throw refused;
    }
  }

  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(HttpServletRequest request) {
    var caller = guard.caller();
    var token = BearerTokenFilter.token(request);
    if (token == null || !tokens.revoke(token, caller)) {
      throw InvalidInput.of("Authorization", "problem.token-required");
    }
  }
}
