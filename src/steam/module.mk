# steam: IAPWS-IF97 core and the steam type
steam_DEPS = base units
CORE_SRCS += src/steam/if97.c src/steam/if97_status.c src/steam/steam_text.c
GLUE_SRCS += src/steam/steam_pg.c src/steam/steam_ops_pg.c
SQL_PARTS += src/steam/steam.sql
REGRESS += steam steam_reference steam_roundtrip steam_oracle steam_errors steam_copy steam_fused steam_ops
UNIT_TESTS += test_if97 test_if97_digest test_steam_text
