"""Instructions per in-memory call, counted by valgrind and attributed to .NET methods.

    python3 instructions.py sdk|peer|hand-written [--category NAME] [--no-listeners] [--by-method [--jit-all]] [--calls-of TEXT ...]
    python3 instructions.py --goals [--no-listeners]

Runs `--loop` twice under callgrind and divides the difference in instructions by the difference in calls, so start-up
and warm-up cancel out. For `settings` (the default category) that is 1,000 and 3,000 calls after 100 warm-up calls;
categories with larger calls use proportionally fewer (the benchmarks' `--scenarios` table). Tiering is off, so every
method is compiled fully at once.

--goals       every category, SDK against the peer (a Refit client with the standard resilience handler), with the
              hand-written floor, as a table of instruction ratios next to the goal (~25 min).
              The goals are on time; instructions are the part of time that does not drift with the machine's load.

--by-method   attributes each instruction to the method whose code holds it, through the runtime's perf map
              (DOTNET_PerfMapEnabled=1). Code precompiled into the framework (ReadyToRun) is not in that map:
              --jit-all compiles it too, which raises the absolute counts (~+45 %) but leaves no code unnamed.
--calls-of    with --by-method: the inclusive cost of each method whose name contains TEXT, and what it calls.

Build first: dotnet build -c Release tests/RyzeApi.Client.Benchmarks
"""
import bisect
import collections
import os
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
DLL = HERE.parent / "bin/Release/net10.0/RyzeApi.Client.Benchmarks.dll"
JIT_FLOOR = 0x10000000  # below this, callgrind's addresses are offsets inside a native library, not JIT code


def scenarios():
    """name -> (goal, calls) from the benchmarks' own table."""
    lines = subprocess.run(["dotnet", str(DLL), "--scenarios"], check=True, capture_output=True, text=True).stdout.split()
    return {name: (float(goal), int(calls)) for name, goal, calls in zip(lines[0::3], lines[1::3], lines[2::3])}


def start(client, calls, warm_up, extra, out, jit_all):
    env = dict(os.environ, DOTNET_TieredCompilation="0", DOTNET_PerfMapEnabled="1", DOTNET_EnableWriteXorExecute="0", DOTNET_ReadyToRun="0" if jit_all else "1")
    cmd = ["valgrind", "--tool=callgrind", "--dump-instr=yes", f"--callgrind-out-file={out}",
           "dotnet", str(DLL), "--loop", client, str(calls), str(warm_up), *extra]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def finish(process):
    """The process id (the perf map's name) and the instructions counted."""
    log = process.communicate()[1]
    if process.returncode != 0:
        sys.exit(log[-2000:])
    return int(re.search(r"==(\d+)==", log).group(1)), int(re.search(r"Collected : (\d+)", log).group(1))


def perf_map(pid):
    symbols = []
    for line in open(f"/tmp/perf-{pid}.map", encoding="utf-8"):
        start, size, name = line.rstrip("\n").split(" ", 2)
        name = re.sub(r"\[(Optimized|OptimizedTier1|PreJIT|Tier0|Tier1|QuickJitted)\]", "", name).strip()
        symbols.append((int(start, 16), int(size, 16), name))
    symbols.sort()
    starts = [s[0] for s in symbols]

    def name_of(address):
        i = bisect.bisect_right(starts, address) - 1
        # Stub blocks overlap methods: the smallest range that holds the address names it.
        found = [s for s in symbols[max(0, i - 200):i + 1] if s[0] <= address < s[0] + s[1]]
        return min(found, key=lambda s: s[1])[2] if found else "(unnamed JIT code)"
    return name_of


