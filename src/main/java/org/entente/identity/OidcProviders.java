package org.entente.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How each OpenID Connect provider's claims become roles here, and what it may assert: a partner's provider
 * may speak for its own nation only. Keyed by the Spring Security registration id
 * ({@code spring.security.oauth2.client.registration.<id>.*}).
 *
 * <pre>
 * entente.oidc.providers.geo.organisation-claim=entente_organisation
 * entente.oidc.providers.geo.roles-claim=entente_roles
 * entente.oidc.providers.geo.organisations=GEO
 * entente.oidc.providers.geo.roles=NATIONAL_COORDINATOR,PARTICIPANT
 * </pre>
 */
@ConfigurationProperties("entente.oidc")
record OidcProviders(Map<String, Provider> providers) {

  OidcProviders {
    providers = providers == null ? Map.of() : Map.copyOf(providers);
  }

  /**
   * @param organisationClaim the claim naming the organisation the person acts for
   * @param rolesClaim the claim listing their roles (an array, or a space- or comma-separated string)
   * @param organisations the organisations this provider may assert
   * @param roles the roles this provider may assert
   */
  record Provider(String organisationClaim, String rolesClaim, List<String> organisations, List<String> roles) {
    Provider {
      organisationClaim = organisationClaim == null ? "entente_organisation" : organisationClaim;
      rolesClaim = rolesClaim == null ? "entente_roles" : rolesClaim;
      organisations = organisations == null ? List.of() : List.copyOf(organisations);
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }
}
