package org.entente.directory;

import java.util.Map;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;

/** Organisations' names for a page: a reader sees "Jordan", not "JOR" (the code where the directory has none). */
public record Names(Map<String, BilingualText> byCode) {

  public Names {
    byCode = Map.copyOf(byCode);
  }

  public String of(String code, Language language) {
    var name = byCode.get(code);
    return name == null ? code : name.text(language);
  }
}
