package org.entente.audit;

import static org.entente.web.Texts.blank;

import java.time.Instant;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The trail for auditors: search it, verify it. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

  static final int MAX_PAGE_SIZE = 500;
  private final AuditLog log;
  private final Guard guard;
  private final ChainChecks checks;

  AuditApi(AuditLog log, Guard guard, ChainChecks checks) {
    this.checks = checks;
    this.log = log;
    this.guard = guard;
  }

  @GetMapping
  Listing<AuditRecord> search(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String entityType,
      @RequestParam(required = false) @Nullable String entityId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    guard.require(Permission.READ_AUDIT_GLOBALLY);
    var violations = new java.util.ArrayList<InvalidInput.Violation>();
    if (page < 0) {
      violations.add(new InvalidInput.Violation("page", "problem.min", java.util.List.of(0)));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      violations.add(new InvalidInput.Violation("size", "problem.between", java.util.List.of(1, MAX_PAGE_SIZE)));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    var found = log.search(new AuditLog.Filter(blank(actor), blank(action), blank(entityType), blank(entityId), from, to), page, size);
    return new Listing<>(found.items(), found.total(), page, size);
  }

  @GetMapping("/verify")
  AuditLog.Verification verify() {
    var auditor = guard.require(Permission.VERIFY_AUDIT_GLOBALLY);
    return checks.verifyNow(auditor.username());
  }
}
