package dev.voicebridge.protocol.client;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Opens Voice Live sessions. One client serves the whole application: it holds no per-session
 * state, only the channel type, an executor for blocking work and cached TLS contexts.
 *
 * <pre>{@code
 * VoiceLiveClient client = VoiceLiveClient.create();
 * RealtimeSession session = client.connect(config, listener, call.eventLoop());
 * session.send(ClientEventSessionUpdate.of(...));   // held until open
 * }</pre>
 */
public final class VoiceLiveClient {

  private final ChannelFactory<? extends Channel> channelFactory;
  private final Executor blockingExecutor;
  private final SslContexts sslContexts = new SslContexts();
  private final LongAdder openSessions = new LongAdder();

  private VoiceLiveClient(Builder builder) {
    this.channelFactory = builder.channelFactory;
    this.blockingExecutor =
        builder.blockingExecutor != null ? builder.blockingExecutor : DefaultExecutor.INSTANCE;
  }

  /**
   * A client for NIO event loops, with a shared daemon executor for blocking work.
   *
   * @return the client
   */
  public static VoiceLiveClient create() {
    return newBuilder().build();
  }

  /**
   * Starts a builder, to choose the channel type or the blocking executor.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Starts a session. Returns at once; the session is connecting, and everything that follows
   * ({@code onOpen}, events, {@code onFailure}) is reported to the listener on the given loop,
   * never from inside this call.
   *
   * @param config where and how to connect
   * @param listener receives the session's events
   * @param eventLoop the loop the session's channel, timers and callbacks run on, such as the
   *     loop of the telephony call it serves; it must suit this client's channel type
   * @return the new session
   * @throws java.util.concurrent.RejectedExecutionException if the event loop is shut down
   */
  public RealtimeSession connect(
      VoiceLiveClientConfig config, RealtimeListener listener, EventLoop eventLoop) {
    RealRealtimeSession session =
        new RealRealtimeSession(config, listener, eventLoop, openSessions::decrement);
    SessionConnector connector =
        new SessionConnector(session, channelFactory, blockingExecutor, sslContexts);
    openSessions.increment();
    try {
      eventLoop.execute(connector::start);
    } catch (RuntimeException e) {
      openSessions.decrement();
      throw e;
    }
    return session;
  }

  /**
   * Sessions this client started that have not ended yet (connecting, open or closing): each one
   * holds, or is about to hold, a connection. Once every session has reported {@code onClosed} or
   * {@code onFailure} this is 0, so a number above 0 with no call in progress is a leak.
   *
   * @return the count now
   */
  public long openSessions() {
    return openSessions.sum();
  }

  /** Builds a {@link VoiceLiveClient}. */
  public static final class Builder {

    private ChannelFactory<? extends Channel> channelFactory = NioSocketChannel::new;
    private Executor blockingExecutor;

    private Builder() {}

    /**
     * Sets how channels are made; NIO by default. Use the epoll channel with epoll loops.
     *
     * @param channelFactory for example {@code EpollSocketChannel::new}
     * @return this builder
     */
    public Builder channelFactory(ChannelFactory<? extends Channel> channelFactory) {
      this.channelFactory = Objects.requireNonNull(channelFactory, "channelFactory");
      return this;
    }

    /**
     * Sets where blocking work runs: DNS lookups, TLS context set-up and certificate checks.
     * By default a small shared pool of daemon threads.
     *
     * @param blockingExecutor an executor that is not an event loop
     * @return this builder
     */
    public Builder blockingExecutor(Executor blockingExecutor) {
      this.blockingExecutor = Objects.requireNonNull(blockingExecutor, "blockingExecutor");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public VoiceLiveClient build() {
      return new VoiceLiveClient(this);
    }
  }

  /** The default blocking executor, made on first use and shared by every client. */
  private static final class DefaultExecutor {

    static final Executor INSTANCE = create();

    private static Executor create() {
      AtomicInteger ids = new AtomicInteger();
      ThreadPoolExecutor executor =
          new ThreadPoolExecutor(
              4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
              task -> {
                Thread thread = new Thread(task, "voicelive-blocking-" + ids.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      // Idle most of the time: connects are seconds apart per call.
      executor.allowCoreThreadTimeOut(true);
      return executor;
    }
  }
}
