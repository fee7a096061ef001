// P3 reference: answers every interaction at once with callback type 4 and a short text (@discordjs/ws + @discordjs/rest).
// usage: node echo.mjs <apiBaseUrl> <token>; stops on SIGTERM/SIGINT.
import { REST } from '@discordjs/rest';
import { WebSocketManager, WebSocketShardEvents } from '@discordjs/ws';

const [apiBaseUrl, token] = process.argv.slice(2);
if (!apiBaseUrl || !token) {
  console.error('usage: node echo.mjs <apiBaseUrl> <token>');
  process.exit(2);
}

const rest = new REST({ api: apiBaseUrl, version: '10' }).setToken(token);
const manager = new WebSocketManager({ token, intents: 0, rest });

manager.on(WebSocketShardEvents.Dispatch, (payload) => {
  if (payload.t !== 'INTERACTION_CREATE') return;
  const { id, token: interactionToken } = payload.d;
  rest
    .post(`/interactions/${id}/${interactionToken}/callback`, { auth: false, body: { type: 4, data: { content: 'pong' } } })
    .catch((error) => console.error(`callback failed: ${error.message}`));
});
manager.on(WebSocketShardEvents.Error, (error) => console.error(`gateway error: ${error.message}`));

const stop = () => void manager.destroy().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
await manager.connect();
console.log('connected');
