package org.entente.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The resource asked for does not exist, or the caller may not know that it does: both answer 404 so that a
 * hidden resource is not revealed by a different status.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

  private final String what;
  private final String id;

  /**
   * @param what message key naming the kind of thing, e.g. {@code organisation}
   * @param id what the caller asked for, repeated in the answer
   */
  public NotFound(String what, String id) {
    super(what + " " + id + " not found");
    this.what = what;
    this.id = id;
  }

  public String what() {
    return what;
  }

  public String id() {
    return id;
  }
}
