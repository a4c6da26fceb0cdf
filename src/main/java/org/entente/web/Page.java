package org.entente.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.languages.BilingualText;
import org.entente.languages.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
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

  private final @Nullable CsrfToken csrf;
  private final @Nullable Caller caller;
  private final Assets assets;

  Page(MessageSource messages, Language language, String currentUrl, String requestId, @Nullable CsrfToken csrf,
      @Nullable Caller caller, Assets assets) {
    this.messages = messages;
    this.assets = assets;
    this.language = language;
    this.currentUrl = currentUrl;
    this.requestId = requestId;
    this.csrf = csrf;
    this.caller = caller;
  }

  /** The name of the form field that carries the CSRF token. */
  public String csrfParameter() {
    return csrf == null ? "_csrf" : csrf.getParameterName();
  }

  /** The CSRF token every form that changes something must send back. */
  public String csrfToken() {
    return csrf == null ? "" : csrf.getToken();
  }

  /** The signed-in caller, or null for a visitor. */
  public @Nullable Caller caller() {
    return caller;
  }

  public boolean signedIn() {
    return caller != null;
  }

  public boolean may(Permission permission) {
    return caller != null && caller.has(permission);
  }

  /** The message with this key in the reader's language. */
  public String t(String key, Object... arguments) {
    var shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = arguments[i] instanceof LocalDate d ? date(d) : arguments[i];
    }
    return messages.getMessage(key, shown, language.locale());
  }

  /** The message with this key and these arguments (a refusal kept between a form and its page). */
  public String t(String key, java.util.List<?> arguments) {
    return t(key, arguments.toArray());
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

  /** A date in the reader's language, one format per language: "1 January 2026", "1er janvier 2026". */
  public String date(@Nullable LocalDate date) {
    return formatDate(date, language);
  }

  /** {@link #date} for code that has a language but no page (a notice, a document). */
  public static String formatDate(@Nullable LocalDate date, Language language) {
    if (date == null) {
      return "";
    }
    if (language == Language.FR) {
      var day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
      return day + " " + DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()).format(date);
    }
    return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(date);
  }

  /** The address of a static file, with its content's hash in it (see {@link Assets}). */
  public String asset(String path) {
    return assets.url(path);
  }

  /** A moment as people read it, in UTC: "2 December 2026, 15:48 UTC", "2 décembre 2026, 15:48 UTC". */
  public String moment(@Nullable Instant at) {
    return formatMoment(at, language);
  }

  /** {@link #moment} for code that has a language but no page. */
  public static String formatMoment(@Nullable Instant at, Language language) {
    if (at == null) {
      return "";
    }
    var utc = at.atOffset(ZoneOffset.UTC);
    return formatDate(utc.toLocalDate(), language) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(utc) + " UTC";
  }

  /** A count as the reader's language groups its digits (1,500 / 1 500), as the sentences around it do. */
  public String number(long count) {
    return formatNumber(count, language);
  }

  /** {@link #number} for code that has a language but no page. */
  public static String formatNumber(long count, Language language) {
    return NumberFormat.getIntegerInstance(language.locale()).format(count);
  }

  /** A year as people write it: 2026, never "2,026" nor "2 026". */
  public String year(int year) {
    return String.valueOf(year);
  }

  public String requestId() {
    return requestId;
  }
}
