/*
 * rates/rates_pg.h - what rates' glue gives other modules' glue: the
 * counts of a stored confusion value (its stored form stays rates' own).
 */
#ifndef GL_RATES_PG_H
#define GL_RATES_PG_H

#include "base/base_pg.h"

#include "rates/rates.h"

/* the counts of confusion datum d (a flat confusion value) */
extern void gl_confusion_datum_get(Datum d, gl_confusion *c);

#endif							/* GL_RATES_PG_H */
