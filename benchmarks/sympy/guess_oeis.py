#!/usr/bin/env python3
"""Classical-guesser baseline for the OEIS sequence-prediction benchmark: sympy's guessers, as a new user would use them.

Run (Python 3.11, only the standard library and sympy; measured with sympy 1.14.0):

    python3 benchmarks/sympy/guess_oeis.py /work/shared/reference/oeis/oeis-10k.txt \
        --ids /tmp/sample1000-ids.txt --input-terms 25 --predict 10 --timeout 5 --workers 1 \
        --out benchmarks/results/sympy-oeis-25-10

Without --ids every eligible sequence of the file is run (a sequence is eligible when it has at least
input-terms + predict terms; 7,228 of the 10,000 for 25 + 10). With --ids FILE (one A-number a line) only those, in
that order. The OEIS file has one sequence a line: `A000045 ,0,1,1,2,3,5,...,`.

Protocol (d'Ascoli et al., "Deep symbolic regression for recurrent sequences", ICML 2022): the guesser sees the
first --input-terms terms and must predict the next --predict terms; a sequence is solved when all of them are
exactly right.

"As a new user would" means: the two classical guessers of `sympy.concrete.guess`, called with their default
arguments, no tuning, no preprocessing of the sequence (no shifting, no differencing, no dropping of leading terms):

  1. rational_gf -- `guess_generating_function_rational(terms)`: a rational generating function p(x)/q(x), i.e. a
     linear recurrence with constant coefficients (polynomials, geometric and Fibonacci-like sequences included).
     The first given term is the coefficient of x^0; the power series of p/q is expanded exactly (power-series
     division with rationals) to input-terms + predict coefficients.
  2. guess -- `guess(terms)` (default niter=2: rational functions of n, then products of rational functions, i.e.
     hypergeometric terms such as factorial(i0 - 1) or Catalan numbers). Its formulas are in i0 with the FIRST
     given term at i0 = 1 (checked: guess([1, 1, 2, 6, 24, ...]) = [factorial(i0 - 1)]); each formula is evaluated
     exactly (subs + doit) at i0 = 1 .. input-terms + predict.

A method counts only if its formula reproduces all the given terms (sympy fits on a prefix and checks one term, so a
returned formula may not); the prediction is that of the first method that does, rational_gf first, and if it
does not, guess. A sequence with no such formula gets method `none` and counts as unsolved.

Each method call for each sequence runs in a forked child process (sympy is imported once in the parent) and is
killed when it exceeds --timeout seconds of CPU time (RLIMIT_CPU) or --timeout * --wall-factor seconds of wall-clock
time (a backstop for a heavily loaded machine), so a hung sympy call cannot stall the run. A killed call counts as
"no formula" for that method. CPU time rather than wall time is the limit so that the result does not depend on how
busy a shared machine is; pass --wall-factor 1 for a pure wall-clock limit.

Output in --out DIR: predictions.tsv (id, method, formula, predicted), results.csv (id, exact, method, seconds,
timed_out -- seconds is the wall time of the sequence, both methods, process start-up included; timed_out lists the
methods killed, separated by '+'), results.md (exact rate, per-method counts, times, settings, sympy version).
"""

import argparse
import concurrent.futures
import csv
import math
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import time
from fractions import Fraction

import sympy
from sympy import Poly, Symbol, fraction, symbols, together
from sympy.concrete.guess import guess, guess_generating_function_rational

METHODS = ("rational_gf", "guess")
X = Symbol("x")
I0 = symbols("i0")


# ---------------------------------------------------------------- the two methods (run in a child process)

def series_coefficients(expr, count):
    """The first count power-series coefficients (at x = 0) of the rational function expr, exactly."""
    num, den = fraction(together(expr))
    p = [Fraction(int(c.p), int(c.q)) for c in reversed(Poly(num, X).all_coeffs())]
    q = [Fraction(int(c.p), int(c.q)) for c in reversed(Poly(den, X).all_coeffs())]
    if q[0] == 0:
        raise ValueError("denominator vanishes at x = 0: no power series")
    out = []
    for k in range(count):
        s = p[k] if k < len(p) else Fraction(0)
        for j in range(1, min(k, len(q) - 1) + 1):
            s -= q[j] * out[k - j]
        out.append(s / q[0])
    return out


def run_rational_gf(given, total):
    gf = guess_generating_function_rational([sympy.Integer(t) for t in given])
    if gf is None:
        return None
    coeffs = series_coefficients(gf, total)
    if coeffs[: len(given)] != [Fraction(t) for t in given]:
        return None
    return str(gf), coeffs[len(given):]


