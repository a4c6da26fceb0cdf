package org.entente.notifications;

import java.time.LocalDate;
import java.util.Locale;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.entente.web.Page;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notice's arguments as its reader reads them, in the application and in the mail alike: an ISO date in the
 * reader's language, a text given in both languages ({@link Notice#inBothLanguages}) in the reader's.
 */
final class Arguments {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String BILINGUAL = "{\"bilingual\":";

  private Arguments() {}

  static String bilingual(BilingualText text) {
    return BILINGUAL + JSON.writeValueAsString(java.util.Map.of("en", text.en() == null ? "" : text.en(),
        "fr", text.fr() == null ? "" : text.fr())) + "}";
  }

  static Object[] readable(String[] arguments, Locale locale) {
    var language = Language.of(locale);
    var shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = readable(arguments[i], language);
    }
    return shown;
  }

  private static Object readable(String argument, Language language) {
    if (argument == null) return "";
    if (argument.matches("\\d{4}-\\d{2}-\\d{2}")) return Page.formatDate(LocalDate.parse(argument), language);
    if (argument.startsWith(BILINGUAL)) {
      try {
        var both = JSON.readTree(argument).get("bilingual");
        var text = new BilingualText(both.has("en") ? both.get("en").asString() : null, both.has("fr") ? both.get("fr").asString() : null);
        return text.text(language);
      } catch (JacksonException | NullPointerException e) {
        return argument; // not one of ours after all: shown as written
      }
    }
    return argument;
  }
}
