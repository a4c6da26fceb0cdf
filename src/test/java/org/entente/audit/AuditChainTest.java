package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.audit.AuditChain.Head;
import org.junit.jupiter.api.Test;

/**
 * Any single change to the trail is detected and located: a field updated, a record deleted, a forged one
 * inserted, two swapped — each tried on random records of a random chain, a thousand times and more.
 */
class AuditChainTest {

  private static final int TRIALS = 300; // per kind of tampering; four kinds
  private final Random random = new Random(20261122L);

  private List<AuditRecord> chain(int length) {
    var records = new ArrayList<AuditRecord>();
    var previous = AuditChain.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      var record = unsigned(seq, "actor" + random.nextInt(50), "ACTION_" + random.nextInt(9), previous);
      var hash = AuditChain.hash(previous, record);
      records.add(withHash(record, hash));
      previous = hash;
    }
    return records;
  }

  private AuditRecord unsigned(long seq, String actor, String action, String previous) {
    return new AuditRecord(seq, Instant.parse("2026-11-22T10:00:00Z").plusMillis(seq * 1337), actor,
        random.nextBoolean() ? "GEO" : null, action, "user", "id-" + seq, "{\"n\":" + seq + "}", "req" + seq, previous, "");
  }


  private static Head head(List<AuditRecord> records) {
    var last = records.getLast();
    return new Head(last.seq(), last.hash());
  }

  @Test
  void anUntouchedChainIsIntact() {
    for (int i = 0; i < 20; i++) {
      var records = chain(1 + random.nextInt(60));
      var result = AuditChain.verify(records, head(records));
      assertThat(result.intact()).isTrue();
      assertThat(result.records()).isEqualTo(records.size());
    }
    assertThat(AuditChain.verify(List.of(), new Head(0, AuditChain.GENESIS)).intact()).isTrue();
  }

  @Test
  void anyFieldChangedInAnyRecordIsFoundThere() {
    for (int trial = 0; trial < TRIALS; trial++) {
      var records = new ArrayList<>(chain(2 + random.nextInt(60)));
      var head = head(records);
      var k = random.nextInt(records.size());
      var r = records.get(k);
      var tampered =
          switch (random.nextInt(10)) {
            case 0 -> new AuditRecord(r.seq(), r.at().plusSeconds(1), r.actor(), r.organisation(), r.action(), r.entityType(), r.entityId(), r.summary(), r.requestId(), r.previousHash(), r.hash());
            case 1 -> new AuditRecord(r.seq(), r.at(), r.actor() + "x", r.organisation(), r.action(), r.entityType(), r.entityId(), r.summary(), r.requestId(), r.previousHash(), r.hash());
            case 2 -> new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation() == null ? "JOR" : null, r.action(), r.entityType(), r.entityId(), r.summary(), r.requestId(), r.previousHash(), r.hash());
            case 3 -> new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), "SOMETHING_ELSE", r.entityType(), r.entityId(), r.summary(), r.requestId(), r.previousHash(), r.hash());
            case 4 -> new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), null, r.entityId(), r.summary(), r.requestId(), r.previousHash(), r.hash());
            case 5 -> new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), r.entityType(), r.entityId() + "0", r.summary(), r.requestId(), r.previousHash(), r.hash());
            case 6 -> new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), r.entityType(), r.entityId(), "{\"n\":-1}", r.requestId(), r.previousHash(), r.hash());
            case 7 -> new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), r.entityType(), r.entityId(), r.summary(), null, r.previousHash(), r.hash());
            case 8 -> new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), r.entityType(), r.entityId(), r.summary(), r.requestId(), "f".repeat(64), r.hash());
            default -> withHash(r, "e".repeat(64));
          };
      records.set(k, tampered);
      var result = AuditChain.verify(records, head);
      assertThat(result.intact()).as("trial %d", trial).isFalse();
      assertThat(result.brokenAt()).as("trial %d", trial).isEqualTo(r.seq());
    }
  }

  @Test
  void anyRecordDeletedIsFound() {
    for (int trial = 0; trial < TRIALS; trial++) {
      var records = new ArrayList<>(chain(2 + random.nextInt(60)));
      var head = head(records);
      var k = random.nextInt(records.size());
      var removed = records.remove(k);
      var result = AuditChain.verify(records, head);
      assertThat(result.intact()).as("trial %d", trial).isFalse();
      // the last one's absence shows against the head; any other's at the record that no longer follows
      var at = k == records.size() ? removed.seq() : records.get(k).seq();
      assertThat(result.brokenAt()).as("trial %d", trial).isEqualTo(at);
    }
  }

  @Test
  void anyRecordInsertedIsFoundEvenWithAValidHash() {
    for (int trial = 0; trial < TRIALS; trial++) {
      var records = new ArrayList<>(chain(2 + random.nextInt(60)));
      var head = head(records);
      var k = random.nextInt(records.size()); // insert after record k
      var before = records.get(k);
      var forged = unsigned(before.seq() + 1, "intruder", "USER_CREATED", before.hash());
      records.add(k + 1, withHash(forged, AuditChain.hash(before.hash(), forged)));
      var result = AuditChain.verify(records, head);
      assertThat(result.intact()).as("trial %d", trial).isFalse();
      // the forgery chains onto its predecessor; what follows it (or the head) no longer fits
      assertThat(result.brokenAt()).as("trial %d", trial).isBetween(before.seq() + 1, before.seq() + 2);
    }
  }

  @Test
  void anyTwoRecordsSwappedAreFound() {
    for (int trial = 0; trial < TRIALS; trial++) {
      var records = new ArrayList<>(chain(2 + random.nextInt(60)));
      var head = head(records);
      var i = random.nextInt(records.size() - 1);
      var j = i + 1 + random.nextInt(records.size() - i - 1);
      java.util.Collections.swap(records, i, j);
      var result = AuditChain.verify(records, head);
      assertThat(result.intact()).as("trial %d", trial).isFalse();
      // found where the first moved record stands
      assertThat(result.brokenAt()).as("trial %d", trial).isEqualTo(records.get(i).seq());
    }
  }

  @Test
  void aHeadChangedAloneIsFound() {
    var records = chain(10);
    assertThat(AuditChain.verify(records, new Head(10, "a".repeat(64))).intact()).isFalse();
    assertThat(AuditChain.verify(records, new Head(11, records.getLast().hash())).intact()).isFalse();
  }

  // --- several chains, as the trail is written since per-writer chains (V65)

  /** A trail of {@code chains} chains written by interleaved appends, numbered from {@code firstSeq}. */
  private record Trail(List<AuditRecord> records, List<Head> heads) {}

  private Trail trail(int chains, int length, long firstSeq) {
    var previous = new String[chains];
    var links = new long[chains];
    var lastSeq = new long[chains];
    java.util.Arrays.fill(previous, AuditChain.GENESIS);
    var records = new ArrayList<AuditRecord>();
    var seq = firstSeq;
    for (int n = 0; n < length; n++) {
      var chain = random.nextInt(chains);
      seq += 1 + (random.nextInt(5) == 0 ? 1 : 0); // a rolled-back transaction leaves a gap now and then
      var r = unsigned(seq, "actor" + random.nextInt(50), "ACTION_" + random.nextInt(9), previous[chain]);
      var placed = new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), r.entityType(), r.entityId(),
          r.summary(), r.requestId(), r.previousHash(), "", chain, ++links[chain]);
      var hash = AuditChain.hash(previous[chain], placed);
      records.add(withHash(placed, hash));
      previous[chain] = hash;
      lastSeq[chain] = seq;
    }
    var heads = new ArrayList<Head>();
    for (int c = 0; c < chains; c++) {
      heads.add(new Head(c, links[c], lastSeq[c], previous[c]));
    }
    return new Trail(records, heads);
  }

  private static AuditRecord withHash(AuditRecord r, String hash) {
    return new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), r.entityType(), r.entityId(),
        r.summary(), r.requestId(), r.previousHash(), hash, r.chain(), r.link());
  }

  private static AuditChain.Verification verify(List<AuditRecord> records, List<Head> heads) {
    var verifier = new AuditChain.Verifier(heads);
    // as the database hands them over: chain by chain, each in its order
    records.stream()
        .sorted(java.util.Comparator.comparingInt(AuditRecord::chain).thenComparingLong(AuditRecord::place))
        .forEach(verifier::accept);
    return verifier.finish();
  }

  @Test
  void interleavedChainsWithGapsInTheNumbersAreIntact() {
    for (int i = 0; i < 20; i++) {
      var trail = trail(1 + random.nextInt(AuditChain.CHAINS), 1 + random.nextInt(200), random.nextInt(1000));
      var result = verify(trail.records(), trail.heads());
      assertThat(result.intact()).as(result.reason()).isTrue();
      assertThat(result.records()).isEqualTo(trail.records().size());
    }
  }

  @Test
  void inSeveralChainsAnyChangeDeletionOrMoveIsFoundAtItsRecord() {
    for (int trial = 0; trial < TRIALS; trial++) {
      var trail = trail(AuditChain.CHAINS, 40 + random.nextInt(200), 0);
      var records = new ArrayList<>(trail.records());
      var k = random.nextInt(records.size());
      var r = records.get(k);
      var kind = random.nextInt(5);
      switch (kind) {
        case 0 -> records.set(k, new AuditRecord(r.seq(), r.at(), "mallory", r.organisation(), r.action(), r.entityType(),
            r.entityId(), r.summary(), r.requestId(), r.previousHash(), r.hash(), r.chain(), r.link()));
        case 1 -> records.remove(k);
        // moved to another chain, at the end of it: the hash covers the chain, and the first chain has a hole
        case 2 -> records.set(k, new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), r.entityType(),
            r.entityId(), r.summary(), r.requestId(), r.previousHash(), r.hash(), (r.chain() + 1) % AuditChain.CHAINS, 1000L));
        // renumbered: the hash covers its place
        case 3 -> records.set(k, new AuditRecord(r.seq() + 100_000, r.at(), r.actor(), r.organisation(), r.action(),
            r.entityType(), r.entityId(), r.summary(), r.requestId(), r.previousHash(), r.hash(), r.chain(), r.link()));
        default -> records.set(k, new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), r.entityType(),
            r.entityId(), r.summary(), r.requestId(), r.previousHash(), r.hash(), r.chain(), r.link() + 1));
      }
      var result = verify(records, trail.heads());
      assertThat(result.intact()).as("trial %d, kind %d", trial, kind).isFalse();
      // found at the record itself or, when it is gone from its place, no later than the next one of its chain
      var next = trail.records().stream()
          .filter(x -> x.chain() == r.chain() && x.place() == r.place() + 1).findFirst();
      var expected = new java.util.HashSet<Long>(List.of(r.seq(), r.seq() + 100_000));
      next.ifPresent(x -> expected.add(x.seq()));
      assertThat(expected).as("trial %d, kind %d: %s", trial, kind, result.reason()).contains(result.brokenAt());
    }
  }

  @Test
  void theEndOfAnyChainCutIsFoundAgainstItsHeadAndAMissingHeadOrChainToo() {
    var trail = trail(AuditChain.CHAINS, 400, 0);
    for (int chain = 0; chain < AuditChain.CHAINS; chain++) {
      int c = chain;
      var last = trail.records().stream().filter(r -> r.chain() == c).reduce((a, b) -> b).orElseThrow();
      var cut = new ArrayList<>(trail.records());
      cut.remove(last);
      var result = verify(cut, trail.heads());
      assertThat(result.intact()).isFalse();
      assertThat(result.brokenAt()).isEqualTo(last.seq());
      assertThat(result.reason()).contains("end");
      // the whole chain gone, its head reset to the genesis: the record before the chain's records would be
      // needed to hide it; here the head still names its last record
      var withoutChain = new ArrayList<>(trail.records());
      withoutChain.removeIf(r -> r.chain() == c);
      assertThat(verify(withoutChain, trail.heads()).intact()).isFalse();
      // a chain whose head is gone is refused for each of its records
      var heads = new ArrayList<>(trail.heads());
      heads.removeIf(h -> h.chain() == c);
      assertThat(verify(trail.records(), heads).intact()).isFalse();
    }
  }
}
