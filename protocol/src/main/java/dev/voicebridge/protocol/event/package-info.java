/**
 * The Azure AI Voice Live realtime event model: every client and server event and every value they
 * carry, as immutable Java types read and written with Jackson through {@link
 * dev.voicebridge.protocol.event.VoiceLiveJson}.
 *
 * <p>The protocol is JSON over one WebSocket ({@code /voice-live/realtime}), in the style of the
 * OpenAI Realtime API; see the Voice Live API reference, api-versions 2025-10-01 and 2026-04-10,
 * and {@code shared/voicelive-protocol.md}. Type names follow the Azure SDK's models package.
 *
 * <p>Forward compatibility, as the service's own SDKs do it:
 *
 * <ul>
 *   <li><b>Events and unions.</b> Events are records under the sealed {@link
 *       dev.voicebridge.protocol.event.ClientEvent} and {@link
 *       dev.voicebridge.protocol.event.ServerEvent}; every other union (voice, turn detection,
 *       end-of-utterance detection, tools, tool choice, items, content parts, interim responses,
 *       status details) is a sealed interface too. Each is read by its discriminator, and an
 *       unknown discriminator becomes an {@code Unknown...} value holding the raw JSON, written
 *       back unchanged. Parsing never fails because the service added something.
 *   <li><b>Enums.</b> The seed's enums are extensible string enums ({@link
 *       dev.voicebridge.protocol.event.ExpandableStringEnum}), not Java enums: a Java enum cannot
 *       hold a value added by a newer api-version without failing or losing it, while an extensible
 *       enum keeps the unknown string and writes it back as it came. Known values are constants
 *       compared by value; documented alternative spellings ({@code pcm16-8000hz}, {@code
 *       canceled}) read as the documented constant, which is what is written.
 *   <li><b>Unknown fields.</b> Session, response and item objects, voices, turn detection and tools
 *       keep fields they do not know in {@code additionalProperties}, so the bridge can forward
 *       them; elsewhere unknown fields are ignored.
 *   <li><b>Explicit nulls.</b> {@link dev.voicebridge.protocol.event.RequestSession}, {@link
 *       dev.voicebridge.protocol.event.ResponseSession} and {@link
 *       dev.voicebridge.protocol.event.ResponseCreateParams} tell a left-out field (not written:
 *       keep the current setting) from an explicit null (written as {@code null}: turn it off).
 *       Everywhere else null means absent and is not written.
 * </ul>
 *
 * <p>Audio payloads are {@code byte[]} fields (base64 on the wire) and are not copied: an event
 * owns the array it was given.
 */
package dev.voicebridge.protocol.event;
