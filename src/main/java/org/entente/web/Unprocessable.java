package org.entente.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Well-formed input that the system must not accept (e.g. information marked above its level). */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class Unprocessable extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final List<Object> arguments;

  public Unprocessable(String field, String messageKey, Object... arguments) {
    super(field + ": " + messageKey + " " + List.of(arguments));
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
