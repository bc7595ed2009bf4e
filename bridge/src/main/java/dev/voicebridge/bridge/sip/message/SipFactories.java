package dev.voicebridge.bridge.sip.message;

import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.text.ParseException;
import java.util.List;
import javax.sip.PeerUnavailableException;
import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/**
 * JAIN-SIP's message, header and address factories, used as a message library only: transport,
 * transactions and dialogs are the bridge's own, so no {@code SipStack} is ever created.
 *
 * <p>The factories are stateless apart from the product header defaults, which {@code
 * MessageFactoryImpl} keeps in static fields: {@link #useProduct(String)} sets them once at
 * start-up, never per message.
 */
public final class SipFactories {
  private static final MessageFactory MESSAGES;
  private static final HeaderFactory HEADERS;
  private static final AddressFactory ADDRESSES;
  private static volatile String product;

  static {
    Slf4jStackLogger.install();
    SipFactory factory = SipFactory.getInstance();
    factory.setPathName("gov.nist");
    try {
      MESSAGES = factory.createMessageFactory();
      HEADERS = factory.createHeaderFactory();
      ADDRESSES = factory.createAddressFactory();
    } catch (PeerUnavailableException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private SipFactories() {}

  /** Creates requests and responses. */
  public static MessageFactory messages() {
    return MESSAGES;
  }

  /** Creates headers. */
  public static HeaderFactory headers() {
    return HEADERS;
  }

  /** Creates addresses and URIs. */
  public static AddressFactory addresses() {
    return ADDRESSES;
  }

  /**
   * Sets the User-Agent of every request and the Server of every response the factories create.
   * Process-wide because JAIN-SIP keeps them static; a later call with the same product does
   * nothing, and one with a different product replaces it for messages created afterwards.
   *
   * @throws IllegalArgumentException if {@code product} is not a valid product token list
   */
  public static synchronized void useProduct(String product) {
    if (product.equals(SipFactories.product)) {
      return;
    }
    try {
      List<String> tokens = List.of(product.split(" "));
      MessageFactoryImpl impl = (MessageFactoryImpl) MESSAGES;
      impl.setDefaultUserAgentHeader(HEADERS.createUserAgentHeader(tokens));
      impl.setDefaultServerHeader(HEADERS.createServerHeader(tokens));
    } catch (ParseException e) {
      throw new IllegalArgumentException("Invalid SIP product: " + product, e);
    }
    SipFactories.product = product;
  }
}
