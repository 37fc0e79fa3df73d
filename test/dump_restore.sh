#!/usr/bin/env bash
# test/dump_restore.sh - every greenlang type survives pg_dump and restore.
#
# Run by test/run.sh with a server up (PGHOST/PGPORT/PGUSER set, the
# server's bindir first on PATH: pg_dump, pg_restore and psql of the same
# PostgreSQL).  It makes a database holding test/dump/values.sql's table
# (one column of every type of the extension, from the catalog; values at
# the edges; NULLs), then:
#   - every type of the extension has at least 3 values in the table;
#   - pg_dump plain format restored through psql, and custom format
#     restored through pg_restore, each into a new database, with no error;
#   - the table copied out and in again with COPY (FORMAT binary) (binary
#     output read back by the receive functions);
# and compares, for every value of every row, its text output and the
# bytes of its binary send output with the original's.  One check per type
# for the first point, one per value and copy for the others.  Closing line:
# "dump_restore: N passed, M failed".
set -u
cd "$(dirname "$0")/.."

passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); printf 'dump_restore: %s\n' "$*" >&2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/greenlang-dump.XXXXXX")
src=gl_dump_src
dbs="$src gl_dump_plain gl_dump_custom gl_dump_binary"
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
	local d
	for d in $dbs; do q -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1; done
	rm -rf "$work"
}
trap cleanup EXIT
finish() {
	echo "dump_restore: $passed passed, $failed failed"
	exit 0
}

cleanup
mkdir -p "$work"
for d in $dbs; do
	q -d postgres -c "CREATE DATABASE $d TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" >/dev/null ||
		{ bad "could not create database $d"; finish; }
done
if ! q -d $src -c "CREATE EXTENSION greenlang" -f test/dump/values.sql >"$work/values.log" 2>&1; then
	cat "$work/values.log" >&2
	bad "test/dump/values.sql failed"
	finish
fi

# every type of the extension has a column with at least 3 values
types_sql="SELECT t.typname FROM pg_type t
  JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'greenlang'
  WHERE t.typcategory <> 'A'
  ORDER BY t.typname"
ntypes=0
for t in $(q -d $src -At -c "$types_sql"); do
	ntypes=$((ntypes + 1))
	n=$(q -d $src -At -c "SELECT count($t) FROM greenlang_dump" 2>/dev/null)
	if [ "${n:-0}" -ge 3 ] 2>/dev/null; then
		ok
	else
		bad "type $t has ${n:-no column and 0} values in test/dump/values.sql (at least 3 wanted: add them)"
	fi
done
[ $ntypes -gt 0 ] || bad "no type of greenlang found in the catalog"

# snapshot <db> <file>: one line per row of greenlang_dump: id, then for
# every type column of the original (a column the copy lacks is an error)
# its text output and the hex of its binary send output
snapshot() {
	q -d "$1" -c "COPY (SELECT id, $cols FROM greenlang_dump ORDER BY id) TO STDOUT" >"$2"
}
cols=$(q -d $src -At -c "SELECT string_agg(format('%I::text, encode(%s(%I), ''hex'')',
                  a.attname, t.typsend::regproc, a.attname), ', ' ORDER BY a.attnum)
        FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
        WHERE a.attrelid = 'greenlang_dump'::regclass AND a.attnum > 1 AND NOT a.attisdropped
          AND a.attname <> 'note'")

# compare <label> <file>: every value (row x column) of <file> against the
# original's; one check per value
header=$(q -d $src -At -c "SELECT string_agg(a.attname, ' ' ORDER BY a.attnum) FROM pg_attribute a
	WHERE a.attrelid = 'greenlang_dump'::regclass AND a.attnum > 1 AND NOT a.attisdropped AND a.attname <> 'note'")
compare() {
	local label=$1 file=$2 res
	res=$(HEADER="$header" python3 - "$work/src.snap" "$file" <<'PY'
import os, sys
cols = os.environ["HEADER"].split()
a = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
b = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
b = [r for r in b if len(r) == 1 + 2 * len(cols)]
ok = bad = 0
msgs = []
if len(a) != len(b):
    msgs.append("%d rows, not %d" % (len(b), len(a))); bad += 1
rows = {r[0]: r for r in b}
for r in a:
    s = rows.get(r[0])
    for i, c in enumerate(cols):
        if r[1 + 2 * i] == "\\N" and (s is None or s[1 + 2 * i] == "\\N"):
            continue   # NULL in both: not a value
        if s is not None and s[1 + 2 * i] == r[1 + 2 * i] and s[2 + 2 * i] == r[2 + 2 * i]:
            ok += 1
        else:
            bad += 1
            if len(msgs) < 10:
                msgs.append("row %s, %s: text %s, send %s" % (
                    r[0], c,
                    "same" if s and s[1 + 2 * i] == r[1 + 2 * i] else "differs",
                    "same" if s and s[2 + 2 * i] == r[2 + 2 * i] else "differs"))
print(ok, bad)
for m in msgs:
    print(m)
PY
	)
	read -r o b <<<"$(head -n 1 <<<"$res")"
	case "$o $b" in
	*[!0-9\ ]* | " " | *" ") bad "$label: the comparison did not run"; return ;;
	esac
	passed=$((passed + o))
	failed=$((failed + b))
	[ "$b" -eq 0 ] || { printf 'dump_restore: %s:\n' "$label" >&2; tail -n +2 <<<"$res" | sed 's/^/  /' >&2; }
}

snapshot $src "$work/src.snap" || { bad "could not read the table back"; finish; }

# plain format through psql
if pg_dump -d $src -Fp -f "$work/plain.sql" 2>"$work/err" &&
	q -d gl_dump_plain -f "$work/plain.sql" >/dev/null 2>"$work/err"; then
	ok
	snapshot gl_dump_plain "$work/plain.snap" && compare "plain dump" "$work/plain.snap" ||
		bad "plain dump: could not read the restored table"
else
	bad "plain dump (pg_dump -Fp | psql) did not restore: $(head -c 2000 "$work/err")"
fi

# custom format through pg_restore
if pg_dump -d $src -Fc -f "$work/custom.dump" 2>"$work/err" &&
	pg_restore --exit-on-error -d gl_dump_custom "$work/custom.dump" 2>"$work/err"; then
	ok
	snapshot gl_dump_custom "$work/custom.snap" && compare "custom dump" "$work/custom.snap" ||
		bad "custom dump: could not read the restored table"
else
	bad "custom dump (pg_dump -Fc, pg_restore) did not restore: $(head -c 2000 "$work/err")"
fi

# binary COPY out of the original, in again: the receive functions read
# what the send functions wrote
if q -d gl_dump_binary -c "CREATE EXTENSION greenlang" >/dev/null &&
	pg_dump -d $src -s -t greenlang_dump | q -d gl_dump_binary >/dev/null 2>"$work/err" &&
	q -d $src -c "COPY greenlang_dump TO STDOUT (FORMAT binary)" >"$work/table.bin" 2>"$work/err" &&
	q -d gl_dump_binary -c "ALTER TABLE greenlang_dump ALTER id DROP IDENTITY" \
		-c "COPY greenlang_dump FROM STDIN (FORMAT binary)" <"$work/table.bin" >/dev/null 2>"$work/err"; then
	ok
	snapshot gl_dump_binary "$work/binary.snap" && compare "binary copy" "$work/binary.snap" ||
		bad "binary copy: could not read the table back"
else
	bad "binary COPY out and in failed: $(head -c 2000 "$work/err")"
fi

finish
