using static InterviewCoachBot.Emulators.Discord.Tests.TestUsers;

namespace InterviewCoachBot.Emulators.Discord.Tests;

/// <summary>
/// Checks the emulator with a real third-party client: @discordjs/ws + @discordjs/rest (discordjs-check/check.mjs).
/// Needs <c>npm ci --prefix tests/Emulators/Discord/discordjs-check</c>; skipped without node_modules unless CI=true.
/// </summary>
public sealed class DiscordJsPeerTests
{
    private static readonly TimeSpan PeerTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DiscordJs_IdentifyCommandReconnectAnd4004_BehavesLikeDiscord()
    {
        var folder = RequireInstalledPeer();
        await using var emulator = await StartAsync(new DiscordEmulatorOptions { HeartbeatIntervalMs = 2000 });
        using var peer = NodeCheckProcess.Start(folder, emulator.ApiBaseUrl.ToString().TrimEnd('/'), Token, AppId);

        // 1. GET /gateway/bot through @discordjs/rest, then IDENTIFY → READY.
        await emulator.WaitForGatewayAsync(s => s.Identifies == 1 && s.Sessions == 1, PeerTimeout);
        await peer.WaitForLineAsync(l => l.StartsWith("READY", StringComparison.Ordinal), PeerTimeout);
        var gatewayBot = Assert.Single(emulator.RestRequests, r => r.RouteKey == "GET /gateway/bot");
        Assert.Equal(200, gatewayBot.StatusCode);
        Assert.StartsWith("DiscordBot", gatewayBot.UserAgent, StringComparison.Ordinal);

        // 2. A slash command is answered with a type-4 callback via REST.
        var handle = await emulator.SendSlashCommandAsync(Alice, "coach", new Dictionary<string, object?> { ["company"] = "Contoso" }, "thank-you");
        var response = await handle.WaitForResponseAsync(PeerTimeout);
        Assert.Equal(4, response.CallbackType);
        Assert.Equal($"discord.js saw /coach from {Alice.Id}", response.Data!.Value.GetProperty("content").GetString());
        Assert.Equal(64, response.Original!.Flags);
        Assert.True(response.Original.AllowedMentionsSuppressed);

        // 3. op 7 → the library closes, connects to resume_gateway_url and RESUMEs (no new IDENTIFY).
        await emulator.SendReconnectAsync();
        var afterResume = await emulator.WaitForGatewayAsync(s => s.SuccessfulResumes == 1, PeerTimeout);
        await peer.WaitForLineAsync(l => l == "RESUMED", PeerTimeout);
        Assert.Equal((1, 1, 1), (afterResume.Identifies, afterResume.Resumes, afterResume.ResumeUrlConnections));
        var resume = Assert.Single(emulator.GatewayFrames, f => f.Op == 6);
        Assert.Equal("/gateway-resume", resume.Path);
        Assert.Equal(afterResume.CurrentSessionId, resume.Payload!.Value.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(2, resume.Payload.Value.GetProperty("d").GetProperty("seq").GetInt32());

        // The resumed session still delivers interactions.
        var second = await emulator.SendSlashCommandAsync(Alice, "coach", NoOptions, "checklist");
        Assert.Equal(4, (await second.WaitForResponseAsync(PeerTimeout)).CallbackType);

        // 4. Token revoked + close 4004 → the library reports it and never reconnects; the script exits 4.
        var connections = emulator.Gateway.Connections;
        emulator.RejectToken();
        await emulator.CloseGatewayAsync(4004, "Authentication failed.");
        var exitCode = await peer.WaitForExitAsync(PeerTimeout);

        Assert.Equal(4, exitCode);
        Assert.Contains(peer.Lines, l => l == "ERROR Authentication failed");
        var final = emulator.Gateway;
        Assert.Equal((connections, 1, 1), (final.Connections, final.Identifies, final.Resumes));
    }

    private static DirectoryInfo RequireInstalledPeer()
    {
        var folder = NodeCheckProcess.FindCheckFolder();
        var installed = folder is not null && Directory.Exists(Path.Combine(folder.FullName, "node_modules", "@discordjs", "ws"));
        if (installed)
        {
            return folder!;
        }

        const string Message = "discord.js peer not installed: run `npm ci --prefix tests/Emulators/Discord/discordjs-check`.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Message + " (CI=true, so this is a failure, not a skip)");
        }

        Assert.Skip(Message);
        return null!;
    }
}