def attribute(out, pid):
    """Self cost per method, and inclusive cost per (caller, callee) edge, from a callgrind file with --dump-instr=yes."""
    name_of = perf_map(pid)
    names, own, calls = {}, collections.Counter(), collections.Counter()
    obj = fn = callee_fn = callee_obj = None
    last, call_target = 0, None

    def compressed(kind, text):
        match = re.match(r"\((\d+)\)(?: (.*))?", text)
        if not match:
            return text
        if match.group(2) is not None:
            names[kind, match.group(1)] = match.group(2)
        return names.get((kind, match.group(1)), "?")

    def method(o, f, address):
        return name_of(address) if address >= JIT_FLOOR else f"{f} [{(o or '?').rsplit('/', 1)[-1]}]"

    for line in open(out, encoding="utf-8"):
        if line[0] in "0123456789+-*":
            parts = line.split()
            a = parts[0]
            last = int(a, 16) if a.startswith("0x") else last + int(a) if a[0] in "+-" else last if a == "*" else int(a)
            if len(parts) >= 3:
                here = method(obj, fn, last)
                if call_target is None:
                    own[here] += int(parts[2])
                else:
                    calls[here, method(callee_obj or obj, callee_fn, call_target)] += int(parts[2])
            call_target = callee_obj = None
        elif line.startswith("ob="):
            obj = compressed("ob", line[3:].strip())
        elif line.startswith("fn="):
            fn = compressed("fn", line[3:].strip())
        elif line.startswith("cfn="):
            callee_fn = compressed("fn", line[4:].strip())
        elif line.startswith("cob="):
            callee_obj = compressed("ob", line[4:].strip())
        elif line.startswith(("fl=", "fi=", "fe=")):
            compressed("fl", line[3:].strip())
        elif line.startswith(("cfi=", "cfl=")):
            compressed("fl", line[4:].strip())
        elif line.startswith("calls="):
            target = line.split()[1]
            call_target = int(target, 16) if target.startswith("0x") else int(target)
    return own, calls


def per_call(small, large, measured):
    return {k: (large.get(k, 0) - small.get(k, 0)) / measured for k in set(small) | set(large)}


def count(client, category, calls, extra, folder, jit_all):
    """Runs the two loops side by side (two cores); returns the instructions per call and both runs (file, pid, total)."""
    small, large = calls // 20, 3 * calls // 20  # settings: 1,000 and 3,000
    extra = [*extra, "--category", category]
    started = {n: start(client, n, min(100, small), extra, f"{folder}/{client}-{n}.out", jit_all) for n in (small, large)}
    runs = {n: (f"{folder}/{client}-{n}.out", *finish(process)) for n, process in started.items()}
    return (runs[large][2] - runs[small][2]) / (large - small), runs[small], runs[large], large - small


def goals(extra):
    print(f"| Category | SDK instructions per call | Peer | SDK ÷ peer | Goal (on time) | Hand-written (floor) |{' (' + ' '.join(extra) + ')' if extra else ''}")
    print("|---|---:|---:|---:|---|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for category, (goal, calls) in scenarios().items():
            sdk, peer, hand_written = (count(client, category, calls, extra, folder, False)[0] for client in ("sdk", "peer", "hand-written"))
            ratio = sdk / peer
            print(f"| {category} | {sdk:,.0f} | {peer:,.0f} | {ratio:.2f} | ≤ {goal:.2f}: {'within' if ratio <= goal else 'above'} | {hand_written:,.0f} |", flush=True)


def main(args):
    extra = ["--no-listeners"] if "--no-listeners" in args else []
    if "--goals" in args:
        return goals(extra)
    client = args[0] if args and args[0] in ("sdk", "peer", "hand-written") else sys.exit(__doc__)
    category = args[args.index("--category") + 1] if "--category" in args else "settings"
    known = scenarios()
    if category not in known:
        sys.exit(f"--category takes one of: {', '.join(known)}")
    by_method, jit_all = "--by-method" in args, "--jit-all" in args
    patterns = [args[i + 1] for i, a in enumerate(args) if a == "--calls-of" and i + 1 < len(args)]
    with tempfile.TemporaryDirectory() as folder:
        per, small_run, large_run, measured = count(client, category, known[category][1], extra, folder, jit_all)
        print(f"{client} {category}{' ' + ' '.join(extra) if extra else ''}: {per:,.0f} instructions per call")
        if not by_method:
            return
        small, large = attribute(small_run[0], small_run[1]), attribute(large_run[0], large_run[1])
    own, calls = per_call(small[0], large[0], measured), per_call(small[1], large[1], measured)
    print("\nSelf instructions per call, largest first:")
    for name, cost in sorted(own.items(), key=lambda item: -item[1])[:40]:
        print(f"{cost:9,.0f}  {name[:150]}")
    for pattern in patterns:
        for name in sorted(n for n in own if pattern in n):
            callees = sorted(((c, callee) for (caller, callee), c in calls.items() if caller == name and callee != name), reverse=True)
            print(f"\n{own[name] + sum(c for c, _ in callees):9,.0f}  inclusive  {name[:150]}")
            for cost, callee in callees[:15]:
                print(f"{cost:9,.0f}    -> {callee[:140]}")


if __name__ == "__main__":
    main(sys.argv[1:])
