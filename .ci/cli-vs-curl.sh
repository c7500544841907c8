#!/usr/bin/env bash
# How fast the native ryze answers `instance list -o json` next to curl sending the same request, both against the
# standalone fake RyzeAPI on loopback: N runs each, interleaved, medians and the ratio (docs/cli.md).
# Usage: .ci/cli-vs-curl.sh [N]   (needs artifacts/ryze/ryze from .ci/run's native AOT section, or it publishes it)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
port=5182
token=measure-token

[ -x artifacts/ryze/ryze ] || dotnet publish src/RyzeApi.Cli -c Release -r linux-x64 -p:PublishAot=true -o artifacts/ryze --nologo >/dev/null
[ -f artifacts/fake-server/FakeServer.dll ] || dotnet build samples/FakeServer -c Release -o artifacts/fake-server --nologo -v q >/dev/null
dotnet artifacts/fake-server/FakeServer.dll --port $port --token $token > artifacts/fake-server-measure.log 2>&1 &
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null; wait $fake_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "listening" artifacts/fake-server-measure.log 2>/dev/null && break; sleep 0.5; done

# The fake allows 100 calls a minute per token, like RyzeAPI: 2 warm-ups and N runs of each stay under it for N <= 45.
RUNS=$runs PORT=$port TOKEN=$token python3 - <<'PY'
import os, statistics, subprocess, time
runs, port, token = int(os.environ["RUNS"]), os.environ["PORT"], os.environ["TOKEN"]
base = f"http://127.0.0.1:{port}/"
env = dict(os.environ, RYZE_TOKEN=token, XDG_CONFIG_HOME="/nonexistent")
ryze = ["./artifacts/ryze/ryze", "instance", "list", "-o", "json", "--base-url", base]
curl = ["curl", "-sf", "-H", f"token: {token}", "-H", "Accept: application/json", base + "api/instance/list"]
def once(command):
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000
for _ in range(2):
    once(ryze); once(curl)
times = {"ryze": [], "curl": []}
for _ in range(runs):
    times["ryze"].append(once(ryze))
    times["curl"].append(once(curl))
medians = {name: statistics.median(values) for name, values in times.items()}
for name, values in times.items():
    print(f"{name:5} median {medians[name]:6.1f} ms   min {min(values):6.1f} ms   max {max(values):6.1f} ms   ({runs} runs)")
print(f"ratio ryze/curl (medians): {medians['ryze'] / medians['curl']:.2f}x")
PY