def evaluate(expr, n):
    v = expr.subs(I0, n).doit()
    if not v.is_Rational:
        v = sympy.nsimplify(sympy.simplify(v), rational=False)
    if not v.is_Rational:
        raise ValueError(f"{expr} at i0 = {n} is not rational: {v}")
    return Fraction(int(v.p), int(v.q))


def run_guess(given, total):
    for expr in guess([sympy.Integer(t) for t in given]):
        if not expr.free_symbols <= {I0}:
            continue
        try:
            if all(evaluate(expr, n) == given[n - 1] for n in range(1, len(given) + 1)):
                return str(expr), [evaluate(expr, n) for n in range(len(given) + 1, total + 1)]
        except (ValueError, TypeError, ZeroDivisionError):
            continue
    return None


RUNNERS = {"rational_gf": run_rational_gf, "guess": run_guess}


def child(method, given, total, cpu_limit, conn):
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_limit, cpu_limit + 1))
        res = RUNNERS[method](given, total)
        conn.send(("ok", res, time.process_time()))
    except Exception as e:  # sympy errors are part of the result
        conn.send(("error", f"{type(e).__name__}: {e}"[:300], time.process_time()))
    finally:
        conn.close()


def call(method, given, total, timeout, wall_factor):
    """One method on one sequence in a forked child: (status, result-or-error, cpu seconds); status ok/error/timeout."""
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=child, args=(method, given, total, max(1, math.ceil(timeout)), send))
    proc.start()
    send.close()
    deadline = time.monotonic() + timeout * wall_factor
    msg = None
    # poll before join: a large result would otherwise block the child in send while we wait for it to exit
    while msg is None:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        if recv.poll(min(left, 0.5)):
            try:
                msg = recv.recv()
            except EOFError:  # child died (SIGXCPU on the CPU limit, or a crash) without sending
                break
        elif not proc.is_alive() and not recv.poll():
            break
    if proc.is_alive():
        proc.kill()
    proc.join()
    recv.close()
    if msg is None:
        return ("timeout", None, None)
    if msg[0] == "ok" and msg[2] > timeout:  # finished, but over the CPU budget (RLIMIT_CPU is whole seconds)
        return ("timeout", None, msg[2])
    return msg


# ---------------------------------------------------------------- one sequence

def fmt(v):
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def solve(args, seq_id, terms):
    given, truth = terms[: args.input_terms], terms[args.input_terms: args.input_terms + args.predict]
    total = args.input_terms + args.predict
    start = time.monotonic()
    row = {"id": seq_id, "method": "none", "formula": "", "predicted": None, "timed_out": [], "errors": {},
           "cpu": {}}
    for method in METHODS:
        status, res, cpu = call(method, given, total, args.timeout, args.wall_factor)
        row["cpu"][method] = cpu
        if status == "timeout":
            row["timed_out"].append(method)
        elif status == "error":
            row["errors"][method] = res
        elif res is not None:
            row["method"], row["formula"], row["predicted"] = method, res[0], res[1]
            break
    row["seconds"] = time.monotonic() - start
    row["exact"] = row["predicted"] is not None and row["predicted"] == [Fraction(t) for t in truth]
    return row


# ---------------------------------------------------------------- input, output

def read_oeis(path):
    seqs = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, rest = line.partition(" ")
            seqs[name] = [int(t) for t in rest.strip().strip(",").split(",") if t]
    return seqs


