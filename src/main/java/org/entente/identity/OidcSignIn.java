package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.Caller;
import org.entente.access.Role;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.database.SystemWork;
import org.entente.directory.Directory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a person signed in at an Allied or partner OpenID provider into a caller here: the account is
 * created at first sign-in (keyed by issuer and subject) and its roles are those the provider asserts
 * now, within what {@link OidcProviders} lets that provider assert. Anything beyond is refused.
 */
@Component
class OidcSignIn implements AuthenticationSuccessHandler {

  private final OidcProviders providers;
  private final Users users;
  private final Directory directory;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  OidcSignIn(OidcProviders providers, Users users, Directory directory, AuditTrail audit, TransactionTemplate transactions) {
    this.providers = providers;
    this.users = users;
    this.directory = directory;
    this.audit = audit;
    this.transactions = transactions;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    var token = (OAuth2AuthenticationToken) authentication;
    var user = (OidcUser) token.getPrincipal();
    var registration = token.getAuthorizedClientRegistrationId();
    var caller = SystemWork.run("oidc sign-in", () -> transactions.execute(s -> provision(registration, user)));
    if (caller == null || caller.grants().isEmpty()) {
      SecurityContextHolder.clearContext();
      request.getSession().invalidate();
      response.sendRedirect("/login?error=OIDC_REFUSED");
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new CallerAuthentication(caller, "oidc:" + registration));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    response.sendRedirect("/");
  }

  private Caller provision(String registration, OidcUser user) {
    var issuer = String.valueOf(user.getIssuer());
    var username = username(registration, user);
    var grants = grants(registration, user);
    if (grants.isEmpty()) {
      audit.recordAs(username, null, Change.of("SIGN_IN_FAILED", "user", username,
          Map.of("method", "oidc:" + registration, "reason", "NO_ACCEPTABLE_ROLE")));
      return new Caller(java.util.UUID.randomUUID(), username, List.of());
    }
    var id = users.byOidcSubject(issuer, user.getSubject())
        .orElseGet(() -> users.insert(username, displayName(user), user.getEmail(), null, issuer, user.getSubject()));
    // The provider is the source of truth for its people's roles: replace them at every sign-in.
    users.replaceMemberships(id, grants);
    var caller = new Caller(id, username, grants);
    audit.recordAs(username, caller.primaryOrganisation(), Change.of("SIGN_IN_SUCCEEDED", "user", id.toString(),
        Map.of("method", "oidc:" + registration, "memberships", grants.stream().map(g -> g.organisation() + ":" + g.role()).toList())));
    return caller;
  }

  private List<Caller.Grant> grants(String registration, OidcUser user) {
    var provider = providers.providers().get(registration);
    if (provider == null) {
      return List.of();
    }
    var organisation = user.getClaimAsString(provider.organisationClaim());
    if (organisation == null) {
      return List.of();
    }
    organisation = organisation.strip().toUpperCase(Locale.ROOT);
    var allowed = provider.organisations().contains("*") || provider.organisations().contains(organisation);
    var found = directory.organisation(organisation, directory.today());
    if (!allowed || found.isEmpty()) {
      return List.of();
    }
    var grants = new ArrayList<Caller.Grant>();
    for (var name : claimValues(user.getClaims().get(provider.rolesClaim()))) {
      if (!provider.roles().contains(name)) {
        continue;
      }
      try {
        var role = Role.valueOf(name);
        if (UserAccounts.mayBeHeldFor(role, found.get().kind())) {
          grants.add(new Caller.Grant(organisation, role));
        }
      } catch (IllegalArgumentException e) {
        // not a role of ours: ignored
      }
    }
    return List.copyOf(grants);
  }

  private static List<String> claimValues(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).map(String::strip).toList();
    }
    if (claim instanceof String text) {
      return List.of(text.split("[\\s,]+"));
    }
    return List.of();
  }

  private static String username(String registration, OidcUser user) {
    var name = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
    var cleaned = (name + "@" + registration).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
    return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
  }

  private static String displayName(OidcUser user) {
    if (user.getFullName() != null) {
      return user.getFullName();
    }
    return user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
  }
}
