using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InterviewCoachBot.Engine.Content;

/// <summary>
/// A node of a content file with the line it starts on, read field by field so that every problem, whether bad YAML,
/// a missing field, a wrong type or an unknown key, becomes a <see cref="ContentException"/> naming the file and line.
/// </summary>
public sealed class ContentNode
{
    private readonly YamlNode node;

    private ContentNode(string file, YamlNode node, string path)
    {
        File = file;
        this.node = node;
        Path = path;
    }

    public string File { get; }

    /// <summary>Where the node sits, such as <c>checklist.items[2]</c>; used in messages.</summary>
    public string Path { get; }

    public int Line => checked((int)node.Start.Line);

    public static ContentNode Parse(string file, string yaml)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            throw new ContentException(file, YamlProblem.Line(yaml, ex), "this is not valid YAML: " + YamlProblem.Simplify(ex.Message), ex);
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet refuses some events (such as an alias used as a mapping key) with a bare ArgumentException and no
            // position; the parser stopped at the event it could not use.
            var line = Math.Max(checked((int)(parser.Current?.Start.Line ?? 1)), 1);
            throw new ContentException(file, line, "this is not valid YAML here (a * or & starts an alias or anchor)", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner gives up on some broken plain text (a "[" before odd characters) with no position either.
            var line = Math.Max(checked((int)(parser.Current?.Start.Line ?? 1)), 1);
            throw new ContentException(file, line, "this is not valid YAML here (check brackets and quotes)", ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw new ContentException(file, 1, "the file is empty");
        }

        var root = new ContentNode(file, stream.Documents[0].RootNode, string.Empty);
        _ = root.Mapping();
        return root;
    }

    public ContentException Error(string problem) => new(File, Line, Path.Length == 0 ? problem : $"{Path}: {problem}");

    /// <summary>Fails on any key not listed, which catches typos such as <c>titel:</c>.</summary>
    public ContentNode Only(params string[] keys)
    {
        foreach (var key in Mapping().Children.Keys.OfType<YamlScalarNode>())
        {
            if (!keys.Contains(key.Value, StringComparer.Ordinal))
            {
                throw new ContentException(File, checked((int)key.Start.Line), $"{Join(key.Value!)}: unknown field; expected one of {string.Join(", ", keys)}");
            }
        }

        return this;
    }

    public ContentNode Child(string key) => TryChild(key) ?? throw Error($"the field '{key}' is missing");

    public ContentNode? TryChild(string key) =>
        Mapping().Children.TryGetValue(new YamlScalarNode(key), out var child) ? new ContentNode(File, child, Join(key)) : null;

    public string Text(string key) => Child(key).AsText();

    public string AsText()
    {
        var text = node is YamlScalarNode { Value: { } value } ? value.Trim() : throw Error("expected a text");
        return text.Length > 0 ? text : throw Error("the text is empty");
    }

    public Template Template(string key, params string[] placeholders) => Child(key).AsTemplate(placeholders);

    public Template AsTemplate(params string[] placeholders)
    {
        var (template, problem) = Content.Template.Parse(AsText(), placeholders);
        return template ?? throw Error(problem!);
    }

    public int Number(string key, int min, int max)
    {
        var child = Child(key);
        return int.TryParse(child.AsText(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw child.Error($"expected a whole number from {min} to {max}");
    }

    public bool Boolean(string key)
    {
        var child = Child(key);
        return bool.TryParse(child.AsText(), out var value) ? value : throw child.Error("expected true or false");
    }

    /// <summary>The items of a non-empty list.</summary>
    public IReadOnlyList<ContentNode> List(string key)
    {
        var child = Child(key);
        var items = child.node is YamlSequenceNode sequence ? sequence.Children : throw child.Error("expected a list");
        return items.Count > 0
            ? [.. items.Select((item, index) => new ContentNode(File, item, $"{child.Path}[{index + 1}]"))]
            : throw child.Error("the list is empty");
    }

    /// <summary>Checks that a field of every item is unique, as keys must be.</summary>
    public static void RequireUnique(IReadOnlyList<ContentNode> items, string key)
    {
        ArgumentNullException.ThrowIfNull(items);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(item.Text(key)))
            {
                throw item.Child(key).Error($"'{item.Text(key)}' is used twice; each {key} must be unique");
            }
        }
    }

    private YamlMappingNode Mapping() => node as YamlMappingNode ?? throw Error("expected fields (name: value lines)");

    private string Join(string key) => Path.Length == 0 ? key : $"{Path}.{key}";
}
