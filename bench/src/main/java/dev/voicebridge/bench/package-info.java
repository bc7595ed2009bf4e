/**
 * JMH benchmarks of the bridge's hot paths. Built with the {@code bench} profile only:
 * {@code mvn -B -q -Pbench -DskipTests package && java -jar bench/target/benchmarks.jar}.
 */
package dev.voicebridge.bench;
