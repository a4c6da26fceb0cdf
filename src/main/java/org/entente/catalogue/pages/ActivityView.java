package org.entente.catalogue.pages;

import java.util.List;
import java.util.Map;
import org.entente.catalogue.Activity;
import org.entente.catalogue.Event;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;

/** An activity with its events and the names of its areas and provider. */
public record ActivityView(Activity activity, List<Event> events, Map<String, BilingualText> areaNames, BilingualText providerName) {

  public String areaName(String code, Language language) {
    var name = areaNames.get(code);
    return name == null ? code : name.text(language);
  }
}