def write_md(args, rows, skipped, wall):
    n = len(rows)
    exact = sum(r["exact"] for r in rows)
    secs = [r["seconds"] for r in rows]
    lines = [
        f"# sympy classical guessers on OEIS: {args.input_terms} terms given, {args.predict} predicted",
        "",
        f"**Exact: {exact} / {n} = {100.0 * exact / n:.1f} %** (all {args.predict} predicted terms right).",
        "",
        "| method | formula reproducing the given terms | of which exact | errors | timeouts | median CPU s | max CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for m in METHODS:
        chosen = [r for r in rows if r["method"] == m]
        cpu = [r["cpu"][m] for r in rows if r["cpu"].get(m) is not None]
        lines.append(f"| {m} | {len(chosen)} | {sum(r['exact'] for r in chosen)} | "
                     f"{sum(m in r['errors'] for r in rows)} | {sum(m in r['timed_out'] for r in rows)} | "
                     f"{statistics.median(cpu) if cpu else 0:.3f} | {max(cpu) if cpu else 0:.3f} |")
    lines.append(f"| none | {sum(r['method'] == 'none' for r in rows)} | 0 | | | | |")
    lines += [
        "",
        "A method's row counts the sequences it answered (rational_gf is tried first; guess only when rational_gf "
        "has no formula reproducing the given terms); errors and timeouts count every call of the method.",
        "",
        f"Time per sequence (wall, both methods, process start-up included): median {statistics.median(secs):.3f} s, "
        f"max {max(secs):.3f} s, total run {wall:.0f} s.",
        "",
        "## Settings",
        "",
        f"- file: `{args.file}`; sequences: "
        + (f"`{args.ids}` ({n} ids" + (f", {len(skipped)} skipped for having fewer than "
                                         f"{args.input_terms + args.predict} terms or missing: {', '.join(skipped)}"
                                         if skipped else "") + ")"
           if args.ids else f"all {n} with at least {args.input_terms + args.predict} terms"),
        f"- input terms {args.input_terms}, predicted terms {args.predict}; solved = all predicted terms exact",
        f"- methods, in order: `guess_generating_function_rational(terms)` (power series expanded with the first term "
        f"at x^0), then `guess(terms)` (defaults, niter=2; first term at i0 = 1); first formula reproducing all given "
        f"terms wins",
        f"- limit: {args.timeout} s CPU per sequence and method (RLIMIT_CPU in a forked child), wall-clock backstop "
        f"{args.timeout * args.wall_factor:g} s; workers {args.workers}",
        f"- sympy {sympy.__version__}, Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs",
        f"- command: `python3 benchmarks/sympy/guess_oeis.py {' '.join(sys.argv[1:])}`",
    ]
    errors = [(r["id"], m, e) for r in rows for m, e in r["errors"].items()]
    if errors:
        lines += ["", "## sympy errors", "", "| id | method | error |", "|---|---|---|"]
        lines += [f"| {i} | {m} | `{e.replace('|', '/')}` |" for i, m, e in errors]
    timeouts = [(r["id"], "+".join(r["timed_out"])) for r in rows if r["timed_out"]]
    if timeouts:
        lines += ["", "## Timeouts", "", ", ".join(f"{i} ({m})" for i, m in timeouts)]
    with open(os.path.join(args.out, "results.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", help="OEIS file, one sequence a line: 'Axxxxxx ,t0,t1,...,'")
    ap.add_argument("--ids", help="file of ids, one a line: only these sequences, in this order")
    ap.add_argument("--input-terms", type=int, default=25)
    ap.add_argument("--predict", type=int, default=10)
    ap.add_argument("--timeout", type=float, default=5.0, help="CPU seconds per sequence and method")
    ap.add_argument("--wall-factor", type=float, default=4.0,
                    help="wall-clock backstop = timeout * this (default 4)")
    ap.add_argument("--workers", type=int, default=1, help="sequences run in parallel (default 1)")
    ap.add_argument("--out", required=True, help="output directory")
    args = ap.parse_args()

    seqs = read_oeis(args.file)
    need = args.input_terms + args.predict
    if args.ids:
        with open(args.ids) as f:
            ids = [l.strip() for l in f if l.strip()]
    else:
        ids = list(seqs)
    skipped = [i for i in ids if i not in seqs or len(seqs[i]) < need]
    ids = [i for i in ids if i in seqs and len(seqs[i]) >= need]
    if args.ids and skipped:
        print(f"skipped (missing or fewer than {need} terms): {len(skipped)}", file=sys.stderr)
    if not args.ids:
        skipped = []
    os.makedirs(args.out, exist_ok=True)

    rows, t0 = [], time.monotonic()
    with open(os.path.join(args.out, "predictions.tsv"), "w", newline="") as pf, \
            open(os.path.join(args.out, "results.csv"), "w", newline="") as rf, \
            concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
        pf.write("id\tmethod\tformula\tpredicted\n")
        rw = csv.writer(rf, lineterminator="\n")
        rw.writerow(["id", "exact", "method", "seconds", "timed_out"])
        for k, row in enumerate(pool.map(lambda i: solve(args, i, seqs[i]), ids), 1):
            rows.append(row)
            pred = ",".join(fmt(v) for v in row["predicted"]) if row["predicted"] is not None else ""
            pf.write(f"{row['id']}\t{row['method']}\t{row['formula']}\t{pred}\n")
            rw.writerow([row["id"], int(row["exact"]), row["method"], f"{row['seconds']:.3f}",
                         "+".join(row["timed_out"])])
            pf.flush()
            rf.flush()
            if k % 50 == 0 or k == len(ids):
                print(f"{k}/{len(ids)}  exact {sum(r['exact'] for r in rows)}  "
                      f"{time.monotonic() - t0:.0f} s", file=sys.stderr, flush=True)
    write_md(args, rows, skipped, time.monotonic() - t0)
    n, exact = len(rows), sum(r["exact"] for r in rows)
    print(f"exact {exact}/{n} = {100.0 * exact / n:.1f} %")


if __name__ == "__main__":
    main()
