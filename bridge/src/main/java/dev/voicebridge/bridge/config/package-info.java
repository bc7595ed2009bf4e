/**
 * The bridge's configuration: an immutable {@link dev.voicebridge.bridge.config.BridgeConfig}
 * record tree with named defaults, loaded from YAML by {@link
 * dev.voicebridge.bridge.config.ConfigLoader}, overridden by environment variables and by the
 * command line ({@link dev.voicebridge.bridge.config.BridgeCommandLine}).
 *
 * <p>Precedence, lowest first: built-in defaults, the YAML file, environment variables ({@code
 * VOICELIVE_ENDPOINT}, {@code VOICELIVE_API_KEY}, {@code VOICELIVE_TOKEN}), command-line options.
 * Every error names the YAML path of the bad value and where it came from (file and line, the
 * environment variable or the option), and never echoes a secret.
 */
package dev.voicebridge.bridge.config;
