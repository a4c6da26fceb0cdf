package org.entente.identity;

import java.util.List;
import org.entente.access.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in caller, however they signed in (password, token, OpenID Connect). Its principal is the
 * {@link Caller}; its authorities are the caller's permissions.
 */
class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;
  private final String method;

  CallerAuthentication(Caller caller, String method) {
    super(caller.permissions().stream().map(p -> new SimpleGrantedAuthority(p.authority())).toList());
    this.caller = caller;
    this.method = method;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller.username();
  }

  /** {@code password}, {@code token} or {@code oidc:<registration>}. */
  String method() {
    return method;
  }

  List<String> grants() {
    return caller.grants().stream().map(g -> g.organisation() + ":" + g.role()).toList();
  }
}
