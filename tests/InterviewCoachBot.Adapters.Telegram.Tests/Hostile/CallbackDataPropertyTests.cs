using System.Text;
using CsCheck;
using InterviewCoachBot.Engine.Conversation;
using InterviewCoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoachBot.Adapters.Telegram.Tests.Hostile;

/// <summary>
/// <c>callback_data</c> is echoed back by the client unchecked. Whatever a press carries, the codec either passes on data
/// the engine could have made for the user who pressed, or refuses: it never acts on a button made for someone else.
/// </summary>
public sealed class CallbackDataPropertyTests
{
    private static readonly Gen<long> UserId = Gen.Frequency((3, Gen.Long[1, 10_000_000_000]), (1, Gen.Long[0, long.MaxValue]));

    /// <summary>Well-formed: Telegram's JSON carries no lone surrogates, so none can come back in a press.</summary>
    private static readonly Gen<string> EngineData = Gen.Select(
        Gen.OneOf("=", "/"), HostileText.Short().Where(text => text.Length > 0).Select(text => HostileText.WellFormed(text)), (prefix, text) => prefix + text);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EncodeDecode_AnyEngineData_FitsTelegramAndReadsBackForTheOwnerOnly()
    {
        await using var fixture = await MessengerFixture.CreateAsync();
        var codec = fixture.Services.GetRequiredService<CallbackDataCodec>();

        await Gen.Select(UserId, UserId, EngineData).SampleAsync(async (owner, other, data) =>
        {
            var encoded = await codec.EncodeAsync(owner, data, Ct);

            Assert.InRange(Encoding.UTF8.GetByteCount(encoded), 1, CallbackDataCodec.MaxBytes);
            Assert.Equal(data, (await codec.DecodeAsync(owner, encoded, Ct)).Data);
            if (other != owner)
            {
                Assert.Same(CallbackVerdict.NotYours, await codec.DecodeAsync(other, encoded, Ct));
            }
        }, iter: 400, threads: 1);
    }

    [Fact]
    public async Task Decode_TamperedOrForgedData_AcceptedOnlyAsEngineDataOfThePresser()
    {
        await using var fixture = await MessengerFixture.CreateAsync();
        var codec = fixture.Services.GetRequiredService<CallbackDataCodec>();
        var tampered = Gen.Select(UserId, EngineData, Gen.Int[0, 100], HostileText.Piece, (owner, data, at, piece) => (owner, data, at, piece));

        await Gen.Select(tampered, UserId, HostileText.Short()).SampleAsync(async (t, presser, forged) =>
        {
            var encoded = await codec.EncodeAsync(t.owner, t.data, Ct);
            var at = t.at % (encoded.Length + 1);
            foreach (var press in new[] { encoded.Insert(at, t.piece), encoded.Remove(Math.Min(at, encoded.Length - 1), 1), forged, encoded })
            {
                var verdict = await codec.DecodeAsync(presser, press, Ct);

                if (verdict.Data is { } accepted)
                {
                    Assert.True(ButtonData.TryReadAnswer(accepted, out _) || ButtonData.TryReadCommand(accepted, out _));
                    Assert.True(Base36.TryDecode(press.AsSpan(0, press.IndexOf(':', StringComparison.Ordinal)), out var owner));
                    Assert.Equal(presser, owner);
                }
                else
                {
                    Assert.False(string.IsNullOrWhiteSpace(verdict.Refusal));
                }
            }
        }, iter: 400, threads: 1);
    }
}
