using CsCheck;
using InterviewCoachBot.Adapters.Discord.Messages;
using InterviewCoachBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace InterviewCoachBot.Adapters.Discord.Tests.Hostile;

/// <summary>
/// Button custom ids: any engine data fits Discord's 100 characters and reads back with its owner; a tampered or forged
/// id never reads as somebody else's button (the owner is always the part the presser's client sent before the colon).
/// </summary>
public sealed class CustomIdsPropertyTests : IAsyncDisposable
{
    private readonly PlatformStateFile state = new();

    private static readonly Gen<string> Snowflake = Gen.ULong[1, ulong.MaxValue >> 1].Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<string> EngineData = Gen.Select(
        Gen.OneOf("=", "/"), HostileText.Any(limit: 200).Where(text => text.Length > 0).Select(text => HostileText.WellFormed(text)), (prefix, text) => prefix + text);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EncodeDecode_AnyEngineData_FitsDiscordAndReadsBackWithItsOwner()
    {
        var ids = new CustomIds(state.Store, new FakeTimeProvider());

        await Gen.Select(Snowflake, EngineData).SampleAsync(async (owner, data) =>
        {
            var id = await ids.EncodeAsync(owner, data, Ct);

            Assert.InRange(id.Length, 1, CustomIds.MaxLength);
            Assert.Equal(new PressedId(owner, data, IsAnswer: false), await ids.DecodeAsync(id, Ct));
        }, iter: 1000, threads: 1);
    }

    [Fact]
    public async Task Decode_TamperedOrForgedIds_OwnerIsAlwaysThePrefixTheClientSent()
    {
        var ids = new CustomIds(state.Store, new FakeTimeProvider());
        var tampered = Gen.Select(Snowflake, EngineData, Gen.Int[0, 100], HostileText.Piece);

        await Gen.Select(tampered, HostileText.Short()).SampleAsync(async (t, forged) =>
        {
            var (owner, data, at, piece) = t;
            var id = await ids.EncodeAsync(owner, data, Ct);
            var cut = at % (id.Length + 1);
            foreach (var press in new[] { id.Insert(cut, piece), id.Remove(Math.Min(cut, id.Length - 1), 1), forged })
            {
                if (await ids.DecodeAsync(press, Ct) is { } decoded)
                {
                    Assert.Equal(press[..press.IndexOf(':', StringComparison.Ordinal)], decoded.OwnerId);
                    Assert.NotEmpty(decoded.OwnerId);
                }
            }
        }, iter: 1000, threads: 1);
    }

    public ValueTask DisposeAsync() => state.DisposeAsync();
}
