/*
 * greenlang.c - the module: its magic block and load-time set-up.
 */
#include "postgres.h"

#include "fmgr.h"

#include <gsl/gsl_errno.h>

PG_MODULE_MAGIC;

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
