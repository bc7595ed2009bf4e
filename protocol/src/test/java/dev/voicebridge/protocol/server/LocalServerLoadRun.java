package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Manual load measurement of the local server (not a test): N sessions stream realtime audio (20 ms
 * appends of pcm16 at 24 kHz) with a fixed speech-like pattern, and the lateness of each {@code
 * speech_started}/{@code speech_stopped} is measured from the moment the append holding the audio
 * that triggered it was sent.
 *
 * <p>Pattern, repeating every 4 s of session audio: 1000 ms silence, then tone bursts (300 ms, 100
 * ms gap, 400 ms, 100 ms gap, 300 ms: one turn, the gaps are shorter than the 500 ms silence), then
 * 1800 ms silence. With the default VAD every cycle k gives speech_started (audio_start_ms = 700 +
 * 4000k, triggered by the append covering 1000..1020 ms) and speech_stopped (audio_end_ms = 2700 +
 * 4000k, triggered by the append ending at 2700 ms), and an echo response of 2 s of audio. Sessions
 * start spread over the ramp.
 *
 * <p>The server runs in this JVM on its own two event loops (threads {@code server-loop-*}); the
 * clients run on two others ({@code load-client-*}), so the server's CPU is reported apart. With
 * {@code --server-port P} the generator instead drives a server already running in another process
 * ({@code java -jar protocol/target/voicelive-local-server.jar --port P}), so that a pause of the
 * generator's JVM (GC, JIT) cannot be mistaken for the server's lateness; {@code --server-pid PID}
 * then reports that process's CPU from {@code /proc}. Lateness is measured in the generator alone
 * (event received minus append sent), so the two processes need no common clock.
 *
 * <pre>
 * mvn -B -q -pl protocol -am test-compile \
 *     org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * CP=protocol/target/test-classes:protocol/target/classes:$(cat protocol/target/test.classpath)
 * java -Dlogback.configurationFile=dev/voicebridge/protocol/server/local-server-logback.xml \
 *     -cp "$CP" dev.voicebridge.protocol.server.LocalServerLoadRun --sessions 1000 --seconds 60
 * </pre>
 */
public final class LocalServerLoadRun {
  private static final int CHUNK_MS = 20;
  private static final int RATE = 24000;
  private static final int CYCLE_MS = 4000;
  private static final int CHUNKS_PER_CYCLE = CYCLE_MS / CHUNK_MS;
  private static final long STARTED_TRIGGER_MS = 1020;
  private static final long STOPPED_TRIGGER_MS = 2700;
  private static final int SEND_HISTORY = 1024;
  private static final long CHUNK_NANOS = CHUNK_MS * 1_000_000L;
  private static final int TICK_MS = 2;
  private static final byte[] DELTA_PREFIX =
      "{\"type\":\"response.audio.delta\"".getBytes(StandardCharsets.US_ASCII);

  private final boolean useEpoll;
  private final int externalPort; // 0: start the server in this JVM
  private final int externalPid; // 0: unknown
  private final int sessions;
  private final int seconds;
  private final int rampSeconds;
  private final int settleSeconds;
  private final ByteBuf[] chunks = new ByteBuf[CHUNKS_PER_CYCLE];
  private final ConcurrentLinkedQueue<Long> startedLateness = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Long> stoppedLateness = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Long> sendDrift = new ConcurrentLinkedQueue<>();
  private final AtomicLong wrongTimestamps = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong responsesDone = new AtomicLong();
  private final AtomicLong connected = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final Map<EventExecutor, LoopTicker> tickers = new ConcurrentHashMap<>();
  private volatile long measureFromNanos = Long.MAX_VALUE;
  private volatile boolean finishing;

