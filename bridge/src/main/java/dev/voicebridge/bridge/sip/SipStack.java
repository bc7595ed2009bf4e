package dev.voicebridge.bridge.sip;

import dev.voicebridge.bridge.sip.codec.DatagramSipMessageDecoder;
import dev.voicebridge.bridge.sip.codec.SipMessageEncoder;
import dev.voicebridge.bridge.sip.codec.TcpSipMessageDecoder;
import dev.voicebridge.bridge.sip.dialog.UserAgentCore;
import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import dev.voicebridge.bridge.sip.transaction.EventLoopTimerScheduler;
import dev.voicebridge.bridge.sip.transaction.SipDispatcher;
import dev.voicebridge.bridge.sip.transaction.SipTimerScheduler;
import dev.voicebridge.bridge.sip.transaction.SipTransactionLayer;
import dev.voicebridge.bridge.sip.transport.SipInboundHandler;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.DatagramPacketEncoder;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SIP layer without its sockets: codecs, transaction layer, UAS core and dispatcher, wired
 * together, and the pipelines any UDP socket or TCP connection needs. {@link SipServer} binds it
 * to real sockets; tests run it on {@code EmbeddedChannel}s.
 */
final class SipStack {
  private final SipConfig config;
  private final SipStats stats = new SipStats();
  private final AtomicInteger pendingTimers = new AtomicInteger();
  private final SipMessageParser parser = new SipMessageParser();
  private final SipTransactionLayer transactions;
  private final UserAgentCore core;
  private final SipDispatcher dispatcher;
  private final DatagramSipMessageDecoder datagramDecoder;
  private final DatagramPacketEncoder<?> datagramEncoder;
  private final SipMessageEncoder streamEncoder;
  private final SipInboundHandler udpInbound;
  private final SipInboundHandler tcpInbound;

  SipStack(SipConfig config, List<EventLoop> loops, InviteHandler handler, Executor blocking) {
    this.config = config;
    SipFactories.useProduct(config.userAgent());
    List<SipTimerScheduler> schedulers = new ArrayList<>();
    for (EventLoop loop : loops) {
      schedulers.add(new EventLoopTimerScheduler(loop, pendingTimers));
    }
    this.transactions = new SipTransactionLayer(config.timers(), stats);
    this.core = new UserAgentCore(config, transactions, stats, handler, blocking);
    this.dispatcher = new SipDispatcher(schedulers, transactions, stats);
    this.datagramDecoder = new DatagramSipMessageDecoder(parser, stats, config.maxMessageSize());
    this.datagramEncoder =
        new DatagramPacketEncoder<>(new SipMessageEncoder(SipTransport.UDP, stats));
    this.streamEncoder = new SipMessageEncoder(SipTransport.TCP, stats);
    this.udpInbound = new SipInboundHandler(SipTransport.UDP, dispatcher, stats);
    this.tcpInbound = new SipInboundHandler(SipTransport.TCP, dispatcher, stats);
  }

  /** Sets up the pipeline of a UDP socket; every handler is shared. */
  void initUdp(Channel channel) {
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.addLast("sip-decoder", datagramDecoder);
    pipeline.addLast("sip-encoder", datagramEncoder);
    pipeline.addLast("sip-inbound", udpInbound);
  }

  /** Sets up the pipeline of an accepted TCP connection; only the stream decoder is its own. */
  void initTcp(Channel channel) {
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.addLast("sip-decoder",
        new TcpSipMessageDecoder(parser, stats, config.maxMessageSize()));
    pipeline.addLast("sip-encoder", streamEncoder);
    pipeline.addLast("sip-inbound", tcpInbound);
  }

  SipStats stats() {
    return stats;
  }

  SipLiveCounts liveCounts() {
    return new SipLiveCounts(
        transactions.liveTransactions(), core.liveDialogs(), pendingTimers.get());
  }

  /** Ends every dialog (503 or BYE) and then every transaction, each on its own loop. */
  List<Future<?>> shutdownDialogs() {
    return core.shutdown();
  }

  List<Future<?>> abortTransactions() {
    return transactions.abortAll();
  }
}
