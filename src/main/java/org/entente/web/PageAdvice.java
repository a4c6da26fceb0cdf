package org.entente.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.entente.access.Callers;
import org.entente.languages.Language;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Hands every page controller's template its {@link Page}. */
@ControllerAdvice(annotations = Controller.class)
class PageAdvice {

  private final MessageSource messages;
  private final Assets assets;

  PageAdvice(MessageSource messages, Assets assets) {
    this.messages = messages;
    this.assets = assets;
  }

  @ModelAttribute("page")
  Page page(HttpServletRequest request, Locale locale) {
    return pageFor(messages, assets, request, locale);
  }

  static Page pageFor(MessageSource messages, Assets assets, HttpServletRequest request, Locale locale) {
    var query = request.getQueryString();
    var url = request.getRequestURI() + (query == null ? "" : "?" + query);
    var csrf = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
    return new Page(
        messages, Language.of(locale), url, RequestIdFilter.of(request), csrf, Callers.current().orElse(null), assets);
  }
}
