package dev.voicebridge.protocol.server;

/**
 * The counters of a {@link LocalVoiceLiveServer} at one moment. Each value is read separately, so
 * under load two counters may be a few events apart.
 *
 * @param sessionsOpen WebSocket sessions currently open
 * @param sessionsTotal sessions opened since start
 * @param handshakesRejected upgrade requests answered with an HTTP error (404, 400, 401, ...)
 * @param eventsIn client events received (text frames)
 * @param eventsOut server events sent
 * @param errorsSent {@code error} events among them
 * @param responses responses started
 */
public record ServerStatsSnapshot(
    long sessionsOpen,
    long sessionsTotal,
    long handshakesRejected,
    long eventsIn,
    long eventsOut,
    long errorsSent,
    long responses) {}
