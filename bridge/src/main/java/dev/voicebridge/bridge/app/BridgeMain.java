package dev.voicebridge.bridge.app;

/** The bridge executable. Placeholder until the bridge core lands. */
public final class BridgeMain {
  private BridgeMain() {}

  /**
   * Starts the bridge.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.out.println("voicebridge: the SIP bridge is not built yet (see issue 4).");
  }
}
