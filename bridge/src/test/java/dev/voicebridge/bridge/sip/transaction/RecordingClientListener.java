package dev.voicebridge.bridge.sip.transaction;

import gov.nist.javax.sip.message.SIPResponse;
import java.util.ArrayList;
import java.util.List;

/** Records what a client transaction reports, as status codes and failures. */
final class RecordingClientListener implements ClientTransactionListener {
  final List<Integer> provisional = new ArrayList<>();
  final List<Integer> finals = new ArrayList<>();
  final List<TransactionFailure> failures = new ArrayList<>();

  @Override
  public void onProvisionalResponse(SIPResponse response) {
    provisional.add(response.getStatusCode());
  }

  @Override
  public void onFinalResponse(SIPResponse response) {
    finals.add(response.getStatusCode());
  }

  @Override
  public void onFailure(TransactionFailure failure) {
    failures.add(failure);
  }
}
