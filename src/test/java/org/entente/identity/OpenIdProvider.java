package org.entente.identity;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID Provider — Spring Authorization Server — started inside a test on its own port, standing
 * for a partner nation's identity provider. Its one person, {@code nino}, is asserted to be Georgia's
 * national coordinator and (which Entente must ignore) Alliance staff.
 */
// @TestConfiguration keeps Entente's own component scan from picking this up (with its exclusions)
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(
    excludeName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
      "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
      "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
      "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
      "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
      "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"
    })
public class OpenIdProvider {

  public static final String USER = "nino";
  public static final String PASSWORD = "Kartuli-enis-2026";
  public static final String CLIENT = "entente";
  public static final String SECRET = "entente-client-secret";

  /** Adds the partner's claims to the ID token: organisation and roles. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> ententeClaims() {
    return context -> {
      if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
        context.getClaims()
            .claim("preferred_username", context.getPrincipal().getName())
            .claim("name", "Nino Beridze")
            .claim("entente_organisation", "GEO")
            .claim("entente_roles", List.of("NATIONAL_COORDINATOR", "STAFF"));
      }
    };
  }

  public static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Starts the provider on {@code port}, accepting Entente's callback on {@code ententePort}. */
  public static ConfigurableApplicationContext start(int port, int ententePort, String registrationId) {
    var client = "spring.security.oauth2.authorizationserver.client.entente.";
    // as command-line arguments: they outrank Entente's own application.properties on the class path
    String[] arguments = {
            "server.port=" + port,
            "spring.main.banner-mode=off",
            "spring.jmx.enabled=false",
            "management.endpoints.web.exposure.include=",
            "spring.security.oauth2.authorizationserver.issuer=http://localhost:" + port,
            client + "registration.client-id=" + CLIENT,
            client + "registration.client-secret={noop}" + SECRET,
            client + "registration.client-authentication-methods=client_secret_basic",
            client + "registration.authorization-grant-types=authorization_code",
            client + "registration.redirect-uris=http://localhost:" + ententePort + "/login/oauth2/code/" + registrationId,
            client + "registration.scopes=openid,profile",
            client + "require-authorization-consent=false",
            "spring.security.user.name=" + USER,
            "spring.security.user.password=" + PASSWORD,
            "server.servlet.session.cookie.name=IDP_SESSION"};
    return new SpringApplicationBuilder(OpenIdProvider.class)
        .web(WebApplicationType.SERVLET)
        .run(java.util.Arrays.stream(arguments).map(a -> "--" + a).toArray(String[]::new));
  }
}
