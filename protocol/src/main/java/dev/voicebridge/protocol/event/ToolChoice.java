package dev.voicebridge.protocol.event;

/**
 * How the model chooses tools: a string literal ({@link ToolChoiceLiteral}) or a named tool ({@link
 * ToolChoiceSelection}); anything else is kept as {@link UnknownToolChoice}.
 */
public sealed interface ToolChoice
    permits ToolChoiceLiteral, UnknownToolChoice, ToolChoiceSelection {}
