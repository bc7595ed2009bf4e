/**
 * Test fixtures for the Voice Live client: a scriptable loopback WebSocket server, certificates
 * made with {@code keytool}, and a check that turns Netty leak reports into failures.
 */
package dev.voicebridge.protocol.client.testing;
