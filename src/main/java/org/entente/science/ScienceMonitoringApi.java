package org.entente.science;

import java.net.URI;
import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The monitoring of awarded projects over HTTP: staff appoint the monitor, who notes each progress report. */
@RestController
class ScienceMonitoringApi {

  private final ScienceMonitoring monitoring;

  ScienceMonitoringApi(ScienceMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  record Appointment(@Nullable UUID monitor) {}

  record NewNote(@Nullable String body) {}

  @GetMapping("/api/v1/science/monitoring")
  Listing<Monitoring.Monitored> monitored(Paging paging) {
    return monitoring.monitored(paging);
  }

  @GetMapping("/api/v1/science/applications/{id}/monitoring")
  Monitoring monitoring(@PathVariable UUID id) {
    return monitoring.monitoring(id);
  }

  @PostMapping("/api/v1/science/applications/{id}/monitor")
  Monitoring appoint(@PathVariable UUID id, @RequestBody Appointment appointment) {
    return monitoring.appoint(id, appointment.monitor());
  }

  @PostMapping("/api/v1/science/applications/{id}/reports/{report}/note")
  ResponseEntity<Monitoring.Note> note(@PathVariable UUID id, @PathVariable UUID report, @RequestBody NewNote note) {
    var written = monitoring.note(id, report, note.body());
    return ResponseEntity.created(URI.create("/api/v1/science/applications/" + id + "/monitoring")).body(written);
  }
}
