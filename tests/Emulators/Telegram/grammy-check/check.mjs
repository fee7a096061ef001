// Drives the Telegram emulator with a real third-party client (grammY, long polling).
// usage: node check.mjs <apiRoot> <token> [updatesBeforeExit]
//   /start          -> HTML reply with an inline keyboard
//   callback query  -> answerCallbackQuery("Noted") + editMessageText
// Stops (bot.stop(): confirms the offset, ends the long poll) after N handled updates, or on SIGTERM/SIGINT.
import { Bot, InlineKeyboard } from "grammy";

const [apiRoot, token, maxArg] = process.argv.slice(2);
if (!apiRoot || !token) {
  console.error("usage: node check.mjs <apiRoot> <token> [updatesBeforeExit]");
  process.exit(2);
}

const maxUpdates = Number(maxArg ?? 0);
const bot = new Bot(token, { client: { apiRoot: apiRoot.replace(/\/+$/, "") } });
let handled = 0;

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function handledOne() {
  handled += 1;
  console.log(`handled ${handled}`);
  if (maxUpdates > 0 && handled >= maxUpdates) {
    void bot.stop();
  }
}

bot.command("start", async (ctx) => {
  const keyboard = new InlineKeyboard().text("Yes", "ready:yes").text("Later", "ready:later");
  await ctx.reply(`Welcome, <b>${escapeHtml(ctx.from?.first_name ?? "there")}</b>! Ready?`, {
    parse_mode: "HTML",
    reply_markup: keyboard,
  });
  handledOne();
});

bot.on("callback_query:data", async (ctx) => {
  await ctx.answerCallbackQuery({ text: "Noted" });
  await ctx.editMessageText(`You chose <i>${escapeHtml(ctx.callbackQuery.data)}</i>`, { parse_mode: "HTML" });
  handledOne();
});

bot.catch((err) => {
  console.error("handler error:", err.error);
  process.exitCode = 1;
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => void bot.stop());
}

await bot.start({
  allowed_updates: ["message", "callback_query"],
  onStart: (me) => console.log(`polling as @${me.username}`),
});
console.log("stopped");
