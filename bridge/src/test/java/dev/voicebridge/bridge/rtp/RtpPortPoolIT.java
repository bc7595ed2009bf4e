package dev.voicebridge.bridge.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pool against real sockets: a port held by another process is skipped, not lost. */
class RtpPortPoolIT {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void skipsAPortTakenByAnotherSocketAndReturnsEveryPort() throws Exception {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    RtpPortPool pool = new RtpPortPool(43200, 43205, 4);
    Bootstrap template =
        new Bootstrap()
            .channel(NioDatagramChannel.class)
            .handler(
                new ChannelInitializer<DatagramChannel>() {
                  @Override
                  protected void initChannel(DatagramChannel ch) {}
                });
    try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(LOOPBACK, 43200))) {
      RtpPortLease lease = pool.bind(template, group.next(), LOOPBACK).get(5, TimeUnit.SECONDS);

      assertThat(lease.port()).isEqualTo(43202);
      assertThat(lease.rtcpPort()).isEqualTo(43203);
      assertThat(((InetSocketAddress) lease.channel().localAddress()).getPort()).isEqualTo(43202);
      assertThat(pool.bindFailureCount()).isEqualTo(1);
      assertThat(pool.inUseCount()).isEqualTo(1);

      lease.close().sync();
      assertThat(pool.inUseCount()).isZero();
      squatter.close();

      // Round robin: 43204 next, then the once-squatted 43200 is back in service.
      RtpPortLease second = pool.bind(template, group.next(), LOOPBACK).get(5, TimeUnit.SECONDS);
      RtpPortLease third = pool.bind(template, group.next(), LOOPBACK).get(5, TimeUnit.SECONDS);
      assertThat(second.port()).isEqualTo(43204);
      assertThat(third.port()).isEqualTo(43200);
      second.close().sync();
      third.close().sync();
      assertThat(pool.inUseCount()).isZero();
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }
}
