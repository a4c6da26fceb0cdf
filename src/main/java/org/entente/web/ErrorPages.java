package org.entente.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last stop of every error that no controller answered itself (unknown pages, errors raised before
 * Spring MVC): a page in the reader's language, or problem details when the address was the API's.
 */
@Controller
class ErrorPages implements ErrorController {

  private final MessageSource messages;
  private final ProblemWriter problems;
  private final Assets assets;

  ErrorPages(MessageSource messages, ProblemWriter problems, Assets assets) {
    this.messages = messages;
    this.problems = problems;
    this.assets = assets;
  }

  @RequestMapping("/error")
  @Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    var status = statusOf(request);
    var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u : "/";
    var detail = messages.getMessage(detailKey(status), null, locale);
    var title = messages.getMessage("http." + status.value(), null, status.getReasonPhrase(), locale);
    if (uri.startsWith("/api/")) {
      problems.write(request, response, status, detailKey(status));
      return null;
    }
    var page = new ModelAndView("error-page");
    page.setStatus(status);
    page.addObject("page", PageAdvice.pageFor(messages, assets, request, locale));
    page.addObject("status", status.value());
    page.addObject("title", title);
    page.addObject("detail", detail);
    return page;
  }

  private static String detailKey(HttpStatus status) {
    return switch (status.value()) {
      case 401 -> "problem.unauthenticated";
      case 403 -> "problem.forbidden";
      case 404 -> "problem.no-such-address";
      default -> status.is4xxClientError() ? "problem.client-error" : "problem.internal";
    };
  }

  private static HttpStatus statusOf(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
      var status = HttpStatus.resolve(code);
      if (status != null && status.isError()) {
        return status;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
