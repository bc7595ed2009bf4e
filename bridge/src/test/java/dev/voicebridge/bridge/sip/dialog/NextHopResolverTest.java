package dev.voicebridge.bridge.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicebridge.bridge.sip.SipFixture;
import dev.voicebridge.bridge.sip.StreamTestChannel;
import dev.voicebridge.bridge.sip.message.SipFactories;
import dev.voicebridge.bridge.sip.transport.SipFlow;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class NextHopResolverTest {
  private final List<Runnable> blockingTasks = new ArrayList<>();
  private final Executor blocking = blockingTasks::add;
  private final NextHopResolver resolver = new NextHopResolver(blocking);
  private final List<SipFlow> resolved = new ArrayList<>();

  @Test
  void usesAnIpLiteralWithItsPortOrTheDefaultOverUdp() throws ParseException {
    EmbeddedChannel channel = new EmbeddedChannel();
    SipFlow flow = SipFlow.udp(channel, SipFixture.CALLER);

    resolver.resolve(uri("sip:10.1.2.3:5080;lr"), flow, channel.eventLoop(), resolved::add);
    resolver.resolve(uri("sip:bob@10.1.2.4"), flow, channel.eventLoop(), resolved::add);

    assertThat(resolved).extracting(SipFlow::remoteAddress).containsExactly(
        new InetSocketAddress("10.1.2.3", 5080), new InetSocketAddress("10.1.2.4", 5060));
    assertThat(blockingTasks).isEmpty();
    channel.finishAndReleaseAll();
  }

  @Test
  void resolvesHostnamesOffTheEventLoopAndAnswersOnIt() throws ParseException {
    EmbeddedChannel channel = new EmbeddedChannel();
    SipFlow flow = SipFlow.udp(channel, SipFixture.CALLER);

    resolver.resolve(uri("sip:localhost:5090"), flow, channel.eventLoop(), resolved::add);
    assertThat(resolved).isEmpty();
    blockingTasks.forEach(Runnable::run);
    channel.runPendingTasks();

    assertThat(resolved).hasSize(1);
    assertThat(resolved.get(0).remoteAddress().getPort()).isEqualTo(5090);
    channel.finishAndReleaseAll();
  }

  @Test
  void reusesTheDialogsTcpConnectionWhileOpenAndReportsNoneOnceClosed() throws ParseException {
    StreamTestChannel channel = new StreamTestChannel();
    SipFlow flow = SipFlow.tcp(channel);

    resolver.resolve(uri("sip:10.1.2.3"), flow, channel.eventLoop(), resolved::add);
    channel.close();
    resolver.resolve(uri("sip:10.1.2.3"), flow, channel.eventLoop(), resolved::add);

    assertThat(resolved).containsExactly(flow, null);
    channel.finishAndReleaseAll();
  }

  private static javax.sip.address.URI uri(String text) throws ParseException {
    return SipFactories.addresses().createURI(text);
  }
}
