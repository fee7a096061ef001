#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers with SharpFuzz and AFL++, for a bounded time per target.
#   bash fuzz/run.sh [seconds per target, default 120] [target ...]
# Targets: date, telegram-update, discord-interaction (all by default). Needs afl-fuzz (Debian: apt-get install afl++).
# Findings go to fuzz/out/findings/<target>/default/{crashes,hangs,queue}; exit code 1 when any target crashed.
# Reproduce a crash: dotnet fuzz/out/bin/InterviewCoachBot.Fuzz.dll <target> <crash file>
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:-120}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(date telegram-update discord-interaction)
fi

if ! command -v afl-fuzz > /dev/null; then
  echo "afl-fuzz not found; install AFL++ first (Debian: apt-get install afl++)." >&2
  exit 2
fi

out="$here/out"
rm -rf "$out/bin"
dotnet publish "$here/InterviewCoachBot.Fuzz/InterviewCoachBot.Fuzz.csproj" -c Release -o "$out/bin" --nologo -v quiet
(cd "$here" && dotnet tool restore > /dev/null)

# Instrument our assemblies (and Telegram.Bot, whose JSON mapping reads the updates) so AFL sees which branches ran.
for dll in InterviewCoachBot.Engine.dll InterviewCoachBot.Adapters.Telegram.dll InterviewCoachBot.Adapters.Discord.dll Telegram.Bot.dll; do
  (cd "$here" && dotnet sharpfuzz "$out/bin/$dll" > /dev/null)
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
crashed=0
printf '%-20s %12s %10s %10s %8s %8s\n' target executions execs/s paths crashes hangs
for target in "${targets[@]}"; do
  findings="$out/findings/$target"
  rm -rf "$findings"
  mkdir -p "$out/findings"
  afl-fuzz -i "$here/corpus/$target" -o "$findings" -V "$seconds" -t 5000 -m none \
    -- dotnet "$out/bin/InterviewCoachBot.Fuzz.dll" "$target" > "$out/$target.log" 2>&1 || true
  stats="$findings/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    echo "$target: afl-fuzz did not start, see $out/$target.log" >&2
    crashed=1
    continue
  fi

  value() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }
  printf '%-20s %12s %10s %10s %8s %8s\n' "$target" "$(value execs_done)" "$(value execs_per_sec)" \
    "$(value corpus_count)" "$(value saved_crashes)" "$(value saved_hangs)"
  if [ "$(value saved_crashes)" != "0" ]; then
    crashed=1
    ls "$findings/default/crashes" | sed "s|^|  crash: $findings/default/crashes/|" | grep -v README
  fi
done

exit "$crashed"
