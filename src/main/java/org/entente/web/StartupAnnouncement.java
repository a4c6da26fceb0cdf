package org.entente.web;

import org.entente.database.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Entente where its data lives and which address to open. */
@Component
class StartupAnnouncement {

  private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);
  private final DataDirectory dataDirectory;

  StartupAnnouncement(DataDirectory dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  @EventListener
  void announce(ApplicationReadyEvent ready) {
    var port =
        ready.getApplicationContext() instanceof WebServerApplicationContext web
            ? web.getWebServer().getPort()
            : -1;
    log.info("Entente is ready. Data: {}  Open: http://localhost:{}/", dataDirectory.path(), port);
  }
}
