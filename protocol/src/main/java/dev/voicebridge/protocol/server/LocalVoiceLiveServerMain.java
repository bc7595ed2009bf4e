package dev.voicebridge.protocol.server;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link LocalVoiceLiveServer} from the command line:
 *
 * <pre>
 * java -jar voicelive-local-server.jar --port 8765 [--host 127.0.0.1] [--api-key KEY]
 *     [--bearer-token TOKEN] [--agent echo|tone] [--chunk-ms 100] [--speedup 4]
 * </pre>
 *
 * <p>Point a Voice Live client's endpoint at the printed {@code http://} address. Runs until
 * interrupted (Ctrl-C), then closes every session.
 */
public final class LocalVoiceLiveServerMain {
  private static final String LOGBACK_CONFIG = "logback.configurationFile";

  private LocalVoiceLiveServerMain() {}

  /**
   * Parses the options, starts the server and waits for shutdown.
   *
   * @param args the options above; {@code --help} prints them
   * @throws InterruptedException if interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    // Before the first logger exists: Netty's debug chatter would drown the server's own lines.
    if (System.getProperty(LOGBACK_CONFIG) == null) {
      System.setProperty(
          LOGBACK_CONFIG, "dev/voicebridge/protocol/server/local-server-logback.xml");
    }
    LocalServerConfig config;
    try {
      config = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      usage(System.err);
      System.exit(2);
      return;
    }
    if (config == null) {
      usage(System.out);
      return;
    }
    LocalVoiceLiveServer server = LocalVoiceLiveServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "local-server-shutdown"));
    System.out.println(
        "Voice Live local server: endpoint "
            + server.endpoint()
            + " (ws://"
            + server.endpoint().getAuthority()
            + RealtimeUpgradeHandler.PATH
            + ")");
    stopped.await();
  }

  /** Returns the configuration, or null when help was asked for. */
  static LocalServerConfig parse(String[] args) {
    LocalServerConfig.Builder builder = LocalServerConfig.newBuilder();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(integer(option, value));
        case "--host" -> builder.host(value);
        case "--api-key" -> builder.apiKey(value);
        case "--bearer-token" -> builder.bearerToken(value);
        case "--agent" -> builder.agent(value);
        case "--chunk-ms" -> builder.outputChunkMs(integer(option, value));
        case "--speedup" ->
            builder.outputSpeedup(
                value.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(value));
        case "--max-append-bytes" -> builder.maxAppendBytes(integer(option, value));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return builder.build();
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs an integer, got '" + value + "'");
    }
  }

  private static void usage(PrintStream out) {
    out.println("usage: java -jar voicelive-local-server.jar [options]");
    out.println("  --port N            TCP port (default 0: any free port, printed)");
    out.println("  --host H            address to bind (default 127.0.0.1)");
    out.println("  --api-key KEY       require this api-key (default: accept any)");
    out.println("  --bearer-token T    require this Authorization: Bearer token");
    out.println("  --agent NAME        echo (default) or tone");
    out.println("  --chunk-ms N        audio per response.audio.delta (default 100)");
    out.println("  --speedup X         delta pacing, multiple of realtime or 'inf' (default 4)");
    out.println("  --max-append-bytes N  largest decoded append (default 15 MiB)");
  }
}
