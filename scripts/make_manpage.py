#!/usr/bin/env python3
"""Writes the man page ardesk-cli(1) from the CLI's own usage text.

    make_manpage.py --cli PATH/ardesk-cli --version X.Y.Z --out ardesk-cli.1.gz

The COMMANDS section and the synopsis come from `ardesk-cli --lang en --help` (so the
page can never drift from the program); the other sections are written here. The output
is gzip-compressed (reproducibly: no time stamp) when --out ends in .gz.
"""

import argparse
import gzip
import os
import re
import subprocess
import sys


def roff(text: str) -> str:
    """Escapes text for roff: backslashes, hyphens that are minus signs, leading dots."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def bold_syntax(syntax: str) -> str:
    """The command words in bold, the placeholders (upper case) in italics."""
    out = []
    for token in re.split(r"(\s+)", syntax):
        if not token or token.isspace():
            out.append(token)
            continue
        if re.fullmatch(r"[A-Z][A-Z0-9_.,-]*", token.strip("[]|")):
            out.append("\\fI" + roff(token) + "\\fR")
        else:
            out.append("\\fB" + roff(token) + "\\fR")
    return "".join(out)


def parse_commands(lines):
    """Entries of the Commands: block as (syntax, description) pairs."""
    entries = []
    for line in lines:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        body = line.strip()
        parts = re.split(r"\s{3,}", body, maxsplit=1)
        if indent == 2:
            entries.append([parts[0], parts[1] if len(parts) > 1 else ""])
        elif indent >= 30 and entries:
            entries[-1][1] = (entries[-1][1] + " " + body).strip()
        elif entries:
            entries[-1][0] += " " + parts[0]
            if len(parts) > 1:
                entries[-1][1] = (entries[-1][1] + " " + parts[1]).strip()
    return entries


def build(help_text: str, version: str) -> str:
    lines = help_text.splitlines()
    usage = next(line for line in lines if line.startswith("Usage:"))
    synopsis = usage[len("Usage:"):].strip()
    start = lines.index("Commands:") + 1
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("Exit codes:"))
    commands = parse_commands(lines[start:end])
    exit_line = lines[end]

    page = [
        '.TH ARDESK\\-CLI 1 "" "ardesk %s" "User Commands"' % roff(version),
        ".SH NAME",
        "ardesk\\-cli \\- the accounts\\-receivable book of ardesk from the command line",
        ".SH SYNOPSIS",
        bold_syntax(synopsis.split(" ", 1)[0]) + " " + bold_syntax(synopsis.split(" ", 1)[1]),
        ".SH DESCRIPTION",
        "\\fBardesk\\-cli\\fR creates, fills and reports on an ardesk book (a \\fI.ardesk\\fR file, "
        "or a PostgreSQL URL in team mode) without the graphical program \\fBardesk\\fR. "
        "Every import is all\\-or\\-nothing: a bad row is reported with its file, line, field and "
        "reason, and nothing is written. Tables are for people; CSV and JSON output is "
        "locale\\-free and stable for scripts.",
        ".SH OPTIONS",
        ".TP",
        "\\fB\\-\\-book\\fR \\fIFILE\\fR",
        "The book to work on (required by every command).",
        ".TP",
        "\\fB\\-\\-user\\fR \\fILOGIN\\fR",
        "Sign in as this user; needed when the book is protected. The password comes from "
        "\\fBARDESK_PASSWORD\\fR or is asked for on the terminal.",
        ".TP",
        "\\fB\\-\\-lang\\fR \\fIxx\\fR",
        "Language of the messages (en, de, fr, sv, cs); by default the system locale's.",
        ".TP",
        "\\fB\\-\\-help\\fR, \\fB\\-h\\fR",
        "Print the usage text and exit.",
        ".TP",
        "\\fB\\-\\-version\\fR",
        "Print the version and exit.",
        ".SH COMMANDS",
    ]
    for syntax, description in commands:
        page += [".TP", bold_syntax(syntax), roff(description) if description else ""]
    page += [
        ".SH EXIT STATUS",
        roff(exit_line),
        ".SH ENVIRONMENT",
        ".TP",
        "\\fBARDESK_PASSWORD\\fR",
        "The password of \\fB\\-\\-user\\fR (and of the administrator made by \\fBinit \\-\\-admin\\fR).",
        ".TP",
        "\\fBARDESK_NEW_PASSWORD\\fR",
        "The new password for \\fBusers set\\-password\\fR.",
        ".SH FILES",
        ".TP",
        "\\fI~/.local/share/ardesk/\\fR",
        "The log files (rotating) of ardesk and ardesk\\-cli.",
        ".TP",
        "\\fI/usr/share/doc/ardesk/\\fR",
        "The user guide.",
        ".SH SEE ALSO",
        "\\fBardesk\\fR(1) is the graphical program (\\fBardesk \\-\\-help\\fR); the CSV formats and every "
        "command's details are in the user guide and in docs/cli.md of the source.",
    ]
    return "\n".join(page) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the ardesk-cli executable")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    environment = dict(os.environ, LC_ALL="C", LANG="C", LANGUAGE="")
    result = subprocess.run([args.cli, "--lang", "en", "--help"], capture_output=True, text=True,
                            env=environment, check=False)
    if result.returncode != 0 or "Commands:" not in result.stdout:
        sys.stderr.write("make_manpage: %s --help failed (%d): %s\n" % (args.cli, result.returncode, result.stderr))
        return 1
    text = build(result.stdout, args.version)
    data = text.encode("utf-8")
    if args.out.endswith(".gz"):
        with open(args.out, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as out:
                out.write(data)
    else:
        with open(args.out, "wb") as out:
            out.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
