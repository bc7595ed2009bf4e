package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.DialogListener;
import dev.voicebridge.bridge.sip.TerminationReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogNotifierTest {
  private final List<String> heard = new ArrayList<>();
  private final DialogListener listener = new DialogListener() {
    @Override
    public void onAck(byte[] sdp) {
      heard.add("ack");
    }

    @Override
    public void onTerminated(TerminationReason reason) {
      heard.add(reason.name());
    }
  };
  private final DialogNotifier notifier = new DialogNotifier("call");

  @Test
  void deliversOnlyTheFirstEndingAndNothingAfterIt() {
    notifier.listen(listener);

    notifier.ended(TerminationReason.NO_ACK);
    notifier.ended(TerminationReason.SHUTDOWN);
    notifier.notify(l -> l.onAck(null));

    assertThat(heard).containsExactly("NO_ACK");
  }

  @Test
  void keepsAnEndingThatCameBeforeTheListener() {
    notifier.ended(TerminationReason.REJECTED);

    notifier.listen(listener);

    assertThat(heard).containsExactly("REJECTED");
  }

  @Test
  void mapsCancelAndByeToTheirOwnCallbacksWhichDefaultToOnTerminated() {
    DialogNotifier other = new DialogNotifier("other");
    other.listen(listener);
    notifier.listen(listener);

    notifier.ended(TerminationReason.CANCELLED);
    other.ended(TerminationReason.REMOTE_BYE);

    assertThat(heard).containsExactly("CANCELLED", "REMOTE_BYE");
  }

  @Test
  void survivesAListenerThatThrows() {
    notifier.listen(reason -> {
      throw new IllegalStateException("call layer bug");
    });

    notifier.ended(TerminationReason.LOCAL_BYE);

    assertThat(notifier.hasListener()).isTrue();
  }
}
