package org.entente.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller must slow down; {@code Retry-After} says for how long. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class TooManyRequests extends RuntimeException {

  private final Duration retryAfter;
  private final String messageKey;

  public TooManyRequests(String messageKey, Duration retryAfter) {
    super(messageKey);
    this.messageKey = messageKey;
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  public String messageKey() {
    return messageKey;
  }
}
