// Drives the loopback Discord emulator with the real discord.js gateway + REST clients.
// Usage: node check.mjs <apiBaseUrl> <token> <applicationId>
// Prints one line per event (READY, RESUMED, CALLBACK_SENT, ERROR ..., CLOSED <code>).
// Exit codes: 4 = authentication failed (4004, the library does not reconnect), 2 = usage, 5 = watchdog timeout, 1 = other error.
import { REST } from '@discordjs/rest';
import { WebSocketManager, WebSocketShardEvents } from '@discordjs/ws';

const [apiBaseUrl, token, applicationId] = process.argv.slice(2);
if (!apiBaseUrl || !token || !applicationId) {
  console.error('usage: node check.mjs <apiBaseUrl> <token> <applicationId>');
  process.exit(2);
}

const log = (line) => console.log(line);
const watchdog = setTimeout(() => {
  log('WATCHDOG timeout');
  process.exit(5);
}, 120_000);

const rest = new REST({ api: apiBaseUrl, version: '10', retries: 1, timeout: 10_000 }).setToken(token);
const manager = new WebSocketManager({ token, intents: 0, rest, helloTimeout: 10_000, readyTimeout: 10_000 });

manager.on(WebSocketShardEvents.Ready, (data) => log(`READY session=${data.session_id} resume=${data.resume_gateway_url}`));
manager.on(WebSocketShardEvents.Resumed, () => log('RESUMED'));
manager.on(WebSocketShardEvents.Closed, (code) => log(`CLOSED ${code}`));
manager.on(WebSocketShardEvents.Dispatch, async (payload) => {
  if (payload.t !== 'INTERACTION_CREATE') return;
  const interaction = payload.d;
  try {
    await rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
      auth: false,
      body: {
        type: 4,
        data: {
          content: `discord.js saw /${interaction.data.name} from ${interaction.user?.id ?? interaction.member?.user?.id}`,
          flags: 64,
          allowed_mentions: { parse: [] },
        },
      },
    });
    log(`CALLBACK_SENT ${interaction.id}`);
  } catch (error) {
    log(`CALLBACK_FAILED ${error.message}`);
  }
});
manager.on(WebSocketShardEvents.Error, async (error) => {
  log(`ERROR ${error.message}`);
  if (/Authentication failed/i.test(error.message)) {
    clearTimeout(watchdog);
    await manager.destroy().catch(() => {});
    process.exit(4);
  }
});

try {
  await manager.connect();
  log('CONNECTED');
} catch (error) {
  log(`CONNECT_FAILED ${error.message}`);
  process.exit(1);
}
