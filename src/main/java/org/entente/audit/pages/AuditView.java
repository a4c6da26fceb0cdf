package org.entente.audit.pages;

import org.entente.audit.AuditLog;
import org.jspecify.annotations.Nullable;

/** The audit page: filters as typed, one page of records, and a verification when asked for. */
public record AuditView(
    String actor, String action, String entityId, String from, String to, boolean dateError, int page, int size,
    AuditLog.Page found, AuditLog.@Nullable Verification verification) {

  private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

  /** A record's summary as a person reads it: each field with its value (lists joined), in the order written. */
  public static java.util.List<java.util.Map.Entry<String, String>> fields(String summary) {
    var fields = new java.util.ArrayList<java.util.Map.Entry<String, String>>();
    try {
      var node = JSON.readTree(summary);
      if (!node.isObject()) {
        return java.util.List.of(java.util.Map.entry("", summary));
      }
      for (var entry : node.properties()) {
        var value = entry.getValue();
        String text;
        if (value.isArray()) {
          var parts = new java.util.ArrayList<String>();
          value.forEach(v -> parts.add(v.isValueNode() ? v.asString() : v.toString()));
          text = String.join(", ", parts);
        } else {
          text = value.isValueNode() ? value.asString() : value.toString();
        }
        fields.add(java.util.Map.entry(words(entry.getKey()), text));
      }
    } catch (RuntimeException notJson) {
      fields.add(java.util.Map.entry("", summary));
    }
    return fields;
  }

  /** NOMINATION_CONFIRMED or entityType as "Nomination confirmed", "Entity type". */
  public static String words(String code) {
    var spaced = code.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT).strip();
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** When, to the minute, in UTC as the trail keeps it. */
  public static String at(java.time.Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC).format(at);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < found.total();
  }

  public String pageUrl(int target) {
    return org.springframework.web.util.UriComponentsBuilder.fromPath("/audit")
        .queryParam("actor", actor).queryParam("action", action).queryParam("entityId", entityId)
        .queryParam("from", from).queryParam("to", to).queryParam("page", target)
        .encode().build().toUriString();
  }
}
