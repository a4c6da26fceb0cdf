package org.entente.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The sign-in form's check, delegated to {@link SignIn} so that the form and the API share one rule. */
@Component
class PasswordAuthentication implements AuthenticationProvider {

  private final SignIn signIn;

  PasswordAuthentication(SignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    var address =
        authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    var caller =
        signIn.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials()), address);
    return new CallerAuthentication(caller, "password");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
