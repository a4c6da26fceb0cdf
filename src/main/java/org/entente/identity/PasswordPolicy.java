package org.entente.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 12 to 128 characters (NIST SP 800-63B), not one of the common or breached
 * passwords bundled in {@code identity/common-passwords.txt}, and not built on the username.
 */
@Component
class PasswordPolicy {

  static final int MIN = 12;
  static final int MAX = 128;
  private final Set<String> common;

  PasswordPolicy() {
    try (var in = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
      common =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message key of the first rule the password breaks, if any. */
  Optional<String> violation(String password, String username) {
    var length = password.codePointCount(0, password.length());
    if (length < MIN) {
      return Optional.of("password.too-short");
    }
    if (length > MAX) {
      return Optional.of("password.too-long");
    }
    var lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower) || common.contains(lower.replaceAll("[0-9!?.]+$", ""))) {
      return Optional.of("password.common");
    }
    if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("password.contains-username");
    }
    if (lower.chars().distinct().count() < 4) {
      return Optional.of("password.repetitive");
    }
    return Optional.empty();
  }

  int commonCount() {
    return common.size();
  }
}
