#!/usr/bin/env python3
"""The measurements of scripts/bench.sh (which builds first and then runs this).

    bench.py --build-dir DIR --scale 10k|100k|1m [--runs N] [--work DIR] [--doc FILE]
             [--demo-book FILE --today YYYY-MM-DD] [--csv DIR]
    bench.py --build-dir DIR --smoke
    bench.py --growth [--doc FILE]

Per scale: a demo book (`ardesk-cli demo`, about 20 invoices per customer) and CSV files in
the import format (scripts/make_import_csv.py), made once in the work folder and reused;
or an existing demo book (--demo-book, copied into the work folder, never written; --today
gives the day it was made for) and existing CSV files (--csv, read in place).

Every measurement runs --runs times as a whole process under /usr/bin/time -v (wall time,
peak resident memory); the table gives median, min, max and the peak. Beside each figure
that has one, the floor: the same work done by the sqlite3 shell on the same book in the
same run (the minimal aging query; `.import` plus INSERT ... SELECT for loading). The
Google Benchmark binary (tests/bench) adds the in-process figures on a copy of the book, and
the UI test binary's ManagerDeskMeasure (when built) the dashboard in the running GUI, and
its ListsMeasure the longest UI-thread stall while every big list is scrolled page by page,
jumped to its end, sorted by each column both ways and searched (with the process's peak).

The table is written between markers in docs/performance.md (one block per scale, the
hand-written text around it stays). --smoke: a tiny book, one run of everything, each
micro benchmark once, nothing written: it proves the harness runs, and never asserts a time.

After each scale (and with --growth alone) the growth table is computed from the scales'
tables in the document: each measurement's median per 1,000 invoices at every scale measured,
flagged where it grows by more than GROWTH_FLAG per 10 times the invoices.
"""

import argparse
import csv
import datetime
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SCALES = {"10k": 500, "100k": 5000, "1m": 50000}  # customers; about 20 invoices each
TODAY = datetime.date(2026, 6, 30)  # the day the demo books are made for (--today)
GROWTH_FLAG = 1.5  # per 10 times the invoices


def six_months_back(day):
    """The last day of the month six months before `day`'s month: 2026-06-30 -> 2025-12-31."""
    first = datetime.date(day.year, day.month, 1)
    month = first.month - 6
    year = first.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return (datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1))


PAST = six_months_back(TODAY)
COLLECTORS = ["kvogel", "claurent", "esandberg", "thorak", "obennett", "mreed"]

# Goals of issue 8 at 1,000,000 invoices (seconds), by measurement key.
GOALS = {
    "import_total": "≤ 1.5× floor and < 10 s",
    "aging_today": "≤ 1.5× floor (CLI); < 50 ms in the GUI",
    "aging_past": "≤ 1.5× floor (CLI); < 50 ms in the GUI",
    "kpi": "< 300 ms",
    "kpi_collector": "< 300 ms",
    "gui_open": "< 1 s; < 300 MB",
    "gui_idle_first": "< 300 MB",
    "gui_idle": "< 300 MB",
    "gui_dash_first": "< 300 ms (tiles)",
    "gui_dash_tiles": "< 300 ms",
    "gui_dash_all": "< 300 ms",
    "gui_list_customers": "< 50 ms (smooth)",
    "gui_list_invoices-open": "< 50 ms (smooth)",
    "gui_list_invoices-all": "< 50 ms (smooth)",
    "gui_list_payments-all": "< 50 ms (smooth)",
    "gui_list_payments-unapplied": "< 50 ms (smooth)",
    "gui_list_mywork": "< 50 ms (smooth)",
    "gui_lists_peak": "< 300 MB",
    "worklist_one": "< 200 ms",
    "worklist_past": "< 200 ms",
    "worklist_all": "< 200 ms",
    "post_one": "(the < 5 ms goal is the in-process row)",
    "batch_1000": "< 1 s",
    "bm_aging_today": "< 50 ms",
    "bm_aging_past": "< 50 ms",
    "bm_kpi": "< 300 ms",
    "bm_kpi_collector": "< 300 ms",
    "bm_dash_tiles": "< 300 ms",
    "bm_dash_all": "< 300 ms",
    "bm_worklist": "< 200 ms",
    "bm_worklist_past": "< 200 ms",
    "bm_worklist_all": "< 200 ms",
    "bm_worklist_onepass": "< 200 ms",
    "bm_search_code": "< 30 ms",
    "bm_search_name": "< 30 ms",
    "bm_search_whole": "< 30 ms",
    "bm_search_none": "< 30 ms",
    "bm_post_one": "< 5 ms",
    "verify": "no time goal; streams (was 71 s CPU, 1.57 GB at 1m)",
}


def log(message):
    sys.stderr.write("bench: %s\n" % message)
    sys.stderr.flush()


def julian_day(day):
    return day.toordinal() + 1721425  # QDate::toJulianDay


