package dev.voicebridge.bridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicebridge.bridge.config.BridgeConfig;
import dev.voicebridge.bridge.config.PortRange;
import dev.voicebridge.bridge.sip.SipConfig;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Starting on a SIP port that another socket holds. */
class BridgeStartIT {

  @Test
  void failedStartStopsEverythingSoTheBridgeCanStartAgain() throws Exception {
    BridgeConfig config = BridgeConfig.DEFAULTS.toBuilder()
        .rtp(BridgeConfig.DEFAULTS.rtp().toBuilder()
            .portRange(new PortRange(41200, 41300)).bindAddress("127.0.0.1").build())
        .build();
    int port;
    Bridge bridge;
    try (DatagramSocket taken = new DatagramSocket(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      port = taken.getLocalPort();
      bridge = new Bridge(config, Bridge.sipConfigFrom(config).toBuilder()
          .bindAddress("127.0.0.1").udpPort(port).tcpPort(SipConfig.DISABLED).build());

      // Netty's sync() throws the checked bind failure undeclared: BindException on NIO,
      // NativeIoException on epoll.
      assertThatThrownBy(bridge::start).isInstanceOf(IOException.class)
          .hasMessageContaining("in use");
    }
    try (Bridge again = bridge.start()) {
      assertThat(again.sipUdpAddress().getPort()).isEqualTo(port);
    }
  }
}
