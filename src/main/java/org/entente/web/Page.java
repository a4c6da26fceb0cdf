package org.entente.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every template needs besides its own data: the reader's language, its messages, and links that keep
 * the reader where they are. Passed to each template as {@code page}.
 */
public final class Page {

  private final MessageSource messages;
  private final Language language;
  private final String currentUrl;
  private final String requestId;

  Page(MessageSource messages, Language language, String currentUrl, String requestId) {
    this.messages = messages;
    this.language = language;
    this.currentUrl = currentUrl;
    this.requestId = requestId;
  }

  /** The message with this key in the reader's language. */
  public String t(String key, Object... arguments) {
    return messages.getMessage(key, arguments, language.locale());
  }

  public Language language() {
    return language;
  }

  /** The value of the {@code lang} attribute of the page. */
  public String lang() {
    return language.code();
  }

  public Language otherLanguage() {
    return language == Language.EN ? Language.FR : Language.EN;
  }

  /** The current address in the other language, filters and all. */
  public String switchLanguageUrl() {
    return UriComponentsBuilder.fromUriString(currentUrl)
        .replaceQueryParam("lang", otherLanguage().code())
        .build()
        .toUriString();
  }

  public String text(BilingualText text) {
    return text.text(language);
  }

  /** True when {@link #text} shows the other language because this one is missing. */
  public boolean isFallback(BilingualText text) {
    return text.in(language).fallback();
  }

  public String date(@Nullable LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
  }

  public String requestId() {
    return requestId;
  }
}