  private LocalServerLoadRun(
      int sessions,
      int seconds,
      int rampSeconds,
      int settleSeconds,
      boolean useEpoll,
      int externalPort,
      int externalPid) {
    this.useEpoll = useEpoll;
    this.externalPort = externalPort;
    this.externalPid = externalPid;
    this.sessions = sessions;
    this.seconds = seconds;
    this.rampSeconds = rampSeconds;
    this.settleSeconds = settleSeconds;
    TestSignal cycle =
        new TestSignal(RATE)
            .silence(1000)
            .tone(300, -20)
            .silence(100)
            .tone(400, -20)
            .silence(100)
            .tone(300, -20)
            .silence(1800);
    int samplesPerChunk = RATE * CHUNK_MS / 1000;
    for (int i = 0; i < CHUNKS_PER_CYCLE; i++) {
      byte[] pcm = cycle.pcm16(i * samplesPerChunk, (i + 1) * samplesPerChunk);
      String json =
          "{\"type\":\"input_audio_buffer.append\",\"audio\":\""
              + Base64.getEncoder().encodeToString(pcm)
              + "\"}";
      chunks[i] = Unpooled.unreleasableBuffer(maskedTextFrame(json));
    }
  }

  /**
   * A complete client text frame (RFC 6455 section 5.2), masked once here so each send is a plain
   * write: the generator must cost little next to the server it measures. The fixed masking key is
   * fine for a load test on loopback; real clients draw one per frame.
   */
  private static ByteBuf maskedTextFrame(String json) {
    byte[] payload = json.getBytes(StandardCharsets.UTF_8);
    byte[] key = {0x5a, 0x3c, (byte) 0xa7, 0x11};
    ByteBuf frame = Unpooled.directBuffer(payload.length + 14);
    frame.writeByte(0x81); // FIN, opcode 1 (text)
    if (payload.length < 126) {
      frame.writeByte(0x80 | payload.length); // MASK, 7-bit length
    } else {
      frame.writeByte(0x80 | 126).writeShort(payload.length); // MASK, 16-bit length
    }
    frame.writeBytes(key);
    for (int i = 0; i < payload.length; i++) {
      frame.writeByte(payload[i] ^ key[i & 3]);
    }
    return frame;
  }

