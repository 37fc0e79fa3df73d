/*
 * greenlang.c - the module: its magic block, load-time set-up and
 * greenlang_version().
 */
#include "base/base_pg.h"

#include "utils/builtins.h"

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
	gl_base_init();
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
