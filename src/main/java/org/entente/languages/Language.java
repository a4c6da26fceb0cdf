package org.entente.languages;

import java.util.Locale;

/** An official language of the Alliance. Everything a person reads exists in both. */
public enum Language {
  /** English. */
  EN(Locale.ENGLISH),
  /** French. */
  FR(Locale.FRENCH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String code() {
    return locale.getLanguage();
  }

  /** French for a French locale, English for any other: the Alliance works in these two only. */
  public static Language of(Locale locale) {
    return FR.code().equals(locale.getLanguage()) ? FR : EN;
  }

  public static boolean isSupported(Locale locale) {
    return EN.code().equals(locale.getLanguage()) || FR.code().equals(locale.getLanguage());
  }
}
