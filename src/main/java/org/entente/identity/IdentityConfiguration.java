package org.entente.identity;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

  @Bean
  PasswordEncoder passwordEncoder() {
    // The prefix in each stored hash lets a later algorithm take over without resetting anyone's password.
    return new DelegatingPasswordEncoder(
        "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
  }
}
