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

  private static AuditRecord withHash(AuditRecord r, String hash) {
    return new AuditRecord(r.seq(), r.at(), r.actor(), r.organisation(), r.action(), r.entityType(), r.entityId(),
        r.summary(), r.requestId(), r.previousHash(), hash);
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
      // the last one's absence shows against the head; any other's as a gap where it stood
      assertThat(result.brokenAt()).as("trial %d", trial).isEqualTo(removed.seq());
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
      assertThat(result.brokenAt()).as("trial %d", trial).isEqualTo(i + 1L);
    }
  }

  @Test
  void aHeadChangedAloneIsFound() {
    var records = chain(10);
    assertThat(AuditChain.verify(records, new Head(10, "a".repeat(64))).intact()).isFalse();
    assertThat(AuditChain.verify(records, new Head(11, records.getLast().hash())).intact()).isFalse();
  }
}
