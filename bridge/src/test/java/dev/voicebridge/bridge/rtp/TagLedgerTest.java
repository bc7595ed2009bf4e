package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagLedgerTest {

  @Test
  void countsPerTag() {
    TagLedger ledger = new TagLedger();
    ledger.queued(7);
    ledger.queued(7);
    ledger.queued(8);
    ledger.sent(7);
    ledger.dropped(8);

    int seven = ledger.indexOf(7);
    int eight = ledger.indexOf(8);
    assertThat(ledger.queuedFrames(seven)).isEqualTo(2);
    assertThat(ledger.sentFrames(seven)).isEqualTo(1);
    assertThat(ledger.droppedFrames(eight)).isEqualTo(1);
    assertThat(ledger.indexOf(9)).isEqualTo(-1);
  }

  @Test
  void forgetsTheOldestTagPastItsCapacity() {
    TagLedger ledger = new TagLedger();
    for (int tag = 0; tag <= TagLedger.CAPACITY; tag++) {
      ledger.queued(tag);
    }

    assertThat(ledger.indexOf(0)).isEqualTo(-1);
    assertThat(ledger.indexOf(1)).isNotNegative();
    assertThat(ledger.queuedFrames(ledger.indexOf(TagLedger.CAPACITY))).isEqualTo(1);
  }

  @Test
  void aRecordIsResetWhenReused() {
    TagLedger ledger = new TagLedger();
    ledger.sent(0);
    for (int tag = 1; tag <= TagLedger.CAPACITY; tag++) {
      ledger.queued(tag); // the last one reuses tag 0's record
    }
    ledger.queued(0);

    assertThat(ledger.sentFrames(ledger.indexOf(0))).isZero();
  }
}
