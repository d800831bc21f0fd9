#!/usr/bin/env python3
"""Start-up benchmark of oht-toolkit (a harness that prints figures, not a timed test).

Installs COURSES copies of the starter course (different ids) into a fresh library,
then launches `oht-toolkit --data-dir DIR --benchmark-startup` RUNS times. The switch
makes the app print when its window is first exposed, then open the first lesson of the
first course (cold: Chromium starts), then the next lesson (warm), and print "ready".
The harness measures, per run:
  window  wall time from launching the process to the window's first Expose event
  cold    time from asking for the first lesson to its loadFinished (reported by the app)
  warm    the same for the second lesson
  rss     resident memory summed over the app and all its child processes
          (QtWebEngineProcess, zygote, renderer, GPU...) with one lesson open
  pss     the same as proportional set size (shared pages divided among processes)

Run it on a display, e.g.:
  xvfb-run -a -s "-screen 0 1280x1024x24" tests/bench/startup/bench_startup.py build
"""
import argparse, json, os, re, shutil, signal, statistics, subprocess, sys, tempfile, time

def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kw)

def make_library(build, source, courses, data):
    ohtpack = os.path.join(build, "bin", "ohtpack")
    work = tempfile.mkdtemp(prefix="oht-bench-src-")
    try:
        for i in range(courses):
            src = os.path.join(work, f"course-{i:02d}")
            shutil.copytree(source, src)
            manifest_path = os.path.join(src, "pack.json")
            with open(manifest_path, encoding="utf-8") as f:
                manifest = json.load(f)
            manifest["id"] = f"org.bench.course{i:02d}"
            manifest["title"] = f"Benchmark course {i + 1:02d}"
            with open(manifest_path, "w", encoding="utf-8") as f:
                json.dump(manifest, f, indent=2)
            out = os.path.join(work, f"course-{i:02d}.ohtpack")
            run([ohtpack, "build", src, "-o", out])
            run([ohtpack, "import", "--data-dir", data, out])
    finally:
        shutil.rmtree(work, ignore_errors=True)

def descendants(root):
    children = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(pid))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree

def memory_kb(pids):
    rss = pss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss

def cpu_ms(pid):
    # user + system CPU time of one process: unlike wall time, not inflated by a busy machine.
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")

def one_run(binary, data, timeout=60):
    env = dict(os.environ)
    if os.geteuid() == 0:
        # Chromium refuses to run its sandbox as root (the app never sets this itself).
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    start = time.monotonic()
    proc = subprocess.Popen([binary, "--data-dir", data, "--benchmark-startup"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, start_new_session=True)
    result = {}
    try:
        deadline = start + timeout
        for line in proc.stdout:
            now = time.monotonic()
            parts = line.split()
            if len(parts) < 2 or parts[0] != "oht-bench":
                continue
            if parts[1] == "window-exposed-ms-since-main":
                result["window"] = (now - start) * 1000
                result["window_cpu"] = cpu_ms(proc.pid)
                result["window_in_process"] = float(parts[2])
            elif parts[1] == "courses":
                result["courses"] = int(parts[2])
            elif parts[1] == "lesson-cold-ms":
                result["cold"] = float(parts[2])
            elif parts[1] == "lesson-warm-ms":
                result["warm"] = float(parts[2])
            elif parts[1] == "error":
                raise RuntimeError(" ".join(parts[2:]))
            elif parts[1] == "ready":
                tree = descendants(proc.pid)
                result["processes"] = len(tree)
                result["rss"], result["pss"] = memory_kb(tree)
                break
            if now > deadline:
                raise RuntimeError("timed out")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(10)
    return result

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build", help="build directory (with bin/oht-toolkit and bin/ohtpack)")
    parser.add_argument("--courses", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if "DISPLAY" not in os.environ and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        sys.exit("no display: run under xvfb-run (see the docstring)")
    here = os.path.dirname(os.path.abspath(__file__))
    source = os.path.join(here, "..", "..", "..", "resources", "packs", "starter")
    binary = os.path.join(args.build, "bin", "oht-toolkit")
    data = tempfile.mkdtemp(prefix="oht-bench-lib-")
    try:
        make_library(args.build, source, args.courses, data)
        one_run(binary, data)  # first run installs the bundled packs: not counted
        runs = [one_run(binary, data) for _ in range(args.runs)]
    finally:
        shutil.rmtree(data, ignore_errors=True)
    print(f"oht-toolkit start-up, {runs[0]['courses']} courses installed, {args.runs} runs (median, min-max)")
    def show(key, label, unit, scale=1.0, target=None):
        values = [r[key] * scale for r in runs]
        line = f"  {label:<38} {statistics.median(values):8.0f} {unit}  ({min(values):.0f}-{max(values):.0f})"
        if target is not None:
            line += f"   target <= {target} {unit}"
        print(line)
    show("window", "window visible after launch", "ms", target=400)
    show("window_in_process", "  of which after main() started", "ms")
    show("window_cpu", "  CPU time (user+sys) until then", "ms")
    show("cold", "first lesson rendered, cold", "ms", target=1500)
    show("warm", "next lesson rendered, warm", "ms", target=150)
    show("rss", "resident memory, all processes (RSS)", "MB", 1 / 1024, target=250)
    show("pss", "proportional memory, all processes (PSS)", "MB", 1 / 1024)
    print(f"  processes with one lesson open: {runs[0]['processes']}")
    with open("/proc/loadavg") as f:
        print(f"  load average during the runs: {f.read().split()[0]} on {os.cpu_count()} CPUs")

if __name__ == "__main__":
    main()
