namespace InterviewCoachBot.Adapters.Telegram;

/// <summary>Non-negative integers in digits and lower-case letters: Telegram user ids in fewer callback_data bytes.</summary>
internal static class Base36
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Encode(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Span<char> buffer = stackalloc char[16];
        var at = buffer.Length;
        do
        {
            buffer[--at] = Digits[(int)(value % 36)];
            value /= 36;
        }
        while (value > 0);
        return new string(buffer[at..]);
    }

    public static bool TryDecode(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.Length is 0 or > 13)
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0 || value > (long.MaxValue - digit) / 36)
            {
                return false;
            }

            value = (value * 36) + digit;
        }

        return true;
    }
}
