package dev.voicebridge.protocol.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one response will say and how it is described.
 *
 * @param reply the agent's audio (at {@code format}'s rate) and transcript
 * @param format the {@code output_audio_format} of the deltas
 * @param inputAudioMs user audio the response answers, for the usage estimate
 * @param instructions instructions in effect, for the usage estimate (never echoed)
 * @param settings the response object's descriptive fields ({@code modalities}, {@code voice},
 *     {@code output_audio_format}, {@code temperature}, {@code max_response_output_tokens}, {@code
 *     metadata}), copied into {@code response.created} and {@code response.done}
 * @param inConversation false for {@code conversation: "none"}: the item stays out of the
 *     conversation and no {@code conversation.item.created} is sent
 */
record ResponseSpec(
    Agent.Reply reply,
    OutputFormat format,
    long inputAudioMs,
    String instructions,
    ObjectNode settings,
    boolean inConversation) {}
