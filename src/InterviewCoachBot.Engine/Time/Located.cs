using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace InterviewCoachBot.Engine.Time;

/// <summary>A YAML value with the line it starts on, so that content errors found after parsing can name that line.</summary>
internal sealed class Located<T> : IYamlConvertible
{
    /// <summary>1-based line of the value in the file.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The value, or <see langword="null"/> when the YAML left it empty.</summary>
    public T? Value { get; private set; }

    void IYamlConvertible.Read(IParser parser, Type expectedType, ObjectDeserializer nestedObjectDeserializer)
    {
        Line = checked((int)(parser.Current?.Start.Line ?? 1));
        if (typeof(T) != typeof(string) && parser.Current is Scalar scalar && !IsNull(scalar))
        {
            // "- Europe/Berlin" where "- id: Europe/Berlin" was meant: say so instead of "invalid cast".
            var key = UnderscoredNamingConvention.Instance.Apply(typeof(T).GetProperties()[0].Name);
            throw new YamlException(scalar.Start, scalar.End, $"write this entry as '{key}: {scalar.Value}', not just '{scalar.Value}'");
        }

        Value = (T?)nestedObjectDeserializer(typeof(T));
    }

    void IYamlConvertible.Write(IEmitter emitter, ObjectSerializer nestedObjectSerializer) =>
        throw new NotSupportedException("Time zone content is read, never written.");

    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
