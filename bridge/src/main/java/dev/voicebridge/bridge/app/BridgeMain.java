package dev.voicebridge.bridge.app;

import dev.voicebridge.bridge.config.BridgeCommandLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bridge executable. */
public final class BridgeMain {
  private static final Logger log = LoggerFactory.getLogger(BridgeMain.class);

  private BridgeMain() {}

  /**
   * Starts the bridge and runs until the JVM is stopped.
   *
   * @param args command-line arguments (see {@code --help})
   */
  public static void main(String[] args) throws Exception {
    BridgeCommandLine.Result result = BridgeCommandLine.parse(args, System.getenv());
    if (result instanceof BridgeCommandLine.Exit exit) {
      (exit.exitCode() == 0 ? System.out : System.err).println(exit.text());
      System.exit(exit.exitCode());
      return;
    }
    Bridge bridge = new Bridge(((BridgeCommandLine.Run) result).config()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(bridge::stop, "bridge-shutdown"));
    log.info("voicebridge listening ({}): SIP UDP {}, Voice Live {}", bridge.transportName(),
        bridge.sipUdpAddress(),
        bridge.localServerEndpoint().map(e -> e + " (local)").orElse("remote"));
  }
}
