package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput.Violation;
import org.junit.jupiter.api.Test;

/** The one check of a text typed in both languages, and of a typed code, that every module uses. */
class TextsTest {

  private final List<Violation> violations = new ArrayList<>();

  @Test
  void aRequiredTextNeedsOneLanguageAndEitherIsEnough() {
    assertThat(Texts.bilingual("title", null, 10, true, violations)).isEqualTo(new BilingualText(null, null));
    assertThat(violations).containsExactly(new Violation("title", "problem.required", List.of()));
    violations.clear();

    assertThat(Texts.bilingual("title", new BilingualText("Exercise", null), 10, true, violations).en()).isEqualTo("Exercise");
    assertThat(Texts.bilingual("title", new BilingualText(null, "Exercice"), 10, true, violations).fr()).isEqualTo("Exercice");
    assertThat(violations).isEmpty();
  }

  @Test
  void anOptionalTextMayBeAbsentAndAModuleMayNameWhatIsMissingInItsOwnWords() {
    assertThat(Texts.bilingual("note", null, 10, false, violations)).isEqualTo(new BilingualText(null, null));
    assertThat(Texts.bilingual("note", new BilingualText(" ", null), 10, (String) null, violations)).isEqualTo(new BilingualText(null, null));
    assertThat(violations).isEmpty();

    Texts.bilingual("text", new BilingualText("", "\t"), 10, "council.text.required", violations);
    assertThat(violations).containsExactly(new Violation("text", "council.text.required", List.of()));
  }

  @Test
  void eachLanguageIsHeldToTheLimitOnItsOwn() {
    Texts.bilingual("title", new BilingualText("x".repeat(10), "y".repeat(10)), 10, true, violations);
    assertThat(violations).as("exactly at the limit in both languages").isEmpty();

    Texts.bilingual("title", new BilingualText("x".repeat(11), "short"), 10, true, violations);
    assertThat(violations).containsExactly(new Violation("title", "problem.too-long", List.of(10)));
    violations.clear();

    Texts.bilingual("title", new BilingualText("short", "y".repeat(11)), 10, true, violations);
    assertThat(violations).containsExactly(new Violation("title", "problem.too-long", List.of(10)));
    violations.clear();

    Texts.bilingual("title", new BilingualText(null, "y".repeat(11)), 10, false, violations);
    assertThat(violations).containsExactly(new Violation("title", "problem.too-long", List.of(10)));
  }

  @Test
  void spacesAroundDoNotCountAndABlankLanguageIsAbsent() {
    var tidy = Texts.bilingual("title", new BilingualText("  " + "x".repeat(10) + "\n", "   "), 10, true, violations);
    assertThat(violations).isEmpty();
    assertThat(tidy.en()).isEqualTo("x".repeat(10));
    assertThat(tidy.fr()).isNull();
    assertThat(tidy.text(org.entente.languages.Language.FR)).as("the French reader falls back to English").isEqualTo("x".repeat(10));

    Texts.bilingual("title", new BilingualText("   ", " \u2003 "), 10, true, violations);
    assertThat(violations).as("a title of spaces is no title").containsExactly(new Violation("title", "problem.required", List.of()));
  }

  @Test
  void aCharacterThatCannotBeStoredIsRefusedInEitherLanguage() {
    Texts.bilingual("title", new BilingualText("bad\u0000title", "bon"), 100, true, violations);
    assertThat(violations).containsExactly(new Violation("title", "problem.characters", List.of()));
    violations.clear();

    Texts.bilingual("title", new BilingualText("good", "demi \uD800 caractère"), 100, true, violations);
    assertThat(violations).containsExactly(new Violation("title", "problem.characters", List.of()));
    violations.clear();

    Texts.bilingual("title", new BilingualText("emoji \uD83D\uDE00 fine", null), 100, true, violations);
    assertThat(violations).as("a whole surrogate pair is a character").isEmpty();
  }

  @Test
  void aTextInOneLanguageIsHeldToTheSameRule() {
    assertThat(Texts.typed("name", "  Ada Lovelace ", 12, true, violations)).isEqualTo("Ada Lovelace");
    assertThat(Texts.typed("rank", "   ", 12, false, violations)).isNull();
    assertThat(Texts.typed("rank", null, 12, false, violations)).isNull();
    assertThat(violations).isEmpty();

    assertThat(Texts.typed("name", " \t ", 12, true, violations)).isNull();
    assertThat(violations).containsExactly(new Violation("name", "problem.required", List.of()));
    violations.clear();

    Texts.typed("name", "x".repeat(13), 12, true, violations);
    assertThat(violations).containsExactly(new Violation("name", "problem.too-long", List.of(12)));
    violations.clear();

    Texts.typed("name", "Ada\u0000", 12, true, violations);
    assertThat(violations).containsExactly(new Violation("name", "problem.characters", List.of()));
  }

  @Test
  void aTypedCodeIsStrippedAndUpperCase() {
    assertThat(Texts.upper(" fra\t")).isEqualTo("FRA");
    assertThat(Texts.upper("Istanbul")).as("the same in every locale").isEqualTo("ISTANBUL");
    assertThat(Texts.upper(null)).isEmpty();
    assertThat(Texts.upper("  ")).isEmpty();
  }
}
