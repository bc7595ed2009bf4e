package dev.voicebridge.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Collection;

/**
 * Type of ItemType.
 *
 * <p>An extensible string enum: unknown values are kept and written back unchanged.
 */
public final class ItemType extends ExpandableStringEnum {
  private static final Values<ItemType> VALUES = new Values<>(ItemType::new);

  /** The value {@code message}. */
  public static final ItemType MESSAGE = VALUES.known("message");

  /** The value {@code function_call}. */
  public static final ItemType FUNCTION_CALL = VALUES.known("function_call");

  /** The value {@code function_call_output}. */
  public static final ItemType FUNCTION_CALL_OUTPUT = VALUES.known("function_call_output");

  /** The value {@code mcp_list_tools}. */
  public static final ItemType MCP_LIST_TOOLS = VALUES.known("mcp_list_tools");

  /** The value {@code mcp_call}. */
  public static final ItemType MCP_CALL = VALUES.known("mcp_call");

  /** The value {@code mcp_approval_request}. */
  public static final ItemType MCP_APPROVAL_REQUEST = VALUES.known("mcp_approval_request");

  /** The value {@code mcp_approval_response}. */
  public static final ItemType MCP_APPROVAL_RESPONSE = VALUES.known("mcp_approval_response");

  /** The value {@code foundry_agent_call}. */
  public static final ItemType FOUNDRY_AGENT_CALL = VALUES.known("foundry_agent_call");

  /** The value {@code web_search_call}. */
  public static final ItemType WEB_SEARCH_CALL = VALUES.known("web_search_call");

  /** The value {@code file_search_call}. */
  public static final ItemType FILE_SEARCH_CALL = VALUES.known("file_search_call");

  private ItemType(String value) {
    super(value);
  }

  /**
   * Returns the constant for a known spelling, or a value that keeps an unknown one.
   *
   * @param value the wire string, or null
   * @return the value, or null for null
   */
  @JsonCreator
  public static ItemType fromString(String value) {
    return VALUES.fromString(value);
  }

  /**
   * Returns the known values, in declaration order.
   *
   * @return the known values
   */
  public static Collection<ItemType> values() {
    return VALUES.values();
  }
}
