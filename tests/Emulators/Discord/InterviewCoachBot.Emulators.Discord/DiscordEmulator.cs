using System.Net;
using InterviewCoachBot.Emulators.Discord.Gateway;
using InterviewCoachBot.Emulators.Discord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewCoachBot.Emulators.Discord;

/// <summary>
/// A loopback Discord: Gateway v10 (JSON, no compression) over WebSocket and the REST v10 routes the bot uses,
/// served by Kestrel on 127.0.0.1 with an ephemeral port. Tests act as users, read what the bot sent, and inject faults.
/// </summary>
public sealed partial class DiscordEmulator : IAsyncDisposable
{
    private readonly EmulatorContext _context;
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly RestPipeline _rest;
    private readonly GatewayEndpoint _gateway;

    private DiscordEmulator(EmulatorContext context, WebApplication app)
    {
        _context = context;
        _app = app;
        _rest = new RestPipeline(context, RouteCatalog.Build(context));
        _gateway = new GatewayEndpoint(context.Gateway, new GatewayFrameHandler(context.Gateway, context.Identity, context.IdentifyBudget), context.Options);
    }

    /// <summary>Base URL replacing <c>https://discord.com/api</c>: <c>http://127.0.0.1:PORT/api</c>.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>Gateway URL returned by <c>GET /api/v10/gateway/bot</c>: <c>ws://127.0.0.1:PORT/gateway</c>.</summary>
    public Uri GatewayUrl => _context.GatewayUrl;

    /// <summary>The READY <c>resume_gateway_url</c>: <c>ws://127.0.0.1:PORT/gateway-resume</c>.</summary>
    public Uri ResumeGatewayUrl { get; private set; } = null!;

    /// <summary>The application (and bot user) id.</summary>
    public string ApplicationId => _context.ApplicationId;

    /// <summary>Starts Kestrel on 127.0.0.1 port 0.</summary>
    public static async Task<DiscordEmulator> StartAsync(
        string botToken, string applicationId, DiscordEmulatorOptions? options = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationId);
        var context = new EmulatorContext(botToken, applicationId, options ?? new DiscordEmulatorOptions());

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var emulator = new DiscordEmulator(context, app);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.Run(emulator.HandleAsync);
        await app.StartAsync(ct).ConfigureAwait(false);

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var authority = $"127.0.0.1:{address.Port}";
        emulator.ApiBaseUrl = new Uri($"http://{authority}/api");
        context.GatewayUrl = new Uri($"ws://{authority}{GatewayHub.GatewayPath}");
        emulator.ResumeGatewayUrl = new Uri($"ws://{authority}{GatewayHub.ResumePath}");
        context.Identity.ResumeUrl = emulator.ResumeGatewayUrl.ToString();
        return emulator;
    }

    /// <summary>Aborts gateway sockets and stops Kestrel.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var connection in _context.Gateway.OpenConnections())
        {
            await connection.AbortAsync().ConfigureAwait(false);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private Task HandleAsync(HttpContext http) =>
        GatewayEndpoint.IsGatewayPath(http.Request.Path)
            ? _gateway.HandleAsync(http, _stopping.Token)
            : _rest.HandleAsync(http);
}
