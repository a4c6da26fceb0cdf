package org.entente.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash chains, computed here and not in the database, so that verifying the trail does not depend on
 * the database's own account of it: {@code hash = SHA-256(previous hash ‖ "\n" ‖ canonical record)}, the
 * canonical record being the JSON array of its fields in a fixed order (with its chain and link, except for
 * the records written before there were several chains, whose form is kept).
 *
 * <p>The trail is {@link #CHAINS} chains, so that audited transactions do not wait for each other's commit:
 * each append takes a head no other transaction holds. Each chain is verified on its own, from the genesis
 * hash to its head: a record changed, removed, inserted or moved (within its chain or to another) breaks the
 * links of its chain or disagrees with a head; every chain must have its head, and every head its chain.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);
  static final int CHAINS = 16;
  private static final JsonMapper json = JsonMapper.builder().build();

  private AuditChain() {}

  static String canonical(AuditRecord r) {
    var fields =
        new ArrayList<@Nullable Object>(
            Arrays.asList(
                r.seq(),
                DateTimeFormatter.ISO_INSTANT.format(r.at()),
                r.actor(),
                r.organisation(),
                r.action(),
                r.entityType(),
                r.entityId(),
                r.summary(),
                r.requestId()));
    if (r.link() != null) {
      fields.add(r.chain());
      fields.add(r.link());
    }
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

  /**
   * The head of a chain as the database keeps it: its last record's place in the chain, number and hash.
   *
   * @param link the last record's place in its chain (0 before the first)
   * @param seq the last record's number in the trail (0 before the first)
   */
  record Head(int chain, long link, long seq, String hash) {
    /** The head of chain 0 as it was when there was one chain: place and number were the same. */
    Head(long seq, String hash) {
      this(0, seq, seq, hash);
    }
  }

  /**
   * The outcome of a verification.
   *
   * @param brokenAt the number (seq) of the first record that does not hold, or the head's last record's, when it
   *     is the end of a chain that was cut
   */
  record Verification(boolean intact, long records, @Nullable Long brokenAt, @Nullable String reason) {
    static Verification ok(long records) {
      return new Verification(true, records, null, null);
    }

    static Verification broken(long records, long at, String reason) {
      return new Verification(false, records, at, reason);
    }
  }

  /** Checks one chain, its records in the order given, against its predecessor and the head. */
  static Verification verify(List<AuditRecord> records, Head head) {
    var verifier = new Verifier(List.of(head));
    records.forEach(verifier::accept);
    return verifier.finish();
  }

  /**
   * Verifies the trail fed one record at a time, each chain's records in the order of their place (chains may
   * come one after the other or interleaved), so that a long trail need not fit in memory.
   */
  static final class Verifier {
    private final Map<Integer, Link> chains = new TreeMap<>();
    private long seen;
    private final List<Verification> unknown = new ArrayList<>();

    Verifier(List<Head> heads) {
      heads.forEach(head -> chains.put(head.chain(), new Link(head)));
    }

    void accept(AuditRecord record) {
      seen++;
      var chain = chains.get(record.chain());
      if (chain == null) {
        unknown.add(Verification.broken(0, record.seq(), "its chain " + record.chain() + " has no head"));
      } else {
        chain.accept(record);
      }
    }

    Verification finish() {
      Verification first = null;
      for (var chain : chains.values()) {
        var result = chain.finish();
        if (result != null && (first == null || result.brokenAt() < first.brokenAt())) {
          first = result;
        }
      }
      for (var result : unknown) {
        if (first == null || result.brokenAt() < first.brokenAt()) {
          first = result;
        }
      }
      return first == null ? Verification.ok(seen) : Verification.broken(seen, first.brokenAt(), first.reason());
    }
  }

  /** One chain: each record must follow the one before it, and the last must be its head. */
  private static final class Link {
    private final Head head;
    private String previous = GENESIS;
    private long previousSeq;
    private long expected = 1;
    private long beyondHead;
    private @Nullable Verification broken;

    Link(Head head) {
      this.head = head;
    }

    void accept(AuditRecord record) {
      if (broken != null) {
        return;
      }
      var where = head.chain() == 0 ? "" : " in chain " + head.chain();
      if (record.place() != expected) {
        broken = Verification.broken(0, record.seq(),
            "record " + expected + where + " is missing or out of order before it");
      } else if (!record.previousHash().equals(previous)) {
        broken = Verification.broken(0, record.seq(), "it does not follow the record before it" + where);
      } else if (!hash(previous, record).equals(record.hash())) {
        broken = Verification.broken(0, record.seq(), "its content does not match its hash");
      } else if (record.seq() <= previousSeq) {
        broken = Verification.broken(0, record.seq(), "its number is not after the record before it" + where);
      } else {
        if (record.place() == head.link() + 1) {
          beyondHead = record.seq();
        }
        previous = record.hash();
        previousSeq = record.seq();
        expected++;
      }
    }

    @Nullable Verification finish() {
      if (broken != null) {
        return broken;
      }
      var where = head.chain() == 0 ? "" : " of chain " + head.chain();
      var last = expected - 1;
      if (last > head.link()) {
        return Verification.broken(0, beyondHead, "it lies beyond the head" + where + " (" + head.link() + ")");
      }
      if (last < head.link()) {
        return Verification.broken(0, head.seq(), "it is missing from the end" + where);
      }
      if (!head.hash().equals(previous)) {
        return Verification.broken(0, head.seq(), "it does not match the head" + where);
      }
      return null;
    }
  }
}
