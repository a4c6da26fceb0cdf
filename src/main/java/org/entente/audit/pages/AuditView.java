package org.entente.audit.pages;

import org.entente.audit.AuditLog;
import org.jspecify.annotations.Nullable;

/** The audit page: filters as typed, one page of records, and a verification when asked for. */
public record AuditView(
    String actor, String action, String entityId, String from, String to, boolean dateError, int page, int size,
    AuditLog.Page found, AuditLog.@Nullable Verification verification) {

  public boolean hasNext() {
    return (long) (page + 1) * size < found.total();
  }

  public String pageUrl(int target) {
    return org.springframework.web.util.UriComponentsBuilder.fromPath("/audit")
        .queryParam("actor", actor).queryParam("action", action).queryParam("entityId", entityId)
        .queryParam("from", from).queryParam("to", to).queryParam("page", target)
        .encode().build().toUriString();
  }
}
