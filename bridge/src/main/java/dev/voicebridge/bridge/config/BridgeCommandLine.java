package dev.voicebridge.bridge.config;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The bridge's command line: options over the YAML file over the environment over the defaults.
 *
 * <p>{@link #parse} never prints and never exits; it returns what the executable should do, so
 * that every outcome is testable:
 *
 * <pre>{@code
 * BridgeCommandLine.Result result = BridgeCommandLine.parse(args, System.getenv());
 * if (result instanceof BridgeCommandLine.Exit exit) {
 *   (exit.exitCode() == 0 ? System.out : System.err).print(exit.text());
 *   System.exit(exit.exitCode());
 * }
 * BridgeConfig config = ((BridgeCommandLine.Run) result).config();
 * }</pre>
 */
@Command(
    name = "voicebridge",
    mixinStandardHelpOptions = true,
    versionProvider = BridgeCommandLine.Version.class,
    sortOptions = false,
    description = "Answers SIP calls and bridges their audio to Azure AI Voice Live.",
    footer = {
        "",
        "Environment:",
        "  VOICELIVE_API_KEY   Voice Live API key (the variable name can be changed in the YAML)",
        "  VOICELIVE_TOKEN     Microsoft Entra bearer token, used when no API key is set",
        "  VOICELIVE_ENDPOINT  overrides voice-live.endpoint",
        "",
        "Precedence: options > environment > configuration file > defaults.",
        "Exit codes: 0 ok, 2 bad command line, 78 bad configuration."})
public final class BridgeCommandLine {
  /** Help, version or a printed configuration: nothing went wrong. */
  public static final int EXIT_OK = 0;
  /** An unknown option or a malformed option value (picocli's usage code). */
  public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;
  /** The configuration is invalid: {@code EX_CONFIG} from sysexits.h, which systemd recognises. */
  public static final int EXIT_CONFIG = 78;

  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML configuration file; without it, defaults and the options below apply.")
  private Path config;

  @Option(names = "--sip-port", paramLabel = "N",
      description = "SIP UDP port, and TCP port unless the file sets tcp-port (default 5060).")
  private Integer sipPort;

  @Option(names = "--rtp-ports", paramLabel = "LO-HI",
      description = "RTP port range, LO even (default 10000-20000).")
  private String rtpPorts;

  @Option(names = "--voicelive-endpoint", paramLabel = "URL",
      description = "Voice Live endpoint, e.g. wss://NAME.services.ai.azure.com; empty starts "
          + "the embedded local server.")
  private String endpoint;

  @Option(names = "--advertised-address", paramLabel = "IP",
      description = "Public IP written into SIP headers and SDP, for a bridge behind NAT.")
  private String advertisedAddress;

  @Option(names = "--max-calls", paramLabel = "N",
      description = "Concurrent calls before 503 (default 100).")
  private Integer maxCalls;

  @Option(names = "--log-level", paramLabel = "LEVEL",
      description = "trace, debug, info, warn, error or off (default info).")
  private String logLevel;

  @Option(names = "--print-config",
      description = "Print the effective configuration (credentials masked) and exit.")
  private boolean printConfig;

  private BridgeCommandLine() {}

  /** What the executable should do. */
  public sealed interface Result permits Run, Exit {}

  /**
   * Start the bridge with this configuration.
   *
   * @param config the effective configuration
   */
  public record Run(BridgeConfig config) implements Result {
    /** Checks the component. */
    public Run {
      Objects.requireNonNull(config, "config");
    }
  }

  /**
   * Print the text and exit with the code: standard output for {@value #EXIT_OK}, standard error
   * otherwise.
   *
   * @param exitCode the process exit code
   * @param text what to print, ending in a newline
   */
  public record Exit(int exitCode, String text) implements Result {
    /** Checks the component. */
    public Exit {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Parses the command line and loads the configuration.
   *
   * @param args the program arguments
   * @param env the environment, usually {@code System.getenv()}
   * @return {@link Run} with the configuration, or {@link Exit} for help, version, a printed
   *     configuration or an error
   */
  public static Result parse(String[] args, Map<String, String> env) {
    BridgeCommandLine options = new BridgeCommandLine();
    CommandLine commandLine = new CommandLine(options);
    try {
      commandLine.parseArgs(args);
    } catch (ParameterException e) {
      return new Exit(EXIT_USAGE, e.getMessage() + "\n" + commandLine.getUsageMessage());
    }
    if (commandLine.isUsageHelpRequested()) {
      return new Exit(EXIT_OK, commandLine.getUsageMessage());
    }
    if (commandLine.isVersionHelpRequested()) {
      StringWriter version = new StringWriter();
      commandLine.printVersionHelp(new PrintWriter(version, true));
      return new Exit(EXIT_OK, version.toString());
    }
    try {
      BridgeConfig config = options.load(env);
      return options.printConfig
          ? new Exit(EXIT_OK, EffectiveConfig.toYaml(config))
          : new Run(config);
    } catch (ConfigException e) {
      return new Exit(EXIT_CONFIG, "voicebridge: invalid configuration: " + e.getMessage() + "\n");
    }
  }

  private BridgeConfig load(Map<String, String> env) throws ConfigException {
    ConfigLoader loader = new ConfigLoader(env);
    if (config != null) {
      loader.file(config);
    }
    if (sipPort != null) {
      loader.override("sip.udp-port", sipPort.toString(), "--sip-port");
    }
    if (rtpPorts != null) {
      loader.override("rtp.port-range", rtpPorts, "--rtp-ports");
    }
    if (endpoint != null) {
      loader.override("voice-live.endpoint", endpoint, "--voicelive-endpoint");
    }
    if (advertisedAddress != null) {
      // One public address for both: behind NAT, signalling and media leave through the same IP.
      loader.override("sip.advertised-host", advertisedAddress, "--advertised-address");
      loader.override("rtp.advertised-address", advertisedAddress, "--advertised-address");
    }
    if (maxCalls != null) {
      loader.override("sip.max-concurrent-calls", maxCalls.toString(), "--max-calls");
    }
    if (logLevel != null) {
      loader.override("logging.level", logLevel, "--log-level");
    }
    return loader.load();
  }

  /** The version from the jar manifest; a build from the IDE has none. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = BridgeCommandLine.class.getPackage().getImplementationVersion();
      return new String[] {"voicebridge " + (version == null ? "(development build)" : version)};
    }
  }
}
