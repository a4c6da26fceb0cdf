package org.entente.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a person reads exists in English and in French: the two bundles hold the same keys, every key a
 * template asks for exists, and no template carries text of its own.
 */
class I18nBundlesTest {

  private static final Path TEMPLATES = Path.of("src/main/jte");
  private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("page\\.t\\(\"([a-z0-9.\\-]+)\"\\s*[,)]");
  private static final Pattern KEY_PREFIX_IN_TEMPLATE = Pattern.compile("page\\.t\\(\"([a-z0-9.\\-]+\\.)\" \\+");
  private static final Pattern READABLE_ATTRIBUTE =
      Pattern.compile("\\s(?:title|alt|placeholder|aria-label|label)=\"([^\"]*)\"");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

  private static Properties bundle(String name) throws IOException {
    var properties = new Properties();
    try (var in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void bothLanguagesHoldTheSameKeysAndNoneIsEmpty() throws IOException {
    var english = bundle("messages.properties");
    var french = bundle("messages_fr.properties");
    assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (var bundle : List.of(english, french)) {
      bundle.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }
  }

  @Test
  void noKeyIsDefinedTwice() throws IOException {
    // a second definition silently replaces the first: two messages meant for different places become one
    for (var name : List.of("messages.properties", "messages_fr.properties")) {
      var seen = new java.util.HashSet<String>();
      var twice = new ArrayList<String>();
      for (var line : java.nio.file.Files.readAllLines(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
        var trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) continue;
        var key = trimmed.substring(0, trimmed.indexOf('=')).strip();
        if (!seen.add(key)) twice.add(key);
      }
      assertThat(twice).as(name).isEmpty();
    }
  }

  @Test
  void noMessageHidesAnApostropheFromMessageFormat() throws IOException {
    // MessageFormat swallows a lone ' in messages with arguments; French is full of them. Use ’ instead.
    for (var name : List.of("messages.properties", "messages_fr.properties")) {
      bundle(name).forEach((key, value) -> assertThat(value.toString()).as(name + " " + key).doesNotContain("'"));
    }
  }

  @Test
  void everyKeyATemplateAsksForExists() throws IOException {
    var english = bundle("messages.properties");
    var missing = new ArrayList<String>();
    for (var template : templates()) {
      var text = Files.readString(template);
      KEY_IN_TEMPLATE.matcher(text).results()
          .map(m -> m.group(1))
          .filter(key -> !english.containsKey(key))
          .forEach(key -> missing.add(template + ": " + key));
      KEY_PREFIX_IN_TEMPLATE.matcher(text).results()
          .map(m -> m.group(1))
          .filter(prefix -> english.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix)))
          .forEach(prefix -> missing.add(template + ": " + prefix + "*"));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void templatesCarryNoTextOfTheirOwn() throws IOException {
    var offending = new ArrayList<String>();
    for (var template : templates()) {
      var text = withoutCode(Files.readString(template));
      READABLE_ATTRIBUTE.matcher(text).results()
          .map(m -> m.group(1))
          .filter(value -> LETTERS.matcher(value).find())
          .forEach(value -> offending.add(template + " attribute: " + value));
      // text between tags, once markup is gone
      for (var fragment : text.replaceAll("<[^>]*>", "\n").split("\n")) {
        var trimmed = fragment.strip();
        // the product's name is the same in both languages
        if (LETTERS.matcher(trimmed.replace("Entente", "")).find()) {
          offending.add(template + " text: " + trimmed);
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void theCheckCatchesTextWrittenIntoATemplate() {
    // Guards the guard: a template with a literal word must be caught.
    var sample = withoutCode("<p>${page.t(\"a.b\")}</p>\n<p>Hello</p><img alt=\"A map\">");
    assertThat(sample).contains("Hello").contains("alt=\"A map\"");
    assertThat(sample).doesNotContain("page.t");
  }

  /** Template code, comments, scripts and styles removed; what is left is markup and literal text. */
  private static String withoutCode(String template) {
    var text =
        template
            .replaceAll("(?s)<%--.*?--%>", "")
            .replaceAll("(?s)<script\\b.*?</script>", "")
            .replaceAll("(?s)<style\\b.*?</style>", "")
            .replaceAll("(?m)^\\s*@(import|param).*$", "");
    var out = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      if (text.startsWith("${", i) || text.startsWith("!{", i)) {
        i = closing(text, i + 1, '{', '}');
      } else if (text.startsWith("@if(", i) || text.startsWith("@elseif(", i) || text.startsWith("@for(", i)) {
        i = closing(text, text.indexOf('(', i), '(', ')');
      } else if (text.startsWith("@template.", i)) {
        // the call's arguments are code up to the first content block, if any
        var open = text.indexOf('(', i);
        var end = closing(text, open, '(', ')');
        var content = text.indexOf("@`", open);
        i = content >= 0 && content < end ? content + 2 : end;
      } else if (text.startsWith("@endfor", i)) {
        i += "@endfor".length();
      } else if (text.startsWith("@endif", i)) {
        i += "@endif".length();
      } else if (text.startsWith("@else", i)) {
        i += "@else".length();
      } else if (text.charAt(i) == '`') {
        // end of a content block: skip the code up to the next block or the call's end
        var next = text.indexOf("@`", i);
        var close = text.indexOf(')', i);
        i = next >= 0 && (close < 0 || next < close) ? next + 2 : close + 1;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /** The index just past the bracket that closes the one at {@code open}, skipping strings. */
  private static int closing(String text, int open, char opening, char closingChar) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < text.length(); i++) {
      var c = text.charAt(i);
      if (c == '"' && text.charAt(i - 1) != '\\') {
        inString = !inString;
      } else if (!inString && c == opening) {
        depth++;
      } else if (!inString && c == closingChar && --depth == 0) {
        return i + 1;
      }
    }
    throw new IllegalStateException("unbalanced " + opening + " at " + open);
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
    }
  }
}
