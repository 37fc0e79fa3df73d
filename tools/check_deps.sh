#!/usr/bin/env bash
# tools/check_deps.sh - `make check-deps`: every #include of another
# module's header is declared in that module's module.mk (<module>_DEPS),
# and every module comes after the modules it depends on in GL_MODULES, so
# the dependency graph has no cycle.  Prints the graph; exits 1 on a fault.
set -u
cd "$(dirname "$0")/.."
faults=0
seen=" "
for m in $GL_MODULES; do
	deps_var="${m}_DEPS"
	deps=" ${!deps_var:-} "
	for d in ${!deps_var:-}; do
		case "$seen" in
		*" $d "*) ;;
		*) echo "module $m depends on $d, which does not come before it in GL_MODULES"; faults=$((faults + 1)) ;;
		esac
	done
	used=$(grep -ho '#include "[a-z_0-9]*/' src/"$m"/*.[ch] 2>/dev/null | sed 's/#include "//;s/\///' | sort -u)
	for u in $used; do
		[ "$u" = "$m" ] && continue
		case " $GL_MODULES " in *" $u "*) ;; *) continue ;; esac
		case "$deps" in
		*" $u "*) ;;
		*) echo "module $m includes $u/ but does not name it in ${m}_DEPS"; faults=$((faults + 1)) ;;
		esac
	done
	echo "$m <- ${!deps_var:-(nothing)}"
	seen="$seen$m "
done
[ "$faults" -eq 0 ] || { echo "check-deps: $faults fault(s)"; exit 1; }
