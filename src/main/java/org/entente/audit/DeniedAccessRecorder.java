package org.entente.audit;

import java.util.Map;
import org.entente.access.AccessDenied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every refusal to the trail, in a transaction of its own: the refused request's work is rolled
 * back, the record of the refusal is not.
 */
@Component
class DeniedAccessRecorder {

  private final AuditTrail trail;

  DeniedAccessRecorder(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(AccessDenied denied) {
    trail.recordAs(
        denied.username(),
        denied.organisation(),
        new AuditTrail.Change("ACCESS_DENIED", null, null, Map.of("refused", denied.what())));
  }
}
