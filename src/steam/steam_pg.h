/*
 * steam_pg.h - the stored form of the SQL type steam, for the glue of the
 * modules that take or return steam values (energy).
 *
 * A steam value on disk is a GlSteamStored, a glue struct of fixed size
 * (INTERNALLENGTH in steam.sql), never the core's gl_if97_state itself:
 * the core may change its struct, the disk format may not.
 */
#ifndef GREENLANG_STEAM_PG_H
#define GREENLANG_STEAM_PG_H

#include "base/base_pg.h"

#include "steam/if97.h"

typedef struct GlSteamStored
{
	float8		p;				/* MPa, absolute */
	float8		T;				/* K */
	float8		rho;			/* kg/m3 (see gl_if97_state) */
	float8		x;				/* quality, -1 for single phase */
	int32		region;
	int32		pad;			/* zero */
} GlSteamStored;

/* the stored size, which steam.sql's INTERNALLENGTH must equal */
#define GL_STEAM_STORED_SIZE 40
StaticAssertDecl(sizeof(GlSteamStored) == GL_STEAM_STORED_SIZE,
				 "steam's stored form changed size: update INTERNALLENGTH and the upgrade script");

/* a new steam datum (palloc'd) holding core state st */
extern Datum gl_steam_datum(const gl_if97_state *st);

/* the core state of steam datum d */
extern void gl_steam_get(Datum d, gl_if97_state *out);

/*
 * The names of steam_property's form and property arguments (steam_pg.c):
 * the constructors it fuses ("pt", "ph", "ps" with four arguments, "px",
 * "tx" with three) and the accessors' names.
 */
extern const gl_choices gl_steam_fused_forms4;
extern const gl_choices gl_steam_fused_forms3;
extern const gl_choices gl_steam_properties;

#endif							/* GREENLANG_STEAM_PG_H */
