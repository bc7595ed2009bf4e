package dev.voicebridge.bridge.sip.dialog;

import dev.voicebridge.bridge.sip.DialogListener;
import dev.voicebridge.bridge.sip.IncomingInvite;
import dev.voicebridge.bridge.sip.InviteHandler;
import dev.voicebridge.bridge.sip.ReInvite;
import dev.voicebridge.bridge.sip.TerminationReason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A call layer for tests: records every INVITE and every dialog event as a short string
 * ({@code ack:null}, {@code bye}, {@code terminated:NO_ACK}...), and answers INVITEs as told.
 */
final class RecordingCallLayer implements InviteHandler {
  final List<IncomingInvite> invites = new ArrayList<>();
  final List<String> events = new ArrayList<>();
  final List<ReInvite> reInvites = new ArrayList<>();
  private Consumer<IncomingInvite> onInvite = invite -> {};
  private Consumer<ReInvite> onReInvite;

  /** What to do with each INVITE (nothing by default: the test answers later). */
  RecordingCallLayer answering(Consumer<IncomingInvite> action) {
    this.onInvite = action;
    return this;
  }

  /** What to do with each re-INVITE (the default listener refuses it with 488). */
  RecordingCallLayer answeringReInvites(Consumer<ReInvite> action) {
    this.onReInvite = action;
    return this;
  }

  IncomingInvite lastInvite() {
    return invites.get(invites.size() - 1);
  }

  @Override
  public DialogListener onInvite(IncomingInvite invite) {
    invites.add(invite);
    onInvite.accept(invite);
    return new DialogListener() {
      @Override
      public void onAck(byte[] sdp) {
        events.add("ack:" + (sdp == null ? "null" : new String(sdp, StandardCharsets.UTF_8)
            .lines().findFirst().orElse("")));
      }

      @Override
      public void onCancelled() {
        events.add("cancelled");
      }

      @Override
      public void onBye() {
        events.add("bye");
      }

      @Override
      public void onReInvite(ReInvite reInvite) {
        events.add("reinvite");
        reInvites.add(reInvite);
        if (onReInvite != null) {
          onReInvite.accept(reInvite);
        } else {
          DialogListener.super.onReInvite(reInvite);
        }
      }

      @Override
      public void onInfo(String contentType, byte[] body) {
        events.add("info:" + contentType);
      }

      @Override
      public void onTerminated(TerminationReason reason) {
        events.add("terminated:" + reason);
      }
    };
  }
}
