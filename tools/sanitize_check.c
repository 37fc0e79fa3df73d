/*
 * tools/sanitize_check.c - a deliberate heap buffer overflow, built and
 * loaded only by `make test SANITIZE=1` (tools/pg.sh, gl_sanitize_check)
 * to show that the sanitized server catches one.  Not part of greenlang.
 */
#include "postgres.h"

#include <stdlib.h>

#include "fmgr.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(gl_sanitize_overflow);

extern Datum gl_sanitize_overflow(PG_FUNCTION_ARGS);

/* reads one byte past an 8-byte allocation (argument 8) */
Datum
gl_sanitize_overflow(PG_FUNCTION_ARGS)
{
	int32		i = PG_GETARG_INT32(0);
	volatile char *p = malloc(8);
	char		c;

	memset((char *) p, 1, 8);
	c = p[i];
	free((char *) p);
	PG_RETURN_INT32(c);
}
