package dev.voicebridge.bridge.app;

import java.io.File;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real SIPp (Debian package {@code sip-tester}) as a process: one scenario from {@code
 * deploy/sipp/scenarios/}, one call, on loopback, with its output and error log kept under {@code
 * bridge/target/sipp/<name>/} for CI logs.
 */
final class Sipp {
  static final Path BINARY = Path.of("/usr/bin/sipp");

  /** The directory the scenarios are written for (they name {@code pcap/...} from there). */
  static final Path SIPP_DIR = repositoryRoot().resolve("deploy/sipp");

  private static final Path OUTPUT_ROOT = repositoryRoot().resolve("bridge/target/sipp");
  /** SIPp's own limit on the whole run; {@link #run} waits a little longer for the process. */
  private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
  private static final int TAIL_CHARS = 4_000;

  private final String scenario;
  private final Map<String, String> keys = new LinkedHashMap<>();
  private Duration pause = Duration.ZERO;

  private Sipp(String scenario) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
  }

  /** A run of {@code deploy/sipp/scenarios/<name>.xml}. */
  static Sipp scenario(String name) {
    return new Sipp(name);
  }

  /** Whether SIPp is installed where Debian puts it. */
  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /** Sets a scenario key ({@code -key name value}). */
  Sipp key(String name, String value) {
    keys.put(name, value);
    return this;
  }

  /** How long each {@code <pause/>} without its own length lasts ({@code -d}). */
  Sipp pause(Duration length) {
    pause = length;
    return this;
  }

  /**
   * Places one call to {@code target} and waits for SIPp to exit.
   *
   * @param name names the output directory under {@code bridge/target/sipp/}
   */
  Result call(String name, InetSocketAddress target) throws IOException, InterruptedException {
    Path out = OUTPUT_ROOT.resolve(name);
    Files.createDirectories(out);
    int sipPort = freeUdpPort(1);
    // SIPp binds the media port and the one two above it (audio and video echo); the pcap is
    // played from the SDP's [auto_media_port], which is the media port for the first call.
    int mediaPort = freeUdpPort(4);
    // The remote control socket (0.0.0.0:8888 by default) would clash with a concurrent SIPp.
    int controlPort = freeUdpPort(1);
    List<String> command = new ArrayList<>(List.of(BINARY.toString(),
        "-sf", "scenarios/" + scenario + ".xml",
        "-i", "127.0.0.1", "-mi", "127.0.0.1",
        "-p", Integer.toString(sipPort), "-mp", Integer.toString(mediaPort),
        "-cp", Integer.toString(controlPort),
        "-m", "1", "-nostdin",
        "-timeout", SIPP_TIMEOUT.toSeconds() + "s", "-timeout_error",
        "-d", Long.toString(pause.toMillis()),
        "-trace_err", "-error_file", out.resolve("errors.log").toString(),
        "-trace_msg", "-message_file", out.resolve("messages.log").toString(),
        "-trace_screen", "-screen_file", out.resolve("screen.log").toString()));
    keys.forEach((k, v) -> command.addAll(List.of("-key", k, v)));
    command.add(target.getAddress().getHostAddress() + ":" + target.getPort());

    Path output = out.resolve("output.log");
    Files.writeString(output, String.join(" ", command) + "\n", StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(command)
        .directory(SIPP_DIR.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    long started = System.nanoTime();
    boolean exited = process.waitFor(SIPP_TIMEOUT.toSeconds() + 15, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return new Result(exited ? process.exitValue() : -1, took, out);
  }

  /**
   * What one SIPp run left behind.
   *
   * @param exitCode SIPp's exit status (0: every call succeeded, 1: some failed, 97: internal
   *     exit, 99: no call placed, 254: cannot bind, 255: fatal), or -1 when it was killed
   * @param took how long the process ran
   * @param directory where its logs are
   */
  record Result(int exitCode, Duration took, Path directory) {
    /**
     * The tails of SIPp's output (its errors and final screens) and of its message log (the SIP
     * exchange), for an assertion message.
     */
    String diagnostics() {
      StringBuilder b = new StringBuilder("sipp exited with ").append(exitCode)
          .append(" after ").append(took.toMillis()).append(" ms; logs in ").append(directory);
      for (String file : List.of("output.log", "messages.log")) {
        b.append("\n--- ").append(file).append(" (tail) ---\n")
            .append(tail(directory.resolve(file)));
      }
      return b.toString();
    }
  }

  private static String tail(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      return text.length() <= TAIL_CHARS
          ? text : "..." + text.substring(text.length() - TAIL_CHARS);
    } catch (IOException e) {
      return "(none: " + e.getMessage() + ")";
    }
  }

  /**
   * An even UDP port with {@code count} consecutive ports free from it on every address (a wildcard
   * bind fails if any address holds the port). Another process may take them before SIPp binds;
   * within a test run that is unlikely enough.
   */
  private static int freeUdpPort(int count) throws SocketException {
    for (int attempt = 0; attempt < 100; attempt++) {
      int first;
      try (DatagramSocket probe = new DatagramSocket(0)) {
        first = probe.getLocalPort() & ~1;
      }
      if (first + count <= 65535 && allFree(first, count)) {
        return first;
      }
    }
    throw new SocketException("no " + count + " consecutive free UDP ports found");
  }

  private static boolean allFree(int first, int count) {
    List<DatagramSocket> held = new ArrayList<>();
    try {
      for (int port = first; port < first + count; port++) {
        held.add(new DatagramSocket(port));
      }
      return true;
    } catch (SocketException e) {
      return false;
    } finally {
      held.forEach(DatagramSocket::close);
    }
  }

  /** Maven runs tests in the module directory and sets {@code basedir} to it. */
  private static Path repositoryRoot() {
    String basedir = System.getProperty("basedir");
    Path module = basedir == null ? Path.of("").toAbsolutePath() : Path.of(basedir);
    return module.getParent();
  }
}
