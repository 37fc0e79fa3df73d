/*
 * greenlang.c - the module: its magic block, load-time set-up and
 * greenlang_version().
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include <gsl/gsl_errno.h>

PG_MODULE_MAGIC;

#ifndef GL_EXTVERSION
#error "GL_EXTVERSION must be defined by the Makefile"
#endif
#ifndef GL_FORMULAS_VERSION
#error "GL_FORMULAS_VERSION must be defined by the Makefile"
#endif

void		_PG_init(void);

void
_PG_init(void)
{
	/*
	 * GSL's default error handler calls abort(), which would take the whole
	 * backend down.  With it off, GSL functions return error codes (or NaN)
	 * and the glue turns those into SQL errors.
	 */
	gsl_set_error_handler_off();
}

/*
 * greenlang_version() -> 'greenlang <extension version>, formulas <n>'.
 * Comes from the loaded library, not from the SQL script, so a row stamped
 * with it names the code that computed it.
 */
PG_FUNCTION_INFO_V1(greenlang_version);
Datum
greenlang_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text("greenlang " GL_EXTVERSION
									 ", formulas " GL_FORMULAS_VERSION));
}
