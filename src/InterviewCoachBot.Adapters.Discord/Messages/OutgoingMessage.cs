using System.Text.Json.Nodes;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>
/// One Discord message to send: the JSON body and, when it carries a file, that file. A body with a file lists it as
/// <c>attachments: [{id: "0", filename}]</c> and goes out as multipart/form-data (<c>payload_json</c> + <c>files[0]</c>).
/// </summary>
internal sealed record OutgoingMessage(JsonObject Body, ReplyDocument? File = null);
