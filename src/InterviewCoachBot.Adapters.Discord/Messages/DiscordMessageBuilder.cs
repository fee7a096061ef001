using System.Text.Json.Nodes;
using InterviewCoachBot.Engine.Messages;

namespace InterviewCoachBot.Adapters.Discord.Messages;

/// <summary>
/// Renders a neutral <see cref="Reply"/> as Discord message bodies: escaped content (each time also as a Discord timestamp,
/// which every reader sees in their own zone) split at 2000 characters, buttons and the reply's file on the last piece,
/// and <c>allowed_mentions: {parse: []}</c> on every piece. Buttons that fit Discord's 5 rows of 5 stay buttons; more
/// become select menus (<see cref="ChoiceMenus"/>), so every choice the engine offers can be made.
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
        var encoded = new List<List<(string Label, string CustomId)>>(reply.Buttons.Count);
        foreach (var buttons in reply.Buttons)
        {
            var row = new List<(string Label, string CustomId)>(buttons.Count);
            foreach (var button in buttons)
            {
                var id = await customIds.EncodeAsync(owner, button.Data, cancellationToken);
                if (seen.Add(id))
                {
                    row.Add((button.Label, id));
                }
            }

            if (row.Count > 0)
            {
                encoded.Add(row);
            }
        }

        if (FitAsButtons(encoded, reply.ExpectsText))
        {
            foreach (var row in encoded)
            {
                rows.Add(new JsonObject { ["type"] = 1, ["components"] = new JsonArray([.. row.Select(b => (JsonNode)Button(b.Label, b.CustomId, style: 2))]) });
            }
        }
        else
        {
            // The Answer button keeps a row of its own.
            foreach (var menu in ChoiceMenus.Rows(owner, [.. encoded.SelectMany(row => row)], reply.ExpectsText ? MaxRows - 1 : MaxRows))
            {
                rows.Add(menu);
            }
        }

        if (reply.ExpectsText)
        {
            var answer = Button("Answer", CustomIds.Answer(owner), style: 1);
            if (rows.Count < MaxRows)
            {
                rows.Add(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(answer) });
            }
            else
            {
                rows[^1]!["components"]!.AsArray().Add(answer);
            }
        }

        return rows;
    }

    /// <summary>Five rows of five at most, with room left for the Answer button when the reply has one.</summary>
    private static bool FitAsButtons(List<List<(string Label, string CustomId)>> rows, bool withAnswer) =>
        rows.Count <= MaxRows && rows.All(row => row.Count <= MaxButtonsPerRow)
        && (!withAnswer || rows.Count < MaxRows || rows[^1].Count < MaxButtonsPerRow);

    private static JsonObject Button(string label, string customId, int style) => new()
    {
        ["type"] = 2,
        ["style"] = style,
        ["label"] = Clip(label, MaxLabelLength),
        ["custom_id"] = customId,
    };

    /// <summary>The text cut to <paramref name="max"/> characters, with "…" marking a cut.</summary>
    public static string Clip(string text, int max) => text.Length > max ? text[..(max - 1)] + "…" : text;
}
