package org.entente.web;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-For} (and {@code X-Forwarded-Proto}) are believed only from the reverse proxies listed
 * in {@code entente.trusted-proxies} (exact addresses, comma-separated; none by default). Otherwise any
 * client could choose the address that sign-in throttling counts and that the audit trail records.
 * Tomcat's own default would trust every private and loopback address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

  private final List<String> proxies;

  TrustedProxies(@Value("${entente.trusted-proxies:}") List<String> proxies) {
    this.proxies = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  static String pattern(List<String> proxies) {
    return proxies.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  @Override
  public void customize(TomcatWebServerFactory factory) {
    for (var valve : factory.getEngineValves()) {
      if (valve instanceof RemoteIpValve remoteIp) {
        remoteIp.setInternalProxies(pattern(proxies));
        remoteIp.setTrustedProxies(null);
      }
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after Boot's own customizer has added the valve
  }
}
