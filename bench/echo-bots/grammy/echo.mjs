// P2 reference: the bare grammY echo bot, unthrottled, long polling the Telegram emulator.
// usage: node echo.mjs <apiRoot> <token>; stops on SIGTERM/SIGINT.
import { Bot } from "grammy";

const [apiRoot, token] = process.argv.slice(2);
if (!apiRoot || !token) {
  console.error("usage: node echo.mjs <apiRoot> <token>");
  process.exit(2);
}

const bot = new Bot(token, { client: { apiRoot: apiRoot.replace(/\/+$/, "") } });
bot.on("message", (ctx) => ctx.reply(ctx.message.text));

const stop = () => void bot.stop();
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
await bot.start({ onStart: () => console.log("polling") });
