/** The Azure AI Voice Live realtime protocol: event model, WebSocket client, local server. */
package dev.voicebridge.protocol;
