package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * The available set of MCP approval types.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class MCPApprovalType extends ExpandableStringEnum {
  private static final Values<MCPApprovalType> VALUES = new Values<>(MCPApprovalType::new);

  /** Calls run without approval. */
  public static final MCPApprovalType NEVER = VALUES.known("never");

  /** Every call waits for an {@code mcp_approval_response}. */
  public static final MCPApprovalType ALWAYS = VALUES.known("always");

  private MCPApprovalType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static MCPApprovalType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<MCPApprovalType> values() {
    return VALUES.values();
  }
}
