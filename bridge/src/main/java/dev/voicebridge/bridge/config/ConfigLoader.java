package dev.voicebridge.bridge.config;

import dev.voicebridge.bridge.config.YamlNode.Mapping;
import dev.voicebridge.bridge.config.YamlNode.Scalar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads a {@link BridgeConfig} from YAML, the environment and overrides, in that order of
 * precedence (later wins).
 *
 * <p>Overrides are applied to the YAML tree before it is read, so a bad value from the command
 * line is checked, and reported, exactly like one from the file: {@code sip.udp-port: must be
 * 1-65535, got 70000 (--sip-port)}. Anything missing takes its default.
 *
 * <pre>{@code
 * BridgeConfig config = new ConfigLoader(System.getenv())
 *     .file(Path.of("/etc/voicebridge/config.yaml"))
 *     .override("sip.udp-port", "5070", "--sip-port")
 *     .load();
 * }</pre>
 *
 * <p>Not thread-safe; use one loader per load.
 */
public final class ConfigLoader {
  /** Overrides {@code voice-live.endpoint}. */
  public static final String ENDPOINT_ENV = "VOICELIVE_ENDPOINT";

  /** Configuration files beyond this are refused: a real one is a few KiB. */
  static final long MAX_FILE_BYTES = 1024 * 1024;

  private final Map<String, String> env;
  private final List<Override> overrides = new ArrayList<>();
  private Mapping tree = Mapping.empty("defaults");

  /**
   * A loader reading credentials and overrides from these environment variables.
   *
   * @param env the environment, usually {@code System.getenv()}
   */
  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
  }

  /**
   * Reads the YAML file.
   *
   * @param file the configuration file; errors name it as given
   * @return this loader
   * @throws ConfigException if it cannot be read or is not valid YAML
   */
  public ConfigLoader file(Path file) throws ConfigException {
    String text;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new ConfigException(file + ": larger than " + MAX_FILE_BYTES + " bytes");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such file", e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    return yaml(text, file.toString());
  }

  /**
   * Uses YAML text instead of a file.
   *
   * @param text the YAML
   * @param name how errors name it
   * @return this loader
   * @throws ConfigException if it is not valid YAML
   */
  public ConfigLoader yaml(String text, String name) throws ConfigException {
    tree = YamlTree.parse(text, name);
    return this;
  }

  /**
   * Sets one value over the YAML, as if the file said so.
   *
   * @param path dotted YAML path, e.g. {@code sip.udp-port}
   * @param value the value as it would be written in YAML
   * @param source how errors name where it came from, e.g. {@code --sip-port}
   * @return this loader
   */
  public ConfigLoader override(String path, String value, String source) {
    overrides.add(new Override(List.of(path.split("\\.")), Scalar.injected(value, source)));
    return this;
  }

  private record Override(List<String> path, Scalar value) {}

  /**
   * Reads the configuration: the YAML, then the environment, then the overrides over both.
   *
   * @return the configuration
   * @throws ConfigException naming the first bad setting and where it came from
   */
  public BridgeConfig load() throws ConfigException {
    Mapping effective = tree;
    String endpoint = env.get(ENDPOINT_ENV);
    if (endpoint != null && !endpoint.isBlank()) {
      effective = effective.with(List.of("voice-live", "endpoint"),
          Scalar.injected(endpoint, "environment variable " + ENDPOINT_ENV));
    }
    for (Override override : overrides) {
      effective = effective.with(override.path(), override.value());
    }
    return BridgeConfig.from(new ConfigNode("", effective, env));
  }

  /**
   * Loads a YAML file with the environment.
   *
   * @param file the configuration file
   * @param env the environment
   * @return the configuration
   * @throws ConfigException naming the first bad setting and where it came from
   */
  public static BridgeConfig load(Path file, Map<String, String> env) throws ConfigException {
    return new ConfigLoader(env).file(file).load();
  }
}
