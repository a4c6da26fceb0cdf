package org.entente.identity;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What identity needs in every kind of run (also operators' commands): how passwords are kept — Argon2id,
 * as bcrypt would cut them at 72 bytes and they may have 128 characters — and the OpenID providers' rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcProviders.class)
class IdentityConfiguration {

  /**
   * Two requests of one session (htmx fires several) may add the same attribute at once; on PostgreSQL the
   * second insert then updates instead of failing the request.
   */
  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentSessionAttributes() {
    return repository -> repository.setCreateSessionAttributeQuery(
        "INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) VALUES (?, ?, ?) "
            + "ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES");
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // The prefix in each stored hash lets a later algorithm take over without resetting anyone's password.
    return new DelegatingPasswordEncoder(
        "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
  }
}
