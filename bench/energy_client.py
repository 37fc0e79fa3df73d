#!/usr/bin/python3
"""bench/energy_client.py - recalculating steam-trap energy losses: one SQL
UPDATE with greenlang against the runbook's client-side recalculation job (a
Python program that reads the rows, computes each loss with the iapws
package and writes the results back).

Run by bench/energy_client.sh against the benchmark cluster (PGHOST etc.).
Knobs: BENCH_ROWS (rows in the table, default 1,000,000) and CLIENT_ROWS
(rows the client job recalculates, default 20,000: iapws takes about a
millisecond per state, so the client job runs on a subset and the two are
compared per row).
"""
import os
import sys
import time

import psycopg2
import psycopg2.extras
from iapws import IAPWS97

ROWS = int(os.environ.get("BENCH_ROWS", "1000000"))
CLIENT_ROWS = min(int(os.environ.get("CLIENT_ROWS", "20000")), ROWS)

PSI = 0.006894757293168361      # MPa per psi
ATM = 0.101325                  # MPa
LB = 0.45359237                 # kg per lb

SETUP = """
DROP TABLE IF EXISTS energy_calculations;
CREATE TABLE energy_calculations AS
SELECT g AS id, g %% 5000 AS trap_id,
       (15 + (g::bigint * 7919 %% 5850) / 10.0)::float8 AS steam_pressure_psig,
       saturation_temperature(15 + (g::bigint * 7919 %% 5850) / 10.0, 'psig', 'degF') - 1 + (g %% 100) AS steam_temp_f,
       (0.5 + (g::bigint * 104729 %% 10000) / 100.0)::float8 AS leak_rate_lb_h,
       8760::float8 AS hours,
       -1::float8 AS energy_loss_kwh
FROM generate_series(1, %s) g;
ALTER TABLE energy_calculations ADD PRIMARY KEY (id);
"""

GREENLANG_UPDATE = """
UPDATE energy_calculations
SET energy_loss_kwh = steam_energy_loss(steam_reading(steam_pressure_psig, 'psig', steam_temp_f, 'degF'),
                                        leak_rate_lb_h, 'lb/h', hours)
WHERE id <= %s
"""


# what any UPDATE of every row costs: the same write with no physics
BARE_UPDATE = """
UPDATE energy_calculations SET energy_loss_kwh = leak_rate_lb_h * hours WHERE id <= %s
"""


def client_loss_kwh(p_psig, t_f, rate_lb_h, hours):
    """The client job's computation with iapws: latent basis, h - h_f(p);
    a reading at or up to 2 K below saturation is saturated vapour."""
    p = p_psig * PSI + ATM
    T = (t_f - 32.0) * 5.0 / 9.0 + 273.15
    liq = IAPWS97(P=p, x=0)
    if T <= liq.T:
        if T < liq.T - 2.0:
            raise ValueError("not steam: %r psig, %r F" % (p_psig, t_f))
        h = IAPWS97(P=p, x=1).h
    else:
        h = IAPWS97(P=p, T=T).h
    return rate_lb_h * LB * hours * (h - liq.h) / 3600.0


def client_job(conn, n):
    """Read n rows, compute, write back (batched UPDATE ... FROM VALUES),
    in one transaction."""
    with conn.cursor() as cur:
        cur.execute("BEGIN")
        cur.execute("SELECT id, steam_pressure_psig, steam_temp_f, leak_rate_lb_h, hours "
                    "FROM energy_calculations WHERE id <= %s ORDER BY id", (n,))
        rows = cur.fetchall()
        results = [(r[0], client_loss_kwh(r[1], r[2], r[3], r[4])) for r in rows]
        psycopg2.extras.execute_values(
            cur,
            "UPDATE energy_calculations e SET energy_loss_kwh = v.kwh "
            "FROM (VALUES %s) v(id, kwh) WHERE e.id = v.id",
            results, template="(%s::int, %s::float8)", page_size=1000)
        cur.execute("COMMIT")
    return results


def timed(fn, *args):
    t0 = time.perf_counter()
    r = fn(*args)
    return time.perf_counter() - t0, r


def vacuum(conn):
    with conn.cursor() as cur:
        cur.execute("VACUUM energy_calculations")


def sql_update(conn, n, query=GREENLANG_UPDATE):
    with conn.cursor() as cur:
        cur.execute(query, (n,))


def best_update(conn, n, query=GREENLANG_UPDATE, runs=3):
    """best of runs single-statement UPDATEs, each after a VACUUM"""
    best = float("inf")
    for _ in range(runs):
        vacuum(conn)
        best = min(best, timed(sql_update, conn, n, query)[0])
    return best


def main():
    conn = psycopg2.connect("")
    conn.autocommit = True          # each statement commits; the client job BEGINs
    with conn.cursor() as cur:
        cur.execute("CREATE EXTENSION IF NOT EXISTS greenlang")
        cur.execute(SETUP, (ROWS,))
        cur.execute("VACUUM ANALYZE energy_calculations")

    # warm-up, then best of 3 for the single UPDATE of every row
    sql_update(conn, ROWS)
    bare_all = best_update(conn, ROWS, BARE_UPDATE)
    sql_all = best_update(conn, ROWS)
    sql_sub = best_update(conn, CLIENT_ROWS)
    vacuum(conn)
    with conn.cursor() as cur:
        cur.execute("SELECT id, energy_loss_kwh FROM energy_calculations WHERE id <= %s ORDER BY id",
                    (CLIENT_ROWS,))
        sql_values = dict(cur.fetchall())

    # the client-side job on the subset (once: it takes long enough)
    client, results = timed(client_job, conn, CLIENT_ROWS)
    worst = max(abs(kwh / sql_values[i] - 1) for i, kwh in results)

    per_sql_all = sql_all / ROWS * 1e6
    per_sql_sub = sql_sub / CLIENT_ROWS * 1e6
    per_client = client / CLIENT_ROWS * 1e6
    print("recalculate energy_loss_kwh (latent basis, (p, T) readings), no parallel workers")
    print("%-58s %10s %10s %12s" % ("path", "rows", "s", "us/row"))
    print("%-58s %10d %10.3f %12.2f" % ("baseline: UPDATE ... SET kwh = leak_rate * hours", ROWS, bare_all, bare_all / ROWS * 1e6))
    print("%-58s %10d %10.3f %12.2f" % ("greenlang: UPDATE ... steam_energy_loss(steam_reading(..))", ROWS, sql_all, per_sql_all))
    print("%-58s %10d %10.3f %12.2f" % ("greenlang: the same UPDATE on the client's subset", CLIENT_ROWS, sql_sub, per_sql_sub))
    print("%-58s %10d %10.3f %12.2f" % ("client job: read, iapws in Python, write back", CLIENT_ROWS, client, per_client))
    print("client job / greenlang UPDATE per row: %.0fx (vs the 1M-row UPDATE), %.0fx (vs the same subset)"
          % (per_client / per_sql_all, per_client / per_sql_sub))
    print("estimated client job for all %d rows: %.0f s" % (ROWS, per_client * ROWS / 1e6))
    print("largest relative difference client vs greenlang over the subset: %.2e" % worst)
    with conn.cursor() as cur:
        cur.execute("DROP TABLE energy_calculations")
    if worst > 1e-9:
        print("client and greenlang disagree", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
