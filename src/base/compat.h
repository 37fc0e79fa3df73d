/*
 * base/compat.h - every difference between the supported PostgreSQL
 * versions (15, 16, 17, 18), in one place.  Glue files include this
 * instead of postgres.h; no other file tests PG_VERSION_NUM.
 */
#ifndef GL_BASE_COMPAT_H
#define GL_BASE_COMPAT_H

#include "postgres.h"
#include "fmgr.h"

#if PG_VERSION_NUM < 150000 || PG_VERSION_NUM >= 190000
#error "greenlang supports PostgreSQL 15, 16, 17 and 18"
#endif

/* 16 moved the varlena macros (VARDATA_ANY, ...) to varatt.h */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/* soft input errors (pg_input_is_valid) exist from 16 on */
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#define GL_SOFT_ERRORS 1
#define gl_escontext(fcinfo) ((fcinfo)->context)
#else
#define GL_SOFT_ERRORS 0
#define gl_escontext(fcinfo) ((struct Node *) NULL)
#endif

/* a function that does not return: pg_noreturn (18) or the attribute */
#if PG_VERSION_NUM >= 180000
#define GL_NORETURN pg_noreturn
#else
#define GL_NORETURN __attribute__((noreturn))
#endif

/* float8in_internal gained an error-context argument in 16 */
#if PG_VERSION_NUM >= 160000
#define gl_float8in_internal(num, endptr, type, orig) \
	float8in_internal((num), (endptr), (type), (orig), NULL)
#else
#define gl_float8in_internal(num, endptr, type, orig) \
	float8in_internal((num), (endptr), (type), (orig))
#endif

#endif							/* GL_BASE_COMPAT_H */
