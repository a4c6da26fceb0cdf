package org.entente.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mapping with an index in front of its search. Spring tries every one of the ~550 mappings
 * whose path has a variable against each such request (measured: ≈ 15 % of the JVM's CPU serving the API's writes);
 * here only the mappings whose literal beginning ("/api/v1/events" of "/api/v1/events/{id}/nominations") begins
 * the path are tried. When exactly one of those matches — the only one anywhere, since no other can — it is the
 * handler, as Spring would have found; in every other case (none or several, a path Spring answers from its exact
 * paths, a CORS pre-flight, a path with an escaped character or a matrix variable, which Spring compares decoded)
 * Spring's own search decides.
 */
class IndexedHandlerMapping extends RequestMappingHandlerMapping {

  /** A mapping with the literal beginnings of its patterns ("" for one that begins with a variable). */
  private record Entry(RequestMappingInfo info, HandlerMethod handler, List<String> prefixes) {}

  /** Mappings by the first {@value #DEPTH} segments of their literal beginnings; those with fewer in {@link #shallow}. */
  private volatile Map<String, List<Entry>> byBeginning = Map.of();
  private volatile List<Entry> shallow = List.of();
  private static final int DEPTH = 3;
  private volatile Set<String> directPaths = Set.of();
  private volatile boolean indexed;

  @Override
  protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
    super.handlerMethodsInitialized(handlerMethods);
    var buckets = new HashMap<String, List<Entry>>();
    var few = new ArrayList<Entry>();
    var direct = new HashSet<String>();
    for (var mapping : handlerMethods.entrySet()) {
      var info = mapping.getKey();
      direct.addAll(getDirectPaths(info));
      var patterns = info.getPathPatternsCondition() == null ? Set.<PathPattern>of() : info.getPathPatternsCondition().getPatterns();
      var prefixes = patterns.isEmpty() ? List.of("") : patterns.stream().map(p -> literalBeginning(p.getPatternString())).toList();
      var entry = new Entry(info, mapping.getValue(), prefixes);
      var keys = prefixes.stream().map(IndexedHandlerMapping::key).distinct().toList();
      if (keys.contains(null)) {
        few.add(entry);
      } else {
        keys.forEach(key -> buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
      }
    }
    var frozen = new HashMap<String, List<Entry>>();
    buckets.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
    byBeginning = Map.copyOf(frozen);
    shallow = List.copyOf(few);
    directPaths = Set.copyOf(direct);
    indexed = true;
  }

  /**
   * The first {@value #DEPTH} segments of a path or literal beginning ("/api/v1/events" of
   * "/api/v1/events/1/nominations"), or null when it has fewer. A literal beginning ends where a segment ends, so a
   * path the pattern matches has the same first segments.
   */
  static @Nullable String key(String path) {
    int slash = 0;
    for (int i = 0; i < DEPTH; i++) {
      if (!path.startsWith("/", slash)) {
        return null;
      }
      int next = path.indexOf('/', slash + 1);
      if (next < 0) {
        return i == DEPTH - 1 && path.length() > slash + 1 ? path : null;
      }
      if (next == slash + 1) {
        return null; // an empty segment: left to the shallow list
      }
      slash = next;
    }
    return path.substring(0, slash);
  }

  /**
   * What every path the pattern matches begins with: the pattern up to its last "/" before the first variable or
   * wildcard ("/api/v1/events" of "/api/v1/events/{id}"), since "/docs/**" also matches "/docs".
   */
  static String literalBeginning(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      var c = pattern.charAt(i);
      if (c == '{' || c == '*' || c == '?') {
        return pattern.substring(0, Math.max(0, pattern.lastIndexOf('/', i - 1)));
      }
    }
    return pattern;
  }

  // a mapping registered after start-up (none in Entente) is not in the index: Spring's search then answers
  @Override
  public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
    indexed = false;
    super.registerMapping(mapping, handler, method);
  }

  @Override
  public void unregisterMapping(RequestMappingInfo mapping) {
    indexed = false;
    super.unregisterMapping(mapping);
  }

  @Override
  protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
    var single = single(lookupPath, request);
    return single != null ? single : super.lookupHandlerMethod(lookupPath, request);
  }

  /** The handler when the index finds exactly one match (its attributes set on the request), else null. */
  @Nullable HandlerMethod single(String lookupPath, HttpServletRequest request) {
    if (!indexed || directPaths.contains(lookupPath) || lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0
        || CorsUtils.isPreFlightRequest(request)) {
      return null;
    }
    RequestMappingInfo found = null;
    HandlerMethod handler = null;
    var key = key(lookupPath);
    var bucket = key == null ? List.<Entry>of() : byBeginning.getOrDefault(key, List.of());
    for (var candidates : List.of(bucket, shallow)) {
      for (var entry : candidates) {
        if (!begins(lookupPath, entry.prefixes())) {
          continue;
        }
        var match = getMatchingMapping(entry.info(), request);
        if (match != null) {
          if (found != null) {
            return null; // several: Spring orders them
          }
          found = match;
          handler = entry.handler();
        }
      }
    }
    if (found == null) {
      return null; // none: Spring says why (404, 405, 415…)
    }
    request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
    handleMatch(found, lookupPath, request);
    return handler;
  }

  /** Spring's own search, for the test that compares the two on every mapping. */
  @Nullable HandlerMethod linearLookup(String lookupPath, HttpServletRequest request) throws Exception {
    return super.lookupHandlerMethod(lookupPath, request);
  }

  private static boolean begins(String path, List<String> prefixes) {
    for (var prefix : prefixes) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    WebMvcRegistrations indexedHandlerMapping() {
      return new WebMvcRegistrations() {
        @Override
        public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
          return new IndexedHandlerMapping();
        }
      };
    }
  }
}
