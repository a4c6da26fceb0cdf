package org.entente.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: 12 to 128 characters (NIST SP 800-63B), not one of the common or breached
 * passwords bundled in {@code identity/common-passwords.txt}, not built on the username, and strong by an
 * estimate of how an attacker guesses (nbvcxz, a zxcvbn successor: dictionaries, keyboard walks such as
 * {@code qwertyuiopas}, dates and years, l33t, repeats; plus this system's own words, so that
 * {@code Entente2026!} is weak): at least {@link #MIN_ENTROPY} bits.
 */
@Component
class PasswordPolicy {

  static final int MIN = 12;
  static final int MAX = 128;
  static final double MIN_ENTROPY = 35;
  private final Set<String> common;
  private final me.gosimple.nbvcxz.resources.Dictionary ours;

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
    var words = new me.gosimple.nbvcxz.resources.DictionaryBuilder().setDictionaryName("entente").setExclusion(false);
    var rank = 0;
    for (var word : List.of("entente", "nato", "otan", "prime", "partnership", "partenariat", "alliance", "password",
        "admin", "menu", "council", "conseil")) {
      words.addWord(word, rank++);
    }
    ours = words.createDictionary();
  }

  /** The estimator, with the words of this system and of this person (a username, a name) as guesses. */
  private me.gosimple.nbvcxz.Nbvcxz estimator(String username) {
    var dictionaries = new java.util.ArrayList<>(me.gosimple.nbvcxz.resources.ConfigurationBuilder.getDefaultDictionaries());
    dictionaries.add(ours);
    if (!username.isBlank()) {
      var person = new me.gosimple.nbvcxz.resources.DictionaryBuilder().setDictionaryName("person").setExclusion(true);
      for (var part : username.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (part.length() >= 3) {
          person.addWord(part, 0);
        }
      }
      dictionaries.add(person.createDictionary());
    }
    return new me.gosimple.nbvcxz.Nbvcxz(new me.gosimple.nbvcxz.resources.ConfigurationBuilder()
        .setDictionaries(dictionaries).setMinimumEntropy(MIN_ENTROPY).createConfiguration());
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
    if (!estimator(username).estimate(password).isMinimumEntropyMet()) {
      return Optional.of("password.weak");
    }
    return Optional.empty();
  }

  int commonCount() {
    return common.size();
  }
}