def run_timed(command, stdin_path=None, env=None, output=None):
    """Runs a command under /usr/bin/time -v: (wall seconds, peak resident KiB, CPU seconds
    user + system). Fails loudly. With `output` (a list), its standard output is appended."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            started = time.monotonic()
            result = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command, stdin=stdin,
                                    stdout=subprocess.PIPE if output is not None else subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, env=env)
            seconds = time.monotonic() - started
        finally:
            if stdin_path:
                stdin.close()
        if result.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (" ".join(command), result.returncode,
                                                        result.stderr.decode(errors="replace")[-2000:]))
        text = report.read()
    if output is not None:
        output.append(result.stdout.decode(errors="replace"))
    # Wall time from our own clock (time -v gives hundredths only); the peak and CPU from time -v.
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    cpu = sum(float(re.search(r"%s time \(seconds\): ([\d.]+)" % kind, text).group(1)) for kind in ("User", "System"))
    return seconds, peak, cpu


def copy_book(source, target):
    """Copies a book (and its write-ahead log, if any) over `target` and its side files."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    shutil.copy(source, target)
    if os.path.exists(source + "-wal") and os.path.getsize(source + "-wal") > 0:
        shutil.copy(source + "-wal", target + "-wal")
    os.chmod(target, 0o644)


class Figure:
    def __init__(self, key, label, rows=None):
        self.key, self.label, self.rows = key, label, rows
        self.times, self.peaks, self.cpus, self.floor, self.floor_cpu = [], [], [], [], []

    def add(self, seconds, peak, cpu=None):
        self.times.append(seconds)
        self.peaks.append(peak)
        if cpu is not None:
            self.cpus.append(cpu)


def sql_floor_import(kind):
    """The sqlite3 shell's loading of one CSV into the book's tables: .import into a
    scratch table, then INSERT ... SELECT with the conversions ardesk does (amounts to minor
    units, dates to day numbers), derived state rows included; no validation, no hash chain,
    no allocation."""
    jd = "CAST(julianday(%s) + 0.5 AS INTEGER)"
    stamp = "'2026-06-30T00:00:00Z'"
    if kind == "customers":
        return (".import --csv {csv} scratch\n"
                "BEGIN;\n"
                "INSERT INTO customers (code, name, currency, terms_days, credit_limit, email, phone, timezone, "
                "country, language, created_at, updated_at) SELECT code, name, currency, CAST(terms_days AS INTEGER), "
                "CAST(ROUND(credit_limit * 100) AS INTEGER), email, phone, timezone, country, language, %s, %s "
                "FROM scratch;\nDROP TABLE scratch;\nCOMMIT;\n" % (stamp, stamp))
    if kind == "invoices":
        return (".import --csv {csv} scratch\n"
                "BEGIN;\n"
                "INSERT INTO invoices (number, customer_id, issue_date, due_date, amount, currency, created_at, hash) "
                "SELECT s.number, c.id, %s, %s, CAST(ROUND(s.amount * 100) AS INTEGER), s.currency, %s, x'00' "
                "FROM scratch s JOIN customers c ON c.code = s.customer_code;\n"
                "INSERT INTO invoice_state (invoice_id, customer_id, currency, issue_date, due_date, amount, open_amount) "
                "SELECT id, customer_id, currency, issue_date, due_date, amount, amount FROM invoices;\n"
                "DROP TABLE scratch;\nCOMMIT;\n" % (jd % "s.issue_date", jd % "s.due_date", stamp))
    return (".import --csv {csv} scratch\n"
            "BEGIN;\n"
            "INSERT INTO payments (reference, customer_id, received_date, amount, currency, method, created_at, hash) "
            "SELECT s.reference, c.id, %s, CAST(ROUND(s.amount * 100) AS INTEGER), s.currency, s.method, %s, x'00' "
            "FROM scratch s JOIN customers c ON c.code = s.customer_code;\n"
            "INSERT INTO payment_state (payment_id, customer_id, currency, received_date, amount, allocated, unapplied) "
            "SELECT id, customer_id, currency, received_date, amount, 0, amount FROM payments;\n"
            "DROP TABLE scratch;\nCOMMIT;\n" % (jd % "s.received_date", stamp))


def sql_floor_aging(as_of):
    """The minimal aging query: open amounts by currency and 30/60/90 bucket as of a date
    (for a past date, the allocations made after it are added back)."""
    day = julian_day(as_of)
    bucket = ("CASE WHEN {d} - s.due_date <= 0 THEN 0 WHEN {d} - s.due_date <= 30 THEN 1 "
              "WHEN {d} - s.due_date <= 60 THEN 2 WHEN {d} - s.due_date <= 90 THEN 3 ELSE 4 END").format(d=day)
    if as_of >= TODAY:
        return ("SELECT s.currency, %s AS bucket, SUM(s.open_amount) FROM invoice_state s "
                "WHERE s.open_amount <> 0 AND s.issue_date <= %d GROUP BY s.currency, bucket;\n" % (bucket, day))
    return ("WITH later AS (SELECT invoice_id, SUM(amount) AS amt FROM allocations WHERE alloc_date > %d "
            "GROUP BY invoice_id) SELECT s.currency, %s AS bucket, SUM(s.open_amount + COALESCE(l.amt, 0)) "
            "FROM invoice_state s LEFT JOIN later l ON l.invoice_id = s.invoice_id "
            "WHERE s.issue_date <= %d AND s.open_amount + COALESCE(l.amt, 0) <> 0 GROUP BY s.currency, bucket;\n"
            % (day, bucket, day))


