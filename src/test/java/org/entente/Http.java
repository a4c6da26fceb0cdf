package org.entente;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests that talk to a running Entente as its users' programs would. */
public final class Http {

  private static final JsonMapper json = JsonMapper.builder().build();
  private final HttpClient client;
  private final String base;
  private final java.net.CookieManager cookies;

  public Http(int port) {
    this(port, false);
  }

  private Http(int port, boolean keepCookies) {
    this.base = "http://localhost:" + port;
    this.cookies = keepCookies ? new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL) : null;
    var builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    this.client = builder.build();
  }

  /** A client that keeps cookies, as a browser does: for sessions and CSRF. */
  public static Http withCookies(int port) {
    return new Http(port, true);
  }

  /** The value of a cookie this client holds, or null. */
  public String cookie(String name) {
    return cookies == null ? null : cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  /** Posts an HTML form, as a browser would. */
  public Response form(String path, java.util.Map<String, String> fields) {
    var body = fields.entrySet().stream()
        .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
            + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
    return send("POST", path, body, "Content-Type", "application/x-www-form-urlencoded");
  }

  /** Uploads a file as multipart/form-data under the field name {@code file}. */
  public Response upload(String path, String filename, byte[] content, String... headers) {
    return upload(path, java.util.Map.of(), filename, content, headers);
  }

  /** Uploads a file with other form fields (e.g. the CSRF token), as a browser's form would. */
  public Response upload(String path, java.util.Map<String, String> fields, String filename, byte[] content, String... headers) {
    var boundary = "----entente" + java.util.UUID.randomUUID();
    var parts = new StringBuilder();
    fields.forEach((name, value) -> parts.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
    var head = (parts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    var request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return send(request, headers);
  }

  /** The CSRF token of the form on a page. */
  public static String csrf(String html) {
    var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("no CSRF token on the page");
    }
    return matcher.group(1);
  }

  /** An answer: status, headers and body as text, with its body parsed as JSON on demand. */
  public record Response(int status, Map<String, java.util.List<String>> headers, String body) {
    public JsonNode json() {
      return Http.json.readTree(body);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }
  }

  public Response get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  public Response send(String method, String path, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  private Response send(HttpRequest.Builder request, String... headers) {
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
