package org.entente.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The address of a static file (style sheet, script, map) with a hash of its content in its name: browsers keep
 * it for a year, and a release that changes it changes its address, so nobody works with last week's script
 * against this week's pages.
 */
@Component
public class Assets {

  // absent when the jar runs a command (backup, audit verify) without the web server: no page is drawn then
  private final ObjectProvider<ResourceUrlProvider> urls;

  Assets(ObjectProvider<ResourceUrlProvider> urls) {
    this.urls = urls;
  }

  /** The versioned address of {@code path} ("/css/entente.css"), or the path itself if no static file has it. */
  public String url(String path) {
    var provider = urls.getIfAvailable();
    var versioned = provider == null ? null : provider.getForLookupPath(path);
    return versioned == null ? path : versioned;
  }
}
