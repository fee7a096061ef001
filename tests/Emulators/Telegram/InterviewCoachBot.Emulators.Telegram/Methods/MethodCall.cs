using System.Text.Json.Nodes;
using InterviewCoachBot.Emulators.Telegram.Http;
using InterviewCoachBot.Emulators.Telegram.Internal;

namespace InterviewCoachBot.Emulators.Telegram.Methods;

/// <summary>A validated call to one Bot API method.</summary>
internal sealed record MethodCall(
    JsonObject Args,
    IReadOnlyDictionary<string, UploadedFile> Files,
    EmulatorState State,
    CancellationToken RequestAborted);

internal delegate Task<JsonNode?> MethodHandler(MethodCall call);
