using System.Text.RegularExpressions;
using InterviewCoachBot.Emulators.Discord.Validation;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace InterviewCoachBot.Emulators.Discord.Rest;

/// <summary>
/// Discord's upload form (multipart/form-data): the JSON body in the <c>payload_json</c> part and files in
/// <c>files[0]</c> … <c>files[9]</c>, each with a file name.
/// </summary>
internal static partial class MultipartBody
{
    public const int MaxFiles = 10;

    /// <summary>Discord's default upload limit per file for bots (10 MiB).</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    public static async Task<MultipartForm> ReadAsync(string contentType, byte[] body)
    {
        var errors = new List<ValidationError>();
        var files = new List<UploadedFile>();
        byte[]? payload = null;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            errors.Add(new([], "CONTENT_TYPE_INVALID", "multipart/form-data needs a boundary."));
            return new MultipartForm(null, files, errors);
        }

        var reader = new MultipartReader(boundary, new MemoryStream(body)) { BodyLengthLimit = null };
        try
        {
            while (await reader.ReadNextSectionAsync().ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) 
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new([], "MULTIPART_INVALID", "Every part needs Content-Disposition: form-data."));
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                using var buffer = new MemoryStream();
                await section.Body.CopyToAsync(buffer).ConfigureAwait(false);
                if (name == "payload_json")
                {
                    payload = buffer.ToArray();
                }
                else if (FilePart().Match(name) is { Success: true } match && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var index
                    && index < MaxFiles)
                {
                    var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    if (string.IsNullOrEmpty(fileName))
                    {
                        errors.Add(new([name], "BASE_TYPE_REQUIRED", "A file part needs a filename."));
                    }
                    else if (files.Any(f => f.Index == index))
                    {
                        errors.Add(new([name], "MULTIPART_INVALID", "The same file part is given twice."));
                    }
                    else
                    {
                        files.Add(new UploadedFile(index, fileName, section.ContentType, buffer.ToArray()));
                    }
                }
                else
                {
                    errors.Add(new([name], "UNKNOWN_FIELD", "This field is not allowed here."));
                }
            }
        }
        catch (IOException)
        {
            errors.Add(new([], "MULTIPART_INVALID", "The multipart body could not be read."));
        }

        if (payload is null && errors.Count == 0)
        {
            errors.Add(new(["payload_json"], "BASE_TYPE_REQUIRED", "This field is required"));
        }

        return new MultipartForm(payload, files, errors);
    }

    public static bool IsMultipart(string contentType) =>
        contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^files\[(\d{1,2})\]$", RegexOptions.CultureInvariant)]
    private static partial Regex FilePart();
}

/// <summary>A parsed upload form: the <c>payload_json</c> bytes, the files, and what was wrong with it.</summary>
internal sealed record MultipartForm(byte[]? PayloadJson, IReadOnlyList<UploadedFile> Files, IReadOnlyList<ValidationError> Errors);
