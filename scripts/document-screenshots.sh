#!/bin/sh
# Renders a dunning letter, a statement of account, the aging-summary report and a payment
# plan's agreement letter from a demo book and saves their first pages as
# docs/screenshots/letter-dunning-1.png, statement.png, report-aging-summary.png and
# plan-agreement.png (pdftoppm -png -r 60, poppler-utils).
# Usage: scripts/document-screenshots.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cli=$build/src/cli/ardesk-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
book=$work/demo.ardesk
"$cli" --book "$book" init >/dev/null
"$cli" --book "$book" demo --customers 40 --seed 7 --today 2026-10-31 >/dev/null
sqlite3 "$book" "INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES
  ('documents.sender', 'Ardesk Demo GmbH
Hauptstraße 12, 10115 Berlin
+49 30 1234567 · ar@ardesk.example', '2026-10-31T00:00:00Z'),
  ('documents.payment_instructions', 'Bank: Demobank Berlin · IBAN DE02 1203 0000 0000 2020 51 · BIC BYLADEM1001
Please quote your customer number as the payment reference.', '2026-10-31T00:00:00Z')"
printf 'region,valid_from,rate_percent\nEU,2026-07-01,2.15\nDE,2026-07-01,1.27\nSE,2026-07-01,1.75\n' >"$work/rates.csv"
"$cli" --book "$book" import rates "$work/rates.csv" >/dev/null
"$cli" --book "$book" letters --as-of 2026-10-31 --out "$work/letters" >/dev/null 2>&1
"$cli" --book "$book" statements --as-of 2026-10-31 --out "$work/statements" >/dev/null 2>&1
"$cli" --book "$book" report aging-summary --as-of 2026-10-31 --out "$work/aging-summary.pdf" 2>/dev/null
# The demo's first payment plan, in its customer's language, as "Print agreement" renders it.
plan=$(sqlite3 "$book" "SELECT MIN(id) FROM payment_plans")
"$cli" --book "$book" plan-agreement --plan "$plan" --out "$work/plan-agreement.pdf" >/dev/null 2>&1
shots=$root/docs/screenshots
# A German first dunning letter and a German statement show the long words; the report is
# in the CLI's (English) locale.
letter=$(ls "$work"/letters/*-dunning-1-*.pdf | head -1)
statement=$(ls "$work"/statements/C000005-statement-*.pdf 2>/dev/null || ls "$work"/statements/*.pdf | head -1)
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$letter" "$shots/letter-dunning-1"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$statement" "$shots/statement"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/aging-summary.pdf" "$shots/report-aging-summary"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/plan-agreement.pdf" "$shots/plan-agreement"
echo "letter: $(basename "$letter"), statement: $(basename "$statement")"
