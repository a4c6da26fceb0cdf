package org.entente.languages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language: {@code ?lang=fr} switches and is remembered in a cookie for a year; without a
 * choice, the first of the browser's {@code Accept-Language} that is English or French; else English.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

  static final String COOKIE = "entente-lang";
  static final String PARAMETER = "lang";

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver(COOKIE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setCookieHttpOnly(true);
    resolver.setDefaultLocaleFunction(LanguageConfiguration::fromBrowser);
    return resolver;
  }

  private static Locale fromBrowser(HttpServletRequest request) {
    for (var locale : Collections.list(request.getLocales())) {
      if (Language.isSupported(locale)) {
        return Language.of(locale).locale();
      }
    }
    return Language.EN.locale();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitch(localeResolver()));
  }

  /** Applies {@code ?lang=en|fr}; any other value is ignored rather than answered with an error. */
  private record LanguageSwitch(LocaleResolver resolver) implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      var value = request.getParameter(PARAMETER);
      if (value != null && Language.isSupported(Locale.forLanguageTag(value))) {
        resolver.setLocale(request, response, Language.of(Locale.forLanguageTag(value)).locale());
      }
      return true;
    }
  }
}