class Bench:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build_dir)
        self.cli = os.path.join(self.build, "src", "cli", "ardesk-cli")
        self.gui = os.path.join(self.build, "src", "app", "ardesk")
        self.micro = os.path.join(self.build, "tests", "bench", "ardesk_bench")
        self.ui_tests = os.path.join(self.build, "tests", "ardesk_ui_tests")
        self.repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self.sqlite = shutil.which("sqlite3")
        if not self.sqlite:
            raise RuntimeError("the sqlite3 shell is missing (Debian package sqlite3)")
        self.env = dict(os.environ, LC_ALL="C", LANG="C", QT_QPA_PLATFORM="offscreen")

    def cli_command(self, book, *arguments):
        return [self.cli, "--book", book, "--lang", "en"] + list(arguments)

    def prepare(self, scale, customers, work):
        """The demo book and the CSV files of a scale, made once in `work` and reused (or
        the given book copied in, and the given CSV folder used in place)."""
        os.makedirs(work, exist_ok=True)
        demo = os.path.join(work, "demo.ardesk")
        self.csv_dir = os.path.abspath(self.args.csv) if self.args.csv else os.path.join(work, "csv")
        given = os.path.abspath(self.args.demo_book) if self.args.demo_book else None
        stamp = os.path.join(work, ("copied-%s" % given.replace(os.sep, "_")) if given else ("made-%d" % customers))
        if given and not os.path.exists(stamp):
            for name in os.listdir(work):
                path = os.path.join(work, name)
                shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
            log("%s: copying the demo book %s" % (scale, given))
            copy_book(given, demo)
            if not self.args.csv:
                subprocess.run([sys.executable, os.path.join(self.repo, "scripts", "make_import_csv.py"),
                                self.csv_dir, "--customers", str(customers), "--seed", "1",
                                "--today", TODAY.isoformat()], check=True)
            empty = os.path.join(work, "empty.ardesk")
            subprocess.run(self.cli_command(empty, "init"), check=True, stdout=subprocess.DEVNULL, env=self.env)
            open(stamp, "w").close()
        elif not os.path.exists(stamp):
            for name in os.listdir(work):
                path = os.path.join(work, name)
                shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
            log("%s: making the demo book (%d customers) and the CSV files" % (scale, customers))
            started = time.monotonic()
            subprocess.run(self.cli_command(demo, "init"), check=True, stdout=subprocess.DEVNULL, env=self.env)
            subprocess.run(self.cli_command(demo, "demo", "--customers", str(customers), "--seed", "1",
                                            "--today", TODAY.isoformat()),
                           check=True, stdout=subprocess.DEVNULL, env=self.env)
            log("%s: demo book in %.1f s" % (scale, time.monotonic() - started))
            if not self.args.csv:
                subprocess.run([sys.executable, os.path.join(self.repo, "scripts", "make_import_csv.py"),
                                self.csv_dir, "--customers", str(customers), "--seed", "1",
                                "--today", TODAY.isoformat()], check=True)
            empty = os.path.join(work, "empty.ardesk")
            subprocess.run(self.cli_command(empty, "init"), check=True, stdout=subprocess.DEVNULL, env=self.env)
            open(stamp, "w").close()
        # Untimed, once: the promise outcomes evaluated as of the book's day, as the desktop's
        # daily run does at every open (the queues read them; docs/performance.md "The
        # collector's queue"), so the book is measured as one in daily use.
        evaluated = os.path.join(work, "evaluated-%s" % TODAY.isoformat())
        if not os.path.exists(evaluated):
            log("%s: evaluating the promises as of %s" % (scale, TODAY.isoformat()))
            subprocess.run(self.cli_command(demo, "promises", "evaluate", "--as-of", TODAY.isoformat()),
                           check=True, stdout=subprocess.DEVNULL, env=self.env)
            open(evaluated, "w").close()
        # Untimed: the first open of a book made by older code upgrades its schema; and the
        # book is read once into the page cache, for ardesk and the floor alike.
        subprocess.run(self.cli_command(demo, "aging", "--as-of", TODAY.isoformat(), "--format", "csv"),
                       check=True, stdout=subprocess.DEVNULL, env=self.env)
        return demo

    def csv_rows(self, path):
        with open(path, newline="") as handle:
            return sum(1 for _ in handle) - 1

    def measure_import(self, work, runs, figures):
        csv_dir = self.csv_dir
        steps = [("customers", []), ("invoices", []), ("payments", ["--auto-apply"])]
        rows = {kind: self.csv_rows(os.path.join(csv_dir, kind + ".csv")) for kind, _ in steps}
        own = {kind: Figure("import_" + kind, "import %s%s" % (kind, " --auto-apply" if kind == "payments" else ""),
                            rows[kind]) for kind, _ in steps}
        total = Figure("import_total", "import, all three files", sum(rows.values()))
        for run in range(runs):
            book = os.path.join(work, "import.ardesk")
            floor_book = os.path.join(work, "floor.ardesk")
            for target in (book, floor_book):
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(target + suffix):
                        os.remove(target + suffix)
                shutil.copy(os.path.join(work, "empty.ardesk"), target)
            sum_time, sum_floor, sum_cpu, sum_floor_cpu, peak = 0.0, 0.0, 0.0, 0.0, 0
            for kind, extra in steps:
                seconds, kib, cpu = run_timed(self.cli_command(book, "import", kind, os.path.join(csv_dir, kind + ".csv"),
                                                               *extra), env=self.env)
                own[kind].add(seconds, kib, cpu)
                sum_time += seconds
                sum_cpu += cpu
                peak = max(peak, kib)
                script = os.path.join(work, "floor-%s.sql" % kind)
                with open(script, "w") as handle:
                    handle.write(sql_floor_import(kind).replace("{csv}", os.path.join(csv_dir, kind + ".csv")))
                floor_seconds, _, floor_cpu = run_timed([self.sqlite, floor_book], stdin_path=script, env=self.env)
                own[kind].floor.append(floor_seconds)
                own[kind].floor_cpu.append(floor_cpu)
                sum_floor += floor_seconds
                sum_floor_cpu += floor_cpu
            total.add(sum_time, peak, sum_cpu)
            total.floor.append(sum_floor)
            total.floor_cpu.append(sum_floor_cpu)
            log("import run %d/%d: %.2f s (floor %.2f s)" % (run + 1, runs, sum_time, sum_floor))
        figures += [own["customers"], own["invoices"], own["payments"], total]

    def measure_reads(self, demo, work, runs, figures):
        def repeat(figure, command, floor_sql=None):
            script = None
            if floor_sql:
                script = os.path.join(work, "floor-%s.sql" % figure.key)
                with open(script, "w") as handle:
                    handle.write(floor_sql)
            for _ in range(runs):
                figure.add(*run_timed(command, env=self.env))
                if script:
                    floor_seconds, _, floor_cpu = run_timed([self.sqlite, demo], stdin_path=script, env=self.env)
                    figure.floor.append(floor_seconds)
                    figure.floor_cpu.append(floor_cpu)
            figures.append(figure)

        repeat(Figure("aging_today", "aging as of today (CLI process)"),
               self.cli_command(demo, "aging", "--as-of", TODAY.isoformat(), "--format", "csv"),
               sql_floor_aging(TODAY))
        repeat(Figure("aging_past", "aging as of the past date (CLI process)"),
               self.cli_command(demo, "aging", "--as-of", PAST.isoformat(), "--format", "csv"),
               sql_floor_aging(PAST))
        repeat(Figure("kpi", "KPI set, 3 months (CLI process)"),
               self.cli_command(demo, "kpi", "--as-of", TODAY.isoformat(), "--months", "3", "--format", "json"))
        repeat(Figure("kpi_collector", "KPI set, 3 months, by collector (CLI process)"),
               self.cli_command(demo, "kpi", "--as-of", TODAY.isoformat(), "--months", "3", "--by", "collector",
                                "--format", "json"))
        repeat(Figure("worklist_one", "a collector's work queue (CLI process)"),
               self.cli_command(demo, "worklist", "--user", COLLECTORS[0], "--as-of", TODAY.isoformat(),
                                "--format", "json"))
        repeat(Figure("worklist_past", "a collector's work queue as of the past date (CLI process)"),
               self.cli_command(demo, "worklist", "--user", COLLECTORS[0], "--as-of", PAST.isoformat(),
                                "--format", "json"))
        # The GUI, offscreen: start, open the book, quit at the first paint of the window.
        repeat(Figure("gui_open", "GUI: start, open the book, first paint (offscreen process)"),
               [self.gui, "--lang", "en", "--quit-after-first-paint", demo])
        # All six collectors' queues: six processes, summed per run.
        every = Figure("worklist_all", "all 6 collectors' queues (6 CLI processes)")
        for _ in range(runs):
            seconds, peak, cpu = 0.0, 0, 0.0
            for login in COLLECTORS:
                s, k, c = run_timed(self.cli_command(demo, "worklist", "--user", login, "--as-of", TODAY.isoformat(),
                                                     "--format", "json"), env=self.env)
                seconds += s
                cpu += c
                peak = max(peak, k)
            every.add(seconds, peak, cpu)
        figures.append(every)
        # The ledger's integrity check: every hash chain, state row and aggregate (exit 0: ok).
        repeat(Figure("verify", "verify: hash chains, state and aggregates (CLI process)"),
               self.cli_command(demo, "verify"))

    def measure_gui(self, demo, work, runs, figures, smoke=False):
        """The GUI with its background work: `ardesk --quit-when-idle` on a copy of the book
        (open, first paint, the daily run after open and the queue's read, then quit), the
        first open of the day (the daily run's first pass: month-end snapshots, promises,
        holds, strategy) and later ones the same day; then the dashboard in the running GUI
        (the UI tests' ManagerDeskMeasure, when built) on the same copy."""
        book = os.path.join(work, "gui.ardesk")
        copy_book(demo, book)
        first = Figure("gui_idle_first", "GUI: open, first paint and the daily run, first open of the day (offscreen process)")
        later = Figure("gui_idle", "GUI: open, first paint and the daily run, again the same day (offscreen process)")
        command = [self.gui, "--lang", "en", "--quit-when-idle", book]
        first.add(*run_timed(command, env=self.env))
        for _ in range(runs):
            later.add(*run_timed(command, env=self.env))
        figures += [first, later]
        if not os.path.exists(self.ui_tests):
            log("no %s (configure with tests on): the dashboard in the running GUI skipped" % self.ui_tests)
            return
        env = dict(self.env, ARDESK_PERF_BOOK=book, ARDESK_PERF_TODAY=TODAY.isoformat())
        opened = Figure("gui_dash_first", "dashboard in the running GUI: open to first tiles (UI test process)")
        tiles = Figure("gui_dash_tiles", "dashboard in the running GUI: Refresh to tiles (UI test process)")
        whole = Figure("gui_dash_all", "dashboard in the running GUI: Refresh to every figure (UI test process)")
        # The dashboard's test alone: the other ManagerDeskMeasure tests build a report's PDF
        # and lay out the 1,148-page print preview of the aging detail in the same process,
        # whose memory (about 1.5 GB) is not the dashboard's (docs/performance.md).
        for _ in range(max(1, (runs + 2) // 3)):  # three refreshes a process
            output = []
            seconds, peak, cpu = run_timed([self.ui_tests, "--gtest_filter=ManagerDeskMeasure.dashboard*"], env=env,
                                           output=output)
            text = output[0]
            found = re.search(r"first refresh \(from open\): .*?since open: tiles at (-?\d+) ms", text)
            if found and int(found.group(1)) >= 0:
                opened.add(int(found.group(1)) / 1000.0, peak)
            for found in re.finditer(r"refresh \d+: tiles (-?\d+) ms, all (-?\d+) ms", text):
                if int(found.group(1)) >= 0:
                    tiles.add(int(found.group(1)) / 1000.0, peak)
                if int(found.group(2)) >= 0:
                    whole.add(int(found.group(2)) / 1000.0, peak)
        figures += [figure for figure in (opened, tiles, whole) if figure.times]
        self.measure_lists(book, runs, figures, smoke)

    def measure_lists(self, book, runs, figures, smoke):
        """The lists in the running GUI (the UI tests' ListsMeasure) on the same copy: per
        list, the longest time the UI thread went without its event loop while a user's
        session ran (Page Down a few hundred times, Ctrl+End and back, every column sorted
        both ways, a search); the interest dialog's preview; the process's peak memory."""
        env = dict(self.env, ARDESK_PERF_BOOK=book, ARDESK_PERF_PAGE_DOWNS="5" if smoke else "300")
        lists = {}
        interest = Figure("gui_interest_dialog", "interest dialog: preview into its grids (UI test process)")
        peaks = Figure("gui_lists_peak", "lists session, every list and the interest dialog: the whole UI test process")
        for _ in range(1 if smoke else max(1, runs // 3)):
            output = []
            seconds, peak, cpu = run_timed([self.ui_tests, "--gtest_filter=ListsMeasure.*"], env=env, output=output)
            text = output[0]
            # The wall of the longest stall, and (CPU column) the most CPU the UI thread spent in one go.
            for found in re.finditer(r"^list (\S+): longest UI stall (\d+) ms \(.*?\), UI thread CPU (\d+) ms",
                                     text, re.M):
                key = found.group(1)
                if key not in lists:
                    lists[key] = Figure("gui_list_" + key, "list %s: longest UI stall scrolling, sorting, searching "
                                        "(UI test process)" % key)
                lists[key].add(int(found.group(2)) / 1000.0, peak, int(found.group(3)) / 1000.0)
            found = re.search(r"interest dialog: preview and grids (\d+) ms", text)
            if found:
                interest.add(int(found.group(1)) / 1000.0, peak)
            peaks.add(seconds, peak, cpu)
        figures += list(lists.values()) + [figure for figure in (interest, peaks) if figure.times]

    def measure_posting(self, original, work, runs, figures):
        # On a copy: the demo book stays as it was made for the next invocation.
        demo = os.path.join(work, "posting.ardesk")
        copy_book(original, demo)
        stamp = time.strftime("%Y%m%d%H%M%S")  # references new to the book
        codes = subprocess.run([self.sqlite, "-csv", demo, "SELECT code, currency FROM customers ORDER BY id LIMIT 1000"],
                               check=True, capture_output=True, text=True).stdout.split()
        customers = [line.split(",") for line in codes]
        one = Figure("post_one", "post one payment --auto-apply (CLI process)")
        batch = Figure("batch_1000", "import a 1,000-payment batch --auto-apply (CLI process)", 1000)
        for run in range(runs):
            code, currency = customers[run % len(customers)]
            one.add(*run_timed(self.cli_command(demo, "post", "payment", "--customer", code, "--amount", "10.00",
                                                "--currency", currency, "--date", TODAY.isoformat(), "--auto-apply"),
                               env=self.env))
            path = os.path.join(work, "batch-%d.csv" % run)
            with open(path, "w", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow(["reference", "customer_code", "received_date", "amount", "currency", "method",
                                 "invoice_number"])
                for i in range(1000):
                    code, currency = customers[i % len(customers)]
                    writer.writerow(["BATCH-%s-%d-%d" % (stamp, run, i), code, TODAY.isoformat(), "25.00", currency, "wire", ""])
            batch.add(*run_timed(self.cli_command(demo, "import", "payments", path, "--auto-apply"), env=self.env))
        figures += [one, batch]

    def measure_micro(self, demo, work, runs, figures, smoke):
        """The Google Benchmark figures in one process on a copy of the demo book."""
        if not os.path.exists(self.micro):
            log("no %s (configure with -DARDESK_BUILD_BENCHMARKS=ON): in-process figures skipped" % self.micro)
            return
        copy = os.path.join(work, "micro.ardesk")
        copy_book(demo, copy)
        out = os.path.join(work, "micro.json")
        env = dict(self.env, ARDESK_BENCH_BOOK=copy, ARDESK_BENCH_TODAY=TODAY.isoformat())
        command = [self.micro, "--benchmark_format=json", "--benchmark_out=" + out, "--benchmark_out_format=json",
                   "--benchmark_repetitions=%d" % max(runs, 1)]
        command.append("--benchmark_min_time=0.001" if smoke else "--benchmark_min_time=0.2")
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        with open(out) as handle:
            results = json.load(handle)["benchmarks"]
        names = {"BM_AgingToday": ("bm_aging_today", "aging as of today (in process)"),
                 "BM_AgingSixMonthsBack": ("bm_aging_past", "aging six months back (in process)"),
                 "BM_Kpi3Months": ("bm_kpi", "KPI set, 3 months (in process)"),
                 "BM_KpiVariants/1": ("bm_kpi_collector", "KPI set, 3 months, by collector (in process)"),
                 "BM_KpiVariants/0": ("bm_kpi_12", "KPI set, 12 months (in process)"),
                 "BM_DashboardRefresh/0": ("bm_dash_tiles", "dashboard refresh to the tiles (in process)"),
                 "BM_DashboardRefresh/1": ("bm_dash_all", "dashboard refresh, every figure (in process)"),
                 "BM_CollectorWorkQueue": ("bm_worklist", "a collector's work queue (in process)"),
                 "BM_CollectorWorkQueueSixMonthsBack": ("bm_worklist_past",
                                                        "a collector's work queue six months back (in process)"),
                 "BM_AllCollectorsQueues": ("bm_worklist_all", "all 6 collectors' queues (in process)"),
                 "BM_AllWorklistsOnePass": ("bm_worklist_onepass", "every user's queue in one pass (in process)"),
                 "BM_CustomerSearch/0": ("bm_search_code", "customer search, code prefix (in process)"),
                 "BM_CustomerSearch/1": ("bm_search_name", "customer search, part of a name (in process)"),
                 "BM_CustomerSearch/2": ("bm_search_whole", "customer search, a whole code in lower case (in process)"),
                 "BM_CustomerSearch/3": ("bm_search_none", "customer search, text nobody matches (in process)"),
                 "BM_PostPaymentAutoApply": ("bm_post_one", "post one payment --auto-apply (in process)")}
        collected = {}
        for result in results:
            if result.get("run_type") != "iteration" or result.get("error_occurred"):
                continue
            name = result["run_name"] if "run_name" in result else result["name"]
            if name not in names:
                continue
            scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[result.get("time_unit", "ns")]
            collected.setdefault(name, []).append((result["real_time"] * scale, result["cpu_time"] * scale))
        for name, (key, label) in names.items():
            if name in collected:
                figure = Figure(key, label)
                for seconds, cpu in collected[name]:
                    figure.add(seconds, 0, cpu)
                figures.append(figure)
        if smoke:
            # Every micro benchmark, the domain ones too, once.
            subprocess.run([self.micro, "--benchmark_min_time=0.001"], check=True, stdout=subprocess.DEVNULL, env=env)


def seconds_text(seconds):
    if seconds >= 1:
        return "%.2f s" % seconds
    if seconds >= 0.001:
        return "%.1f ms" % (seconds * 1000)
    if seconds >= 1e-5:
        return "%.0f µs" % (seconds * 1e6)
    return "%.2f µs" % (seconds * 1e6)


def floor_text(figure):
    if not figure.floor:
        return "—"
    text = seconds_text(statistics.median(figure.floor))
    if figure.floor_cpu:
        cpu = statistics.median(figure.floor_cpu)
        text += "; " + ("< 10 ms" if cpu < 0.005 else seconds_text(cpu))
    return text


def ratio_text(figure):
    """ardesk's median over the floor's, of the wall times and (where both are at least
    10 ms, the resolution of a process's CPU time) of the CPU times."""
    if not figure.floor or not statistics.median(figure.floor):
        return "—"
    text = "%.1f" % (statistics.median(figure.times) / statistics.median(figure.floor))
    if figure.cpus and figure.floor_cpu:
        cpu, floor_cpu = statistics.median(figure.cpus), statistics.median(figure.floor_cpu)
        if cpu >= 0.01 and floor_cpu >= 0.01:
            text += "; %.1f" % (cpu / floor_cpu)
    return text


def cpu_text(figure):
    """The median CPU time (user + system); a whole process's is counted in hundredths."""
    if not figure.cpus:
        return "—"
    cpu = statistics.median(figure.cpus)
    if max(figure.peaks) and cpu < 0.005:
        return "< 10 ms"
    return seconds_text(cpu)


def machine():
    def first(pattern, path):
        try:
            with open(path) as handle:
                for line in handle:
                    found = re.match(pattern, line)
                    if found:
                        return found.group(1).strip()
        except OSError:
            pass
        return "?"
    cpu = first(r"model name\s*:\s*(.*)", "/proc/cpuinfo")
    memory = int(first(r"MemTotal:\s*(\d+)", "/proc/meminfo") or 0) / 1048576
    system = first(r'PRETTY_NAME="(.*)"', "/etc/os-release")
    compiler = subprocess.run(["c++", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    load = os.getloadavg()[0]
    return ("%s, %d CPUs, %.0f GiB RAM, %s, kernel %s, %s, Release build; load average %.1f at the start"
            % (cpu, os.cpu_count(), memory, system, platform.release(), compiler, load))


def table(scale, customers, figures, runs, demo, source=None, csv_dir=None, import_runs=None):
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip()
    counts = subprocess.run(["sqlite3", demo, "SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM invoices), "
                             "(SELECT COUNT(*) FROM payments)"], capture_output=True, text=True).stdout.strip().split("|")
    lines = ["### %s invoices" % scale, "",
             "Measured %s UTC by `scripts/bench.sh --scale %s` (commit %s, %d runs each%s) on: %s." %
             (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), scale, commit, runs,
              ", the import %d" % import_runs if import_runs not in (None, runs) else "", machine()),
             "Demo book: %s customers, %s invoices, %s payments (%s), as of %s, past date %s; "
             "CSV files from `scripts/make_import_csv.py --customers %d`%s." % (
                 "{:,}".format(int(counts[0])), "{:,}".format(int(counts[1])), "{:,}".format(int(counts[2])),
                 ("a copy of `%s`" % source) if source else "`ardesk-cli demo --customers %d`" % customers,
                 TODAY.isoformat(), PAST.isoformat(), customers,
                 (" (`%s`)" % csv_dir) if csv_dir else ""),
             "",
             "| measurement | rows | median | min | max | CPU (median) | peak memory | sqlite3 floor (median; CPU) "
             "| × floor (wall; CPU) | goal at 1m |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for figure in figures:
        median = statistics.median(figure.times)
        floor = statistics.median(figure.floor) if figure.floor else None
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            figure.label, "{:,}".format(figure.rows) if figure.rows else "",
            seconds_text(median), seconds_text(min(figure.times)), seconds_text(max(figure.times)),
            cpu_text(figure),
            "%.0f MB" % (max(figure.peaks) / 1024) if max(figure.peaks) else "(in process)",
            floor_text(figure), ratio_text(figure), GOALS.get(figure.key, "")))
    lines.append("")
    return "\n".join(lines)


def write_doc(doc, scale, text):
    begin = "<!-- BEGIN bench %s: generated by scripts/bench.sh, do not edit by hand -->" % scale
    end = "<!-- END bench %s -->" % scale
    with open(doc) as handle:
        content = handle.read()
    block = begin + "\n" + text + end
    if begin in content and end in content:
        content = content[:content.index(begin)] + block + content[content.index(end) + len(end):]
    else:
        heading = "## Benchmarks (scripts/bench.sh)"
        if heading not in content:
            content = content.rstrip("\n") + "\n\n" + heading + "\n\n"
        # Blocks in the order of the scales, after the heading.
        order = list(SCALES)
        later = [s for s in order[order.index(scale) + 1:]
                 if ("<!-- BEGIN bench %s:" % s) in content]
        if later:
            anchor = content.index("<!-- BEGIN bench %s:" % later[0])
            content = content[:anchor] + block + "\n\n" + content[anchor:]
        else:
            content = content.rstrip("\n") + "\n\n" + block + "\n"
    with open(doc, "w") as handle:
        handle.write(content)


def text_seconds(text):
    """The inverse of seconds_text: "1.2 ms" -> 0.0012."""
    number, unit = text.split()
    return float(number) * {"s": 1.0, "ms": 1e-3, "µs": 1e-6}[unit]


def read_tables(content):
    """The generated tables of the document: {scale: (invoices, [(label, rows, median seconds,
    median CPU seconds or None)])}."""
    tables = {}
    for scale in SCALES:
        begin = "<!-- BEGIN bench %s:" % scale
        end = "<!-- END bench %s -->" % scale
        if begin not in content or end not in content:
            continue
        block = content[content.index(begin):content.index(end)]
        found = re.search(r"Demo book: [\d,]+ customers, ([\d,]+) invoices", block)
        if not found:
            continue
        rows = []
        cpu_column = None
        for line in block.splitlines():
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if cells and cells[0] == "measurement":
                cpu_column = cells.index("CPU (median)") if "CPU (median)" in cells else None
            if len(cells) < 3 or cells[0] in ("measurement", "") or cells[0].startswith("---"):
                continue
            try:
                cpu = None
                if cpu_column is not None and re.match(r"^[\d.]+ (s|ms|µs)$", cells[cpu_column]):
                    cpu = text_seconds(cells[cpu_column])
                rows.append((cells[0], int(cells[1].replace(",", "")) if cells[1] else None, text_seconds(cells[2]),
                             cpu))
            except (ValueError, KeyError, IndexError):
                continue
        tables[scale] = (int(found.group(1).replace(",", "")), rows)
    return tables


def growth_table(content):
    """Each measurement's median per 1,000 invoices at every scale measured (the CSV imports:
    per 1,000 rows of their files), and how it changes per 10 times the invoices between
    neighbouring scales; flagged where it grows by more than GROWTH_FLAG."""
    tables = read_tables(content)
    scales = [scale for scale in SCALES if scale in tables]
    labels = []
    for scale in scales:
        for label, _, _, _ in tables[scale][1]:
            if label not in labels:
                labels.append(label)
    per, per_cpu = {}, {}
    for scale in scales:
        invoices, rows = tables[scale]
        for label, count, median, cpu in rows:
            imported = label.startswith("import ") and "batch" not in label and count
            thousands = (count if imported else invoices) / 1000.0
            per[(label, scale)] = median / thousands
            if cpu:
                per_cpu[(label, scale)] = cpu / thousands
    pairs = list(zip(scales, scales[1:]))
    lines = ["### Growth: time per 1,000 invoices", "",
             "Computed by `scripts/bench.sh` from the tables above (each table's own run and load); "
             "the imports per 1,000 rows of their CSV files. \"× per 10×\" is the change of the time "
             "per invoice for ten times the invoices (1.0: flat; below 1: falls, as fixed costs such as a "
             "process's start spread over more rows), of the wall time and, where both tables have it, of "
             "the CPU time; **grows** marks more than %.1f× in both (or in wall time where there is no CPU "
             "time), *wall only* more than %.1f× in wall time but not in CPU time (the load of the two runs "
             "differed)." % (GROWTH_FLAG, GROWTH_FLAG), "",
             "| measurement | " + " | ".join("%s: per 1,000" % scale for scale in scales) + " | "
             + " | ".join("%s → %s: × per 10× (wall; CPU)" % pair for pair in pairs) + " | |",
             "|---|" + "---|" * (len(scales) + len(pairs)) + "---|"]
    for label in labels:
        cells, flagged, wall_only = [], False, False
        for scale in scales:
            cells.append(seconds_text(per[(label, scale)]) if (label, scale) in per else "—")
        for low, high in pairs:
            if (label, low) in per and (label, high) in per and per[(label, low)] > 0:
                power = 1 / math.log10(tables[high][0] / tables[low][0])
                change = (per[(label, high)] / per[(label, low)]) ** power
                text = "%.2f" % change
                cpu_change = None
                if (label, low) in per_cpu and (label, high) in per_cpu:
                    cpu_change = (per_cpu[(label, high)] / per_cpu[(label, low)]) ** power
                    text += "; %.2f" % cpu_change
                if change > GROWTH_FLAG and (cpu_change is None or cpu_change > GROWTH_FLAG):
                    flagged = True
                elif change > GROWTH_FLAG:
                    wall_only = True
                cells.append(text)
            else:
                cells.append("—")
        lines.append("| %s | %s | %s |" % (label, " | ".join(cells),
                                           "**grows**" if flagged else "*wall only*" if wall_only else ""))
    lines.append("")
    return "\n".join(lines)


def write_growth(doc):
    with open(doc) as handle:
        content = handle.read()
    text = growth_table(content)
    begin = "<!-- BEGIN bench growth: generated by scripts/bench.sh, do not edit by hand -->"
    end = "<!-- END bench growth -->"
    block = begin + "\n" + text + end
    if begin in content and end in content:
        content = content[:content.index(begin)] + block + content[content.index(end) + len(end):]
    else:
        ends = [content.index("<!-- END bench %s -->" % s) + len("<!-- END bench %s -->" % s)
                for s in SCALES if "<!-- END bench %s -->" % s in content]
        if not ends:
            return text
        anchor = max(ends)
        content = content[:anchor] + "\n\n" + block + content[anchor:]
    with open(doc, "w") as handle:
        handle.write(content)
    return text


def main():
    global TODAY, PAST
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir")
    parser.add_argument("--scale", choices=list(SCALES), default="10k")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--import-runs", type=int, help="runs of the CSV import (default: --runs)")
    parser.add_argument("--work")
    parser.add_argument("--doc")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--demo-book", help="an existing demo book to copy in instead of making one")
    parser.add_argument("--today", help="the day the demo book was made for (default %s)" % TODAY.isoformat())
    parser.add_argument("--csv", help="a folder with customers.csv, invoices.csv and payments.csv to use in place")
    parser.add_argument("--growth", action="store_true", help="only recompute the growth table of the document")
    args = parser.parse_args()
    doc = args.doc or os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "performance.md")
    if args.growth:
        print(write_growth(doc))
        return 0
    if args.today:
        TODAY = datetime.date.fromisoformat(args.today)
        PAST = six_months_back(TODAY)
    if not args.build_dir:
        parser.error("--build-dir is needed to measure")
    bench = Bench(args)
    if args.smoke:
        customers, runs, scale = 20, 1, "smoke"
    else:
        customers, scale = SCALES[args.scale], args.scale
        runs = args.runs or (3 if scale == "1m" else 5)
    if args.smoke:
        work = tempfile.mkdtemp(prefix="ardesk-bench-smoke-")
    else:
        work = args.work or os.path.join(tempfile.gettempdir(), "ardesk-bench-%s" % scale)
    demo = bench.prepare(scale, customers, work)
    figures = []
    import_runs = 1 if args.smoke else (args.import_runs or runs)
    bench.measure_import(work, import_runs, figures)
    bench.measure_reads(demo, work, runs, figures)
    bench.measure_gui(demo, work, runs, figures, args.smoke)
    bench.measure_micro(demo, work, runs, figures, args.smoke)
    bench.measure_posting(demo, work, runs, figures)
    text = table(scale, customers, figures, runs, demo, args.demo_book, args.csv, import_runs)
    print(text)
    if args.smoke:
        shutil.rmtree(work, ignore_errors=True)
        # The growth table's reading of the document, printed only (nothing written).
        with open(doc) as handle:
            print(growth_table(handle.read()))
        log("smoke run done (nothing written)")
        return 0
    write_doc(doc, scale, text)
    log("wrote the %s table to %s" % (scale, doc))
    write_growth(doc)
    log("wrote the growth table to %s" % doc)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, subprocess.CalledProcessError) as error:
        log(str(error))
        sys.exit(1)
