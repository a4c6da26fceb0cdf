package org.entente.audit.pages;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditLog;
import org.entente.audit.ChainChecks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page: the trail, newest first, filtered by actor, action, entity and dates; and its verification. */
@Controller
class AuditPages {

  static final int PAGE_SIZE = 50;
  private final AuditLog log;
  private final Guard guard;
  private final ChainChecks checks;

  AuditPages(AuditLog log, Guard guard, ChainChecks checks) {
    this.log = log;
    this.guard = guard;
    this.checks = checks;
  }

  @GetMapping("/audit")
  String trail(
      @RequestParam(defaultValue = "") String actor,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "") String entityId,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "false") boolean verify,
      Model model) {
    guard.require(Permission.READ_AUDIT_GLOBALLY);
    var fromDate = date(from);
    var toDate = date(to);
    var dateError = (!from.isBlank() && fromDate == null) || (!to.isBlank() && toDate == null);
    var filter =
        new AuditLog.Filter(
            blank(actor), blank(action), null, blank(entityId),
            fromDate == null ? null : fromDate.atStartOfDay().toInstant(ZoneOffset.UTC),
            toDate == null ? null : toDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    var found = dateError ? new AuditLog.Page(java.util.List.of(), 0) : log.search(filter, Math.max(0, page), PAGE_SIZE);
    var caller = guard.caller();
    var verification = verify && caller.has(Permission.VERIFY_AUDIT_GLOBALLY) ? checks.verifyNow(caller.username()) : null;
    model.addAttribute(
        "view", new AuditView(actor, action, entityId, from, to, dateError, Math.max(0, page), PAGE_SIZE, found, verification));
    return "audit/trail";
  }

  private static LocalDate date(String value) {
    try {
      return value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String blank(String value) {
    return value.isBlank() ? null : value.strip();
  }
}
