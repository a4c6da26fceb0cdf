package org.entente.science;

import java.util.List;
import org.entente.access.Caller;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/** The start page's item for a panel member who monitors projects: progress reports waiting for their note. */
@Component
class ScienceMonitoringWork implements WorkSource {

  private final ScienceMonitoringStore store;

  ScienceMonitoringWork(ScienceMonitoringStore store) {
    this.store = store;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    if (store.monitoring(caller.userId()) == 0) return List.of();
    return List.of(WorkItem.of("science.monitoring", "science", "science.work.monitor", store.waiting(caller.userId()), "/science/monitoring",
        "science.work.monitor.none"));
  }
}
