package org.entente.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash chain, computed here and not in the database, so that verifying the trail does not depend on
 * the database's own account of it: {@code hash = SHA-256(previous hash ‖ "\n" ‖ canonical record)}, the
 * canonical record being the JSON array of its fields in a fixed order.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);
  private static final JsonMapper json = JsonMapper.builder().build();

  private AuditChain() {}

  static String canonical(AuditRecord r) {
    var fields =
        Arrays.asList(
            r.seq(),
            DateTimeFormatter.ISO_INSTANT.format(r.at()),
            r.actor(),
            r.organisation(),
            r.action(),
            r.entityType(),
            r.entityId(),
            r.summary(),
            r.requestId());
    return json.writeValueAsString(fields);
  }

  static String hash(String previousHash, AuditRecord record) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) '\n');
      digest.update(canonical(record).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The head of the chain as the database keeps it: the last record's number and hash. */
  record Head(long seq, String hash) {}

  /**
   * The outcome of a verification.
   *
   * @param brokenAt the number of the first record that does not hold, or the head's, when it is the end
   *     of the chain that was cut
   */
  record Verification(boolean intact, long records, @Nullable Long brokenAt, @Nullable String reason) {
    static Verification ok(long records) {
      return new Verification(true, records, null, null);
    }

    static Verification broken(long records, long at, String reason) {
      return new Verification(false, records, at, reason);
    }
  }

  /** Checks every record, in the order given, against its predecessor and the head. */
  static Verification verify(List<AuditRecord> records, Head head) {
    var verifier = new Verifier();
    records.forEach(verifier::accept);
    return verifier.finish(head);
  }

  /** Verifies a chain fed one record at a time, so that a long trail need not fit in memory. */
  static final class Verifier {
    private String previous = GENESIS;
    private long expected = 1;
    private long seen;
    private @Nullable Verification broken;

    void accept(AuditRecord record) {
      seen++;
      if (broken != null) {
        return;
      }
      if (record.seq() != expected) {
        broken = Verification.broken(0, expected, "record " + expected + " is missing or out of order");
      } else if (!record.previousHash().equals(previous)) {
        broken = Verification.broken(0, record.seq(), "it does not follow the record before it");
      } else if (!hash(previous, record).equals(record.hash())) {
        broken = Verification.broken(0, record.seq(), "its content does not match its hash");
      } else {
        previous = record.hash();
        expected++;
      }
    }

    Verification finish(Head head) {
      if (broken != null) {
        return Verification.broken(seen, broken.brokenAt(), broken.reason());
      }
      var last = expected - 1;
      if (last > head.seq()) {
        return Verification.broken(seen, head.seq() + 1, "it lies beyond the head of the chain (" + head.seq() + ")");
      }
      if (last < head.seq()) {
        return Verification.broken(seen, last + 1, "it is missing from the end of the chain");
      }
      if (!head.hash().equals(previous)) {
        return Verification.broken(seen, last, "it does not match the head of the chain");
      }
      return Verification.ok(seen);
    }
  }
}
