#!/usr/bin/env python3
"""Writes customers.csv, invoices.csv and payments.csv in ardesk's import format.

Used by the benchmark harness and the performance notes: a deterministic synthetic
book of N customers with about 20 invoices each and about one payment per invoice.

    scripts/make_import_csv.py OUTDIR --customers 50000 [--seed 1] [--today 2026-06-30]
"""
import argparse
import datetime
import os
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--invoices-per-customer", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", default="2026-06-30")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    today = datetime.date.fromisoformat(args.today)
    start = today - datetime.timedelta(days=730)
    os.makedirs(args.outdir, exist_ok=True)
    currencies = ["EUR"] * 6 + ["SEK", "CZK", "USD", "GBP"]
    zones = {"EUR": ("Europe/Berlin", "DE", "de"), "SEK": ("Europe/Stockholm", "SE", "sv"),
             "CZK": ("Europe/Prague", "CZ", "cs"), "USD": ("America/New_York", "US", "en"),
             "GBP": ("Europe/London", "GB", "en")}
    with open(os.path.join(args.outdir, "customers.csv"), "w", newline="") as cf, \
            open(os.path.join(args.outdir, "invoices.csv"), "w", newline="") as inf, \
            open(os.path.join(args.outdir, "payments.csv"), "w", newline="") as pf:
        cf.write("code,name,currency,terms_days,credit_limit,email,phone,timezone,country,language\r\n")
        inf.write("number,customer_code,issue_date,due_date,amount,currency\r\n")
        pf.write("reference,customer_code,received_date,amount,currency,method,invoice_number\r\n")
        invoice_no = 0
        payment_no = 0
        for c in range(1, args.customers + 1):
            code = "C%06d" % c
            cur = rng.choice(currencies)
            tz, country, lang = zones[cur]
            terms = rng.choice([14, 30, 30, 45, 60])
            cf.write('%s,"Customer %d, Ltd",%s,%d,%d.00,c%d@example.com,+1555%07d,%s,%s,%s\r\n'
                     % (code, c, cur, terms, rng.randint(5, 500) * 1000, c, c, tz, country, lang))
            lateness = rng.choice([0, 5, 15, 40, 90])
            for _ in range(rng.randint(args.invoices_per_customer // 2, args.invoices_per_customer * 3 // 2)):
                invoice_no += 1
                number = "INV%08d" % invoice_no
                issue = start + datetime.timedelta(days=rng.randint(0, 729))
                due = issue + datetime.timedelta(days=terms)
                cents = rng.randint(5000, 2000000)
                inf.write("%s,%s,%s,%s,%d.%02d,%s\r\n" % (number, code, issue, due, cents // 100, cents % 100, cur))
                r = rng.random()
                if r < 0.85:
                    paid = cents if r < 0.75 else cents * rng.randint(20, 90) // 100
                    received = due + datetime.timedelta(days=rng.randint(-10, lateness + 5))
                    if received < issue:
                        received = issue
                    if received <= today:
                        payment_no += 1
                        pf.write("P%08d,%s,%s,%d.%02d,%s,%s,%s\r\n" % (
                            payment_no, code, received, paid // 100, paid % 100, cur,
                            rng.choice(["wire", "check", "card"]), number if rng.random() < 0.7 else ""))


if __name__ == "__main__":
    main()
