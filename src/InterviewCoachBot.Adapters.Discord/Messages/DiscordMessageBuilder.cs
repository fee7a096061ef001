using System.Text.Json.Nodes;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>
/// Renders a neutral <see cref="Reply"/> as Discord message bodies: escaped content (each time also as a Discord timestamp,
/// which every reader sees in their own zone) split at 2000 characters, buttons
/// (at most 5 rows of 5) and the reply's file on the last piece, and <c>allowed_mentions: {parse: []}</c> on every piece.
/// A reply that asks for typed text (<see cref="Reply.ExpectsText"/>) gets an "Answer" button opening a text modal, because
/// bots without message intents cannot read typed messages.
/// </summary>
internal sealed class DiscordMessageBuilder(CustomIds customIds)
{
    public const int EphemeralFlag = 1 << 6;
    private const int MaxRows = 5;
    private const int MaxButtonsPerRow = 5;
    private const int MaxLabelLength = 80;

    /// <summary>The one file of a message is <c>files[0]</c>, referred to by this attachment id.</summary>
    public const string FirstFileId = "0";

    public async Task<IReadOnlyList<OutgoingMessage>> BuildAsync(Reply reply, MessageOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(options);
        var pieces = DiscordText.Split(DiscordText.WithTimestamps(DiscordText.Escape(reply.Text), reply.Moments));
        var bodies = new List<OutgoingMessage>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var last = i == pieces.Count - 1;
            var body = new JsonObject
            {
                ["content"] = pieces[i],
                ["allowed_mentions"] = NoMentions(),
                ["components"] = last ? await ComponentsAsync(reply, options, cancellationToken) : new JsonArray(),
            };
            if (options.Ephemeral)
            {
                body["flags"] = EphemeralFlag;
            }

            if (last && reply.Document is { } document)
            {
                body["attachments"] = new JsonArray(new JsonObject { ["id"] = FirstFileId, ["filename"] = document.FileName });
                bodies.Add(new OutgoingMessage(body, document));
            }
            else
            {
                bodies.Add(new OutgoingMessage(body));
            }
        }

        return bodies;
    }

    public static JsonObject NoMentions() => new() { ["parse"] = new JsonArray() };

    /// <summary>A short message that is not an engine reply (a refused press), ephemeral.</summary>
    public static JsonObject Notice(string text) => new()
    {
        ["content"] = DiscordText.Escape(text),
        ["allowed_mentions"] = NoMentions(),
        ["flags"] = EphemeralFlag,
    };

    private async Task<JsonArray> ComponentsAsync(Reply reply, MessageOptions options, CancellationToken cancellationToken)
    {
        var rows = new JsonArray();
        if (options.OwnerId is not { } owner)
        {
            return rows;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var buttons in reply.Buttons.Take(MaxRows))
        {
            var row = new JsonArray();
            foreach (var button in buttons.Take(MaxButtonsPerRow))
            {
                var id = await customIds.EncodeAsync(owner, button.Data, cancellationToken);
                if (seen.Add(id))
                {
                    row.Add(Button(button.Label, id, style: 2));
                }
            }

            if (row.Count > 0)
            {
                rows.Add(new JsonObject { ["type"] = 1, ["components"] = row });
            }
        }

        if (reply.ExpectsText)
        {
            var answer = Button("Answer", CustomIds.Answer(owner), style: 1);
            if (rows.Count < MaxRows)
            {
                rows.Add(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(answer) });
            }
            else if (rows[^1]!["components"]!.AsArray() is { Count: < MaxButtonsPerRow } lastRow)
            {
                lastRow.Add(answer);
            }
        }

        return rows;
    }

    private static JsonObject Button(string label, string customId, int style) => new()
    {
        ["type"] = 2,
        ["style"] = style,
        ["label"] = label.Length > MaxLabelLength ? label[..(MaxLabelLength - 1)] + "…" : label,
        ["custom_id"] = customId,
    };
}
