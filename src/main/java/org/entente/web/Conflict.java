package org.entente.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request clashes with the current state (a duplicate, an illegal move); the message says which. */
@ResponseStatus(HttpStatus.CONFLICT)
public class Conflict extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public Conflict(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
