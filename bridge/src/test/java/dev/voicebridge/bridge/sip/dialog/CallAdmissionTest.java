package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallAdmissionTest {

  @Test
  void admitsUpToTheMaximumAndAgainAfterARelease() {
    CallAdmission admission = new CallAdmission(2);

    assertThat(admission.tryAdmit()).isTrue();
    assertThat(admission.tryAdmit()).isTrue();
    assertThat(admission.tryAdmit()).isFalse();
    admission.release();

    assertThat(admission.tryAdmit()).isTrue();
    assertThat(admission.calls()).isEqualTo(2);
  }

  @Test
  void admitsNothingWithZeroCapacity() {
    assertThat(new CallAdmission(0).tryAdmit()).isFalse();
  }
}
