package org.entente.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.entente.access.AccessDenied;
import org.entente.access.Callers;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may reach what before any module's own rule applies: the public directory and menu pages are open;
 * everything else needs a signed-in caller — by the sign-in form (session in PostgreSQL, CSRF-protected),
 * by an API token, or through an OpenID provider. Also the security headers of every answer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // operators' commands such as `audit verify` serve no requests
class SecurityConfiguration {

  // No inline script or style anywhere; nothing framed; forms post only here.
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final String[] PUBLIC_READS = {
    "/", "/directory", "/directory/**", "/login", "/css/**", "/js/**", "/maps/**", "/webjars/**", "/favicon.ico",
    "/api/v1/openapi.json", "/api/v1/organisations", "/api/v1/organisations/**", "/api/v1/frameworks",
    "/api/v1/strategic-objectives", "/api/v1/priority-areas", "/api/v1/areas-of-cooperation",
    // the menu: visitors see its PUBLIC part (row-level security decides, as for everyone)
    "/menu", "/menu/*", "/menu/events/*", "/api/v1/activities", "/api/v1/activities/*", "/api/v1/activities/*/events",
    "/api/v1/events", "/api/v1/events/*", "/api/v1/activities.csv", "/api/v1/activities.xlsx", "/api/v1/events.ics",
    "/actuator/health", "/actuator/health/**",
    // registration: anyone may check a certificate by its code (holder, activity, dates only)
    "/verify/*",
    // exercises: the training centres network is public (NATO publishes it)
    "/exercises/centres", "/exercises/centres/*", "/api/v1/exercises/centres",
    // trust funds: launched funds' public summaries and their IATI publication (row-level security decides the rest)
    "/trust-funds", "/trust-funds/*", "/api/v1/trust-funds", "/api/v1/trust-funds/*", "/api/v1/trust-funds.iati.xml",
    // science: published calls and awarded projects (row-level security decides the rest)
    "/science", "/science/calls/*", "/science/projects/*", "/api/v1/science/calls", "/api/v1/science/calls/*",
    "/api/v1/science/projects", "/api/v1/science/projects/*"
  };

  static boolean mayReadMetrics(org.springframework.security.core.@org.jspecify.annotations.Nullable Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return false;
    }
    if (authentication.getPrincipal() instanceof org.entente.access.Caller caller) {
      return caller.grants().stream().anyMatch(g -> g.role() == org.entente.access.Role.ADMIN);
    }
    return authentication.getAuthorities().stream().anyMatch(a -> BearerTokenFilter.SCRAPE_AUTHORITY.equals(a.getAuthority()));
  }

  /**
   * No observation of each security filter, authentication and authorisation: nothing reads them, and Micrometer's
   * wrapper around every filter of the chain is work on every request; the request's own
   * {@code http.server.requests} observation stays.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain security(
      HttpSecurity http,
      Tokens tokens,
      ProblemWriter problems,
      ObjectProvider<ClientRegistrationRepository> oidc,
      OidcSignIn oidcSignIn,
      AuditTrail audit,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${entente.session.absolute-timeout:8h}") Duration absoluteTimeout,
      @Value("${entente.metrics.token:}") String metricsToken)
      throws Exception {
    RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
    RequestMatcher bearer = request -> BearerTokenFilter.token(request) != null;

    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(GET, PUBLIC_READS).permitAll()
                    // metrics: an administrator, or the scraper's own token (entente.metrics.token); never anonymous
                    .requestMatchers(GET, BearerTokenFilter.METRICS).access((authentication, context) ->
                        new org.springframework.security.authorization.AuthorizationDecision(mayReadMetrics(authentication.get())))
                    .requestMatchers(POST, "/api/v1/auth/token").permitAll()
                    .requestMatchers("/error").permitAll()
                    .anyRequest().authenticated())
        // PasswordAuthentication, the only AuthenticationProvider bean, is the global manager's: not added
        // here again, or a failed sign-in would be tried (and counted) twice
        .formLogin(
            form ->
                form.loginPage("/login")
                    .loginProcessingUrl("/login")
                    .failureHandler(
                        (request, response, failure) -> {
                          var reason =
                              failure instanceof SignInRefused refused ? refused.reason().name() : "BAD_CREDENTIALS";
                          response.sendRedirect("/login?error=" + reason);
                        })
                    .permitAll())
        .logout(
            logout ->
                logout.logoutUrl("/logout")
                    .addLogoutHandler(
                        (request, response, authentication) -> {
                          if (authentication != null && authentication.getPrincipal() instanceof org.entente.access.Caller caller) {
                            transactions.executeWithoutResult(s -> audit.recordAs(caller.username(), caller.primaryOrganisation(),
                                Change.of("SIGNED_OUT", "user", caller.userId().toString(), Map.of())));
                          }
                        })
                    .logoutSuccessUrl("/login?signedOut"))
        .csrf(csrf -> csrf.ignoringRequestMatchers(bearer, request -> POST.matches(request.getMethod())
            && request.getRequestURI().equals("/api/v1/auth/token")))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .defaultAuthenticationEntryPointFor(
                        (request, response, e) -> problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated"),
                        api)
                    .defaultAuthenticationEntryPointFor(
                        (request, response, e) -> problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated"),
                        request -> request.getRequestURI().startsWith("/actuator/"))
                    .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                    .accessDeniedHandler(
                        (request, response, denied) -> {
                          var caller = Callers.current();
                          events.publishEvent(new AccessDenied(
                              caller.map(org.entente.access.Caller::username).orElse("anonymous"),
                              caller.map(org.entente.access.Caller::primaryOrganisation).orElse(null),
                              request.getMethod() + " " + request.getRequestURI()));
                          if (api.matches(request)) {
                            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
                          } else {
                            response.sendError(HttpStatus.FORBIDDEN.value());
                          }
                        }))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .addFilterBefore(new AbsoluteSessionTimeout(absoluteTimeout, clock), SecurityContextHolderFilter.class)
        .addFilterBefore(new BearerTokenFilter(tokens, problems, metricsToken), UsernamePasswordAuthenticationFilter.class);

    if (oidc.getIfAvailable() != null) {
      http.oauth2Login(login -> login.loginPage("/login").successHandler(oidcSignIn)
          .failureHandler((request, response, e) -> response.sendRedirect("/login?error=OIDC_REFUSED")));
    }
    return http.build();
  }
}