  /**
   * Runs the measurement and prints the figures.
   *
   * @param args {@code --sessions N} (default 1000), {@code --seconds S} of measurement after the
   *     ramp (default 60), {@code --ramp S} seconds over which sessions start (default 20), {@code
   *     --settle S} more seconds of load before measuring, so the server's buffers and heap have
   *     reached their steady size (default 0: one 4 s cycle only), {@code
   *     --nio 1} to use NIO instead of epoll (epoll is used when available), {@code --server-port
   *     P} to drive a server running in another process, {@code --server-pid PID} to report its
   *     CPU
   */
  public static void main(String[] args) throws Exception {
    Map<String, Integer> options =
        new HashMap<>(
            Map.of(
                "--sessions", 1000,
                "--seconds", 60,
                "--ramp", 20,
                "--settle", 0,
                "--nio", 0,
                "--server-port", 0,
                "--server-pid", 0));
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], Integer.parseInt(args[i + 1]));
    }
    new LocalServerLoadRun(
            options.get("--sessions"),
            options.get("--seconds"),
            options.get("--ramp"),
            options.get("--settle"),
            options.get("--nio") == 0,
            options.get("--server-port"),
            options.get("--server-pid"))
        .run();
  }

  private void run() throws Exception {
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
    boolean epoll = useEpoll && Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    EventLoopGroup serverLoops =
        new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("server-loop"), io);
    EventLoopGroup clientLoops =
        new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("load-client"), io);
    LocalVoiceLiveServer server =
        externalPort != 0
            ? null
            : epoll
                ? LocalVoiceLiveServer.start(
                    LocalServerConfig.defaults(), serverLoops, EpollServerSocketChannel::new)
                : LocalVoiceLiveServer.start(LocalServerConfig.defaults(), serverLoops);
    URI uri =
        URI.create(
            "ws://127.0.0.1:"
                + (server != null ? server.port() : externalPort)
                + "/voice-live/realtime?api-version=2025-10-01&model=gpt-realtime");
    Bootstrap bootstrap =
        new Bootstrap()
            .group(clientLoops)
            .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpClientCodec())
                        .addLast(new HttpObjectAggregator(65536))
                        .addLast(
                            new WebSocketClientProtocolHandler(
                                WebSocketClientProtocolConfig.newBuilder()
                                    .webSocketUri(uri)
                                    .subprotocol("realtime")
                                    .maxFramePayloadLength(1 << 20)
                                    .handshakeTimeoutMillis(120_000)
                                    // The generator must cost little next to the server.
                                    .withUTF8Validator(false)
                                    .build()))
                        .addLast(new SessionHandler());
                  }
                });
    System.out.printf(
        "load before: %s; %s; %d sessions over %d s, settling %d s, then %d s measured%n",
        loadBefore, epoll ? "epoll" : "nio", sessions, rampSeconds, settleSeconds, seconds);
    List<Channel> channels = new ArrayList<>();
    long rampStart = System.nanoTime();
    for (int i = 0; i < sessions; i++) {
      long due = rampStart + (long) i * rampSeconds * 1_000_000_000L / sessions;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      channels.add(bootstrap.connect(uri.getHost(), uri.getPort()).sync().channel());
    }
    // One cycle after the last start, so every session is past its first turn's start-up.
    TimeUnit.MILLISECONDS.sleep(CYCLE_MS + settleSeconds * 1000L);
    System.out.printf(
        "connected: %d, server sessions open: %s%n",
        connected.get(),
        server != null ? server.stats().sessionsOpen() : "(server in another process)");
    startedLateness.clear();
    stoppedLateness.clear();
    sendDrift.clear();
    measureFromNanos = System.nanoTime();
    Map<String, Long> cpuBefore = threadCpu();
    long processCpuBefore = processCpu();
    long externalCpuBefore = externalCpu();
    long wallStart = System.nanoTime();
    TimeUnit.SECONDS.sleep(seconds);
    long wall = System.nanoTime() - wallStart;
    Map<String, Long> cpuAfter = threadCpu();
    long processCpu = processCpu() - processCpuBefore;
    long externalCpu = externalCpu() - externalCpuBefore;
    String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
    Object stats = server != null ? server.stats() : "(server in another process)";

    report("speech_started lateness", startedLateness);
    report("speech_stopped lateness", stoppedLateness);
    report("append send drift (generator)", sendDrift);
    System.out.printf(
        "wrong VAD timestamps: %d, errors: %d, responses done: %d%n",
        wrongTimestamps.get(), errors.get(), responsesDone.get());
    for (String group : List.of("server-loop", "load-client", "other")) {
      long cpu = cpuAfter.getOrDefault(group, 0L) - cpuBefore.getOrDefault(group, 0L);
      System.out.printf("cpu %-12s %6.1f %% of one core%n", group, 100.0 * cpu / wall);
    }
    System.out.printf(
        "cpu process      %6.1f %% of one core (2 cores = 200 %%)%n", 100.0 * processCpu / wall);
    if (externalPid != 0) {
      System.out.printf(
          "cpu server process %4.1f %% of one core (pid %d)%n",
          100.0 * externalCpu / wall, externalPid);
    }
    System.out.printf("server stats: %s%nload after: %s%n", stats, loadAfter);
    finishing = true;
    for (Channel channel : channels) {
      channel.close();
    }
    if (server != null) {
      server.close();
    }
    clientLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    serverLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
  }

  private static boolean startsWith(ByteBuf content, byte[] prefix) {
    if (content.readableBytes() < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content.getByte(content.readerIndex() + i) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static void report(String name, ConcurrentLinkedQueue<Long> nanos) {
    long[] values = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    if (values.length == 0) {
      System.out.printf("%-32s no samples%n", name);
      return;
    }
    System.out.printf(
        "%-32s n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms min=%.1f ms%n",
        name,
        values.length,
        values[values.length / 2] / 1e6,
        values[(int) Math.min(values.length - 1, Math.ceil(values.length * 0.99) - 1)] / 1e6,
        values[values.length - 1] / 1e6,
        values[0] / 1e6);
  }

  private static Map<String, Long> threadCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Long> byGroup = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      var info = threads.getThreadInfo(id);
      long cpu = threads.getThreadCpuTime(id);
      if (info == null || cpu < 0) {
        continue;
      }
      String name = info.getThreadName();
      String group =
          name.startsWith("server-loop")
              ? "server-loop"
              : name.startsWith("load-client") ? "load-client" : "other";
      byGroup.merge(group, cpu, Long::sum);
    }
    return byGroup;
  }

  /** The CPU of the server's process, from {@code /proc/PID/stat}; 0 without a pid. */
  private long externalCpu() throws IOException {
    if (externalPid == 0) {
      return 0;
    }
    String stat = Files.readString(Path.of("/proc/" + externalPid + "/stat"));
    // Fields after the command name, which is in parentheses and may hold spaces.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
    return ticks * 10_000_000L; // USER_HZ is 100 on Linux
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * Sends the due appends of every session on one client event loop, every {@value #TICK_MS} ms:
   * one timer per loop rather than one per session, which kept the loop busy selecting (the
   * bridge's pacer works the same way).
   */
  private static final class LoopTicker {
    final List<SessionHandler> sessions = new ArrayList<>();

    LoopTicker(EventExecutor loop) {
      loop.scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    private void tick() {
      long now = System.nanoTime();
      for (int i = 0; i < sessions.size(); i++) {
        sessions.get(i).sendDue(now);
      }
    }
  }

  /** One session: streams the pattern in realtime, times the VAD events. */
  private final class SessionHandler extends SimpleChannelInboundHandler<TextWebSocketFrame> {
    private final long[] sentAt = new long[SEND_HISTORY];
    private ChannelHandlerContext ctx;
    private LoopTicker ticker;
    private long chunk;
    private long streamStart;

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame)
        throws IOException {
      ByteBuf content = frame.content();
      // Types are the first member: deltas (most frames) are recognised without parsing.
      if (startsWith(content, DELTA_PREFIX)) {
        return;
      }
      JsonNode event;
      try (InputStream in = new ByteBufInputStream(content)) {
        event = ServerJson.MAPPER.readTree(in);
      }
      long now = System.nanoTime();
      switch (event.path("type").asText()) {
        case "session.created" -> start(ctx);
        case "input_audio_buffer.speech_started" ->
            measure(
                event.get("audio_start_ms").asLong(),
                700,
                STARTED_TRIGGER_MS,
                now,
                startedLateness);
        case "input_audio_buffer.speech_stopped" ->
            measure(
                event.get("audio_end_ms").asLong(), 2700, STOPPED_TRIGGER_MS, now, stoppedLateness);
        case "response.done" -> responsesDone.incrementAndGet();
        case "error" -> errors.incrementAndGet();
        default -> {}
      }
    }

    private void start(ChannelHandlerContext ctx) {
      connected.incrementAndGet();
      this.ctx = ctx;
      streamStart = System.nanoTime();
      ticker = tickers.computeIfAbsent(ctx.executor(), LoopTicker::new);
      ticker.sessions.add(this);
    }

    /** Sends every append due by now; called by the loop's ticker. */
    void sendDue(long now) {
      boolean wrote = false;
      for (long due = streamStart + chunk * CHUNK_NANOS; due <= now; due += CHUNK_NANOS) {
        sentAt[(int) (chunk % SEND_HISTORY)] = now;
        // One drift sample per second per session is plenty, and keeps the heap small.
        if (now >= measureFromNanos && chunk % 50 == 0) {
          sendDrift.add(now - due);
        }
        // A raw, already masked frame: the WebSocket encoder passes ByteBufs through unchanged.
        ctx.write(chunks[(int) (chunk % CHUNKS_PER_CYCLE)].retainedDuplicate(), ctx.voidPromise());
        chunk++;
        wrote = true;
      }
      if (wrote) {
        ctx.flush();
      }
    }

    /** Lateness from the send of the append that held the trigger sample to the event. */
    private void measure(
        long eventMs,
        long expectedInCycle,
        long triggerInCycle,
        long now,
        ConcurrentLinkedQueue<Long> into) {
      long cycle = eventMs / CYCLE_MS;
      if (eventMs % CYCLE_MS != expectedInCycle) {
        wrongTimestamps.incrementAndGet();
        return;
      }
      long triggerMs = cycle * CYCLE_MS + triggerInCycle;
      long triggerChunk = (triggerMs + CHUNK_MS - 1) / CHUNK_MS - 1;
      if (now >= measureFromNanos && chunk - triggerChunk < SEND_HISTORY) {
        into.add(now - sentAt[(int) (triggerChunk % SEND_HISTORY)]);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      // Once the run is over, appends still due on closing channels fail: that is not news.
      if (!finishing) {
        System.out.println("session failed: " + cause);
      }
      ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      if (!finishing) {
        dropped.incrementAndGet();
      }
      if (ticker != null) {
        ticker.sessions.remove(this);
      }
      ctx.fireChannelInactive();
    }
  }
}
