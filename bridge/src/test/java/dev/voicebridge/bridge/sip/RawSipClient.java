package dev.voicebridge.bridge.sip;

import dev.voicebridge.bridge.sip.message.RawSipHeaders;
import dev.voicebridge.bridge.sip.message.SipMessageParser;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;

/**
 * A minimal SIP peer over a real socket for integration tests: sends fixtures with its own port
 * filled in and reads messages back, framing TCP by Content-Length. Blocking, test thread only.
 */
public final class RawSipClient implements Closeable {
  private static final int TIMEOUT_MILLIS = 3_000;

  private final SipTransport transport;
  private final InetSocketAddress server;
  private final DatagramSocket udp;
  private final Socket tcp;
  private final SipMessageParser parser = new SipMessageParser();

  private RawSipClient(SipTransport transport, InetSocketAddress server) throws IOException {
    this.transport = transport;
    this.server = server;
    if (transport == SipTransport.UDP) {
      udp = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
      udp.setSoTimeout(TIMEOUT_MILLIS);
      tcp = null;
    } else {
      tcp = new Socket(server.getAddress(), server.getPort());
      tcp.setTcpNoDelay(true);
      tcp.setSoTimeout(TIMEOUT_MILLIS);
      udp = null;
    }
  }

  /** A client on a fresh UDP socket. */
  public static RawSipClient udp(InetSocketAddress server) throws IOException {
    return new RawSipClient(SipTransport.UDP, server);
  }

  /** A client on a new TCP connection. */
  public static RawSipClient tcp(InetSocketAddress server) throws IOException {
    return new RawSipClient(SipTransport.TCP, server);
  }

  /** The client's local port. */
  public int port() {
    return udp != null ? udp.getLocalPort() : tcp.getLocalPort();
  }

  /** Fills in transport, the client's host and port, and the bridge's address. */
  public SipFixture fixture(String name) {
    return SipFixture.load(name).over(transport).with("host", "127.0.0.1").with("port", port())
        .with("bridge", "127.0.0.1:" + server.getPort());
  }

  /** Sends a fixture. */
  public void send(SipFixture fixture) {
    sendBytes(fixture.bytes());
  }

  /** Sends raw bytes. */
  public void sendBytes(byte[] bytes) {
    try {
      if (udp != null) {
        udp.send(new DatagramPacket(bytes, bytes.length, server));
      } else {
        tcp.getOutputStream().write(bytes);
        tcp.getOutputStream().flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next message; fails after a few seconds without one. */
  public SIPMessage receive() {
    try {
      byte[] bytes = udp != null ? receiveDatagram() : receiveFrame();
      return parser.parse(bytes, server).message();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new AssertionError("The bridge sent an unparseable message", e);
    }
  }

  /** The next datagram as text, unparsed (a 400 to a request without Call-ID has none either). */
  public String receiveText() {
    try {
      return new String(receiveDatagram(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next response, skipping retransmissions of earlier ones. */
  public SIPResponse receiveResponse(int status) {
    while (true) {
      SIPMessage message = receive();
      if (message instanceof SIPResponse response && response.getStatusCode() == status) {
        return response;
      }
    }
  }

  /** The next request of {@code method}, skipping anything else. */
  public SIPRequest receiveRequest(String method) {
    while (true) {
      if (receive() instanceof SIPRequest request && request.getMethod().equals(method)) {
        return request;
      }
    }
  }

  /** The next request of {@code method}, waiting up to {@code timeout} for it. */
  public SIPRequest receiveRequest(String method, java.time.Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        return receiveRequest(method);
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof java.net.SocketTimeoutException)
            || System.nanoTime() > deadline) {
          throw e;
        }
      }
    }
  }

  /** Reads raw bytes off the TCP stream (for keep-alive pongs). */
  public byte[] readRaw(int length) throws IOException {
    return tcp.getInputStream().readNBytes(length);
  }

  /** Whether the server closed the TCP connection (reads end of stream). */
  public boolean isClosedByServer() throws IOException {
    try {
      return tcp.getInputStream().read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  private byte[] receiveDatagram() throws IOException {
    byte[] buffer = new byte[65_535];
    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
    udp.receive(packet);
    return Arrays.copyOf(buffer, packet.getLength());
  }

  private byte[] receiveFrame() throws IOException, ParseException {
    InputStream in = tcp.getInputStream();
    ByteArrayOutputStream headers = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("Connection closed by the bridge");
      }
      headers.write(b);
      byte[] soFar = headers.toByteArray();
      int end = RawSipHeaders.headerEnd(soFar, soFar.length);
      if (end > 0 && end == soFar.length && soFar.length > 4) {
        int length = Math.max(0, RawSipHeaders.contentLength(soFar, end));
        byte[] body = in.readNBytes(length);
        byte[] message = Arrays.copyOf(soFar, soFar.length + body.length);
        System.arraycopy(body, 0, message, soFar.length, body.length);
        return message;
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (udp != null) {
      udp.close();
    } else {
      tcp.close();
    }
  }
}
