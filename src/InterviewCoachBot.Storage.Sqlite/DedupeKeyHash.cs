using System.Security.Cryptography;
using System.Text;

namespace InterviewCoachBot.Storage.Sqlite;

/// <summary>
/// The SQL function <c>hmac_sha256_hex(secret, text)</c>: how a dedupe key is stored in the inbox (migration 0005 re-keys
/// the old rows with it, the inbox store hashes new keys with it), so a stored key no longer reveals whose it was.
/// </summary>
internal static class DedupeKeyHash
{
    public const string FunctionName = "hmac_sha256_hex";

    public static string Compute(byte[] secret, string text)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(text)));
    }
}
