using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace InterviewCoachBot.Engine.Content;

/// <summary>Reads one YAML content file into a typed model, turning every parse problem into a <see cref="ContentException"/>.</summary>
public static class YamlContentReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <param name="fileName">Name shown in errors, such as <c>thank-you.yaml</c>.</param>
    public static T Read<T>(string fileName, string yaml)
        where T : class
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml)
                ?? throw new ContentException(fileName, 1, "the file is empty");
        }
        catch (YamlException ex)
        {
            var problem = ex.InnerException is { } inner and not YamlException ? inner.Message : ex.Message;
            throw new ContentException(fileName, YamlProblem.Line(yaml, ex), YamlProblem.Simplify(problem), ex);
        }
    }
}
