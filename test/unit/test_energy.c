/*
 * test_energy.c - unit tests of the pure-C steam-trap energy core.
 *
 * Reference values: the worked examples of the shared reference energy.md
 * (Manczyk; US DOE Steam Tip Sheets #1 and #15) and IAPWS-IF97 numbers from
 * the iapws Python package (test/data/gen_energy_reference.py; the same
 * values are rows of test/data/energy_reference.csv).
 */
#include <math.h>
#include <string.h>

#include "unit.h"
#include "energy/energy.h"
#include "units/units.h"

#define PSI_MPA 0.006894757293168361
#define ATM_MPA 0.101325
#define LB_KG	0.45359237
#define PSIG(g) ((g) * PSI_MPA + ATM_MPA)
#define DEGF(f) (((f) - 32.0) * 5.0 / 9.0 + 273.15)

/* iapws: 150 psig saturated, Tsat, h_fg and h_g - h(p, 50 degF) in kJ/kg */
#define TSAT_150	458.6345956772081
#define HFG_150		1994.3414704357933
#define HFW50_150	2738.689909775692
/* iapws: h(150 psig, 500 degF) - h_f(150 psig) */
#define HSUP_150_500 2173.0486742866697

static int
mode(const char *s)
{
	return gl_choice_find(&gl_energy_failure_modes, s, strlen(s));
}

/* the message of status st, its argument arg (NULL: the descriptor's), shown value */
static const char *
message(char *buf, size_t len, int st, const char *arg, const char *shown)
{
	const gl_status *d = gl_status_find(&gl_energy_statuses, st);
	gl_status_args a = {0};

	a.arg = arg;
	a.name = shown;
	a.namelen = strlen(shown);
	return gl_status_format(buf, len, d->message, d, &a);
}

/*
 * The status table: every status has a descriptor that passes the table
 * check; the statuses a user can meet name their argument and are not
 * internal errors; templates expand with the glue's fields.
 */
/* a steam state's value as a message shows it: 6 significant digits */
static void
test_shown(void)
{
	CHECK(gl_energy_shown(1.1342289567) == 1.13423, "1.13423");
	CHECK(gl_energy_shown(458.6345956772081) == 458.635, "458.635");
	CHECK(gl_energy_shown(0.000123456789) == 0.000123457, "0.000123457");
	CHECK(gl_energy_shown(-2.5) == -2.5, "-2.5");
	CHECK(gl_energy_shown(1234567.0) == 1.23457e6, "1.23457e6");
}

static void
test_statuses(void)
{
	const char *why = gl_status_table_check(&gl_energy_statuses);
	char		buf[512];
	int			st;

	CHECK(why == NULL, "status table: %s", why ? why : "");
	CHECK(strcmp(gl_energy_statuses.module, "energy") == 0, "module name");
	for (st = GL_EN_OVERFLOW; st <= GL_EN_STEAM_FAILED; st++)
	{
		const gl_status *d = gl_status_find(&gl_energy_statuses, st);

		CHECK(d != NULL, "status %d has a descriptor", st);
		if (d == NULL)
			continue;
		if (st == GL_EN_BAD_CHOICE || st == GL_EN_STEAM_FAILED)
			CHECK(d->kind == GL_ERR_INTERNAL, "status %d is internal", st);
		else
			CHECK(d->kind != GL_ERR_INTERNAL && d->kind != GL_ERR_NONE,
				  "status %d is a user error", st);
		if (st != GL_EN_OVERFLOW && st != GL_EN_BAD_CHOICE &&
			st != GL_EN_STEAM_FAILED)
			CHECK(d->arg != NULL, "status %d names its argument", st);
	}
	CHECK(gl_status_find(&gl_energy_statuses, GL_EN_OK) == NULL, "no descriptor for ok");
	CHECK(gl_status_find(&gl_energy_statuses, GL_EN_EFFICIENCY_ZERO)->kind == GL_ERR_DIVZERO,
		  "efficiency 0 divides by zero");
	CHECK(gl_status_find(&gl_energy_statuses, GL_EN_EFFICIENCY_RANGE)->kind == GL_ERR_RANGE,
		  "negative efficiency is out of range, not a division by zero");
	CHECK(gl_status_find(&gl_energy_statuses, GL_EN_TOLERANCE_NEGATIVE)->kind == GL_ERR_PARAM,
		  "a tolerance is a setting");

	/* {name}: the value and its unit as the user gave them */
	CHECK(strcmp(message(buf, sizeof(buf), GL_EN_PRESSURE_ATMOSPHERE, NULL, "-20 psig"),
				 "pressure must be above atmospheric pressure (0 psig, 101.325 kPa), not -20 psig") == 0,
		  "pressure message: %s", buf);
	CHECK(strcmp(message(buf, sizeof(buf), GL_EN_PRICE_NEGATIVE, "co2_factor", "-53.06"),
				 "co2_factor must be at least 0, not -53.06") == 0,
		  "a role named by the caller: %s", buf);
}

static void
test_names(void)
{
	char		buf[128];

	CHECK(mode("blow-through") == GL_TRAP_BLOW_THROUGH, "blow-through");
	CHECK(mode("Blow_Through") == GL_TRAP_BLOW_THROUGH, "case and underscore");
	CHECK(mode(" leaking ") == GL_TRAP_LEAKING, "blanks");
	CHECK(mode("rapid cycling") == GL_TRAP_RAPID_CYCLING, "space");
	CHECK(mode("failed") == -1, "unknown mode");
	CHECK(mode("") == -1, "empty mode");
	CHECK(mode("blow-through-x") == -1, "longer name");
	CHECK(gl_energy_mode_factor(GL_TRAP_BLOW_THROUGH) == 1.0, "factor 1");
	CHECK(gl_energy_mode_factor(GL_TRAP_LEAKING) == 0.25, "factor 0.25");
	CHECK(gl_energy_mode_factor(GL_TRAP_RAPID_CYCLING) == 0.2, "factor 0.2");
	CHECK(gl_energy_mode_factor(GL_TRAP_OK) == 0 &&
		  gl_energy_mode_factor(GL_TRAP_PLUGGED) == 0 &&
		  gl_energy_mode_factor(GL_TRAP_FLOODED) == 0, "closed traps 0");
	CHECK(isnan(gl_energy_mode_factor(GL_TRAP__COUNT)), "no such mode");
	CHECK(strcmp(gl_choices_list(&gl_energy_failure_modes, buf, sizeof(buf)),
				 "\"blow-through\", \"leaking\", \"rapid-cycling\", \"ok\", \"plugged\" or \"flooded\"") == 0,
		  "mode list: %s", buf);
	CHECK(strcmp(gl_energy_failure_modes.what, "failure mode") == 0, "what");
	CHECK(gl_choice_find(&gl_energy_discharges, "closed-return", 13) == GL_DISCHARGE_CLOSED_RETURN,
		  "closed-return");
	CHECK(gl_choice_find(&gl_energy_discharges, "Closed Return", 13) == GL_DISCHARGE_CLOSED_RETURN,
		  "Closed Return");
	CHECK(gl_energy_discharge_factor(GL_DISCHARGE_CLOSED_RETURN) == 0.5, "halved");
	CHECK(gl_choice_find(&gl_energy_bases, "FEEDWATER", 9) == GL_BASIS_FEEDWATER, "basis");
	CHECK(gl_choice_find(&gl_energy_bases, "sensible", 8) == -1, "unknown basis");
}

static void
test_leak_rate(void)
{
	double		w = -1;
	double		w2 = -1;

	/* Napier: 3600/70 * pi/4 = 40.392, taken as 40.4; x 0.6 = 24.24 */
	CHECK_REL(GL_NAPIER_LBH_PER_PSIA_IN2, 3600.0 / 70 * M_PI / 4, 2.5e-4, "Napier constant");
	CHECK_REL(GL_NAPIER_LBH_PER_PSIA_IN2 * GL_TRAP_CD_DEFAULT, 24.24, 1e-15, "24.24 form");

	/* E1: 5 psig, 3/16 in: 24.24 x 19.696 x (3/16)^2 = 16.785 lb/h */
	CHECK(gl_energy_trap_leak_rate(PSIG(5), 0.0254 * 3 / 16, GL_TRAP_BLOW_THROUGH, 0.6,
							GL_DISCHARGE_ATMOSPHERE, &w) == GL_EN_OK, "E1 ok");
	CHECK_REL(w / LB_KG, 24.24 * (5 + 14.69594877551) * (3.0 / 16) * (3.0 / 16),
			  1e-12, "E1 24.24 P D^2 (through unit conversions)");
	CHECK(fabs(w / LB_KG - 16.785) < 0.0005, "E1 16.785 lb/h (got %.4f)", w / LB_KG);

	/* E3: DOE Tip #1, 1/8 in at 150 psig: 75.8 lb/h with Cd 0.7291 */
	CHECK(gl_energy_trap_leak_rate(PSIG(150), 0.0254 / 8, GL_TRAP_BLOW_THROUGH,
							GL_TRAP_CD_DOE, GL_DISCHARGE_ATMOSPHERE, &w) == GL_EN_OK,
		  "E3 ok");
	CHECK(fabs(w / LB_KG - 75.8) < 0.005, "E3 75.80 lb/h (got %.3f)", w / LB_KG);

	/*
	 * Napier's psi, inch and lb come from the unit table: the same bits as
	 * the exact constants (0.0254 m, 0.45359237 kg, 6.894757293168361 kPa)
	 */
	{
		int			i;
		int			same = 0;

		for (i = 0; i < 200; i++)
		{
			double		p = PSIG(1 + i * 3.7);
			double		d = 0.0254 * (1 + i % 16) / 32.0;
			double		psia = p / PSI_MPA;
			double		d_in = d / 0.0254;
			double		want = GL_NAPIER_LBH_PER_PSIA_IN2 * psia * d_in * d_in * 0.6 *
				1.0 * 1.0 * LB_KG;

			if (gl_energy_trap_leak_rate(p, d, GL_TRAP_BLOW_THROUGH, 0.6,
										 GL_DISCHARGE_ATMOSPHERE, &w) == GL_EN_OK &&
				w == want)
				same++;
		}
		CHECK(same == 200, "unit-table scales: %d of 200 bit-identical", same);
	}

	/* factors multiply */
	CHECK(gl_energy_trap_leak_rate(PSIG(150), 0.0254 / 8, GL_TRAP_LEAKING, 0.6,
							GL_DISCHARGE_CLOSED_RETURN, &w2) == GL_EN_OK, "leaking");
	gl_energy_trap_leak_rate(PSIG(150), 0.0254 / 8, GL_TRAP_BLOW_THROUGH, 0.6,
					  GL_DISCHARGE_ATMOSPHERE, &w);
	CHECK_REL(w2, w * 0.25 * 0.5, 1e-15, "leaking into a closed return");
	CHECK(gl_energy_trap_leak_rate(PSIG(150), 0.0254 / 8, GL_TRAP_PLUGGED, 0.6,
							GL_DISCHARGE_ATMOSPHERE, &w2) == GL_EN_OK && w2 == 0,
		  "plugged loses nothing");
	CHECK(gl_energy_trap_leak_rate(PSIG(150), 0, GL_TRAP_BLOW_THROUGH, 0.6,
							GL_DISCHARGE_ATMOSPHERE, &w2) == GL_EN_OK && w2 == 0,
		  "no orifice, no flow");

	/* bad input; *out untouched */
	w = 42;
	CHECK(gl_energy_trap_leak_rate(NAN, 0.003, 0, 0.6, 0, &w) == GL_EN_OVERFLOW, "NaN p");
	CHECK(gl_energy_trap_leak_rate(1, INFINITY, 0, 0.6, 0, &w) == GL_EN_OVERFLOW, "inf d (an overflowed conversion)");
	CHECK(gl_energy_trap_leak_rate(1, -0.003, 0, 0.6, 0, &w) == GL_EN_DIAMETER_NEGATIVE, "negative d");
	CHECK(gl_energy_trap_leak_rate(1, 0.003, 0, 0, 0, &w) == GL_EN_DISCHARGE_COEFFICIENT, "Cd 0");
	CHECK(gl_energy_trap_leak_rate(1, 0.003, 0, 1.01, 0, &w) == GL_EN_DISCHARGE_COEFFICIENT, "Cd > 1");
	CHECK(gl_energy_trap_leak_rate(ATM_MPA, 0.003, 0, 0.6, 0, &w) == GL_EN_PRESSURE_ATMOSPHERE,
		  "0 psig: no flow to air");
	CHECK(gl_energy_trap_leak_rate(22.064, 0.003, 0, 0.6, 0, &w) == GL_EN_PRESSURE_CRITICAL,
		  "critical pressure");
	CHECK(gl_energy_trap_leak_rate(1, 1e200, 0, 0.6, 0, &w) == GL_EN_OVERFLOW, "overflow");
	CHECK(gl_energy_trap_leak_rate(1, 0.003, 7, 0.6, 0, &w) == GL_EN_BAD_CHOICE, "bad mode");
	CHECK(w == 42, "out untouched on error");
}

static void
test_specific(void)
{
	double		dh = -1;
	gl_if97_state	s;
	double		e = -1;

	/* saturated, latent and feedwater (E5: 1177.4 Btu/lb) */
	CHECK(gl_energy_saturated_specific(PSIG(150), GL_BASIS_LATENT, NAN, &dh) == GL_EN_OK,
		  "latent ok");
	CHECK_REL(dh, HFG_150, 1e-12, "h_fg at 150 psig");
	CHECK(fabs(dh / 2.326 - 857.41) < 0.005, "857.41 Btu/lb");
	CHECK(gl_energy_saturated_specific(PSIG(150), GL_BASIS_FEEDWATER, DEGF(50), &dh) == GL_EN_OK,
		  "feedwater ok");
	CHECK_REL(dh, HFW50_150, 1e-12, "E5 h_g - h(p, 50 F)");
	CHECK(fabs(dh / 2.326 - 1177.4) < 0.05, "E5 1177.4 Btu/lb (got %.3f)", dh / 2.326);
	CHECK(gl_energy_saturated_specific(PSIG(150), GL_BASIS_FEEDWATER, TSAT_150 + 1, &dh) ==
		  GL_EN_FEEDWATER_HOT, "feedwater above Tsat");
	CHECK(gl_energy_saturated_specific(PSIG(150), GL_BASIS_FEEDWATER, 270, &dh) ==
		  GL_EN_FEEDWATER_COLD, "feedwater below 273.15 K");
	CHECK(gl_energy_saturated_specific(PSIG(150), GL_BASIS_FEEDWATER, NAN, &dh) ==
		  GL_EN_FEEDWATER_MISSING, "feedwater NaN: none given");
	CHECK(gl_energy_saturated_specific(23, GL_BASIS_LATENT, NAN, &dh) ==
		  GL_EN_PRESSURE_CRITICAL, "supercritical");
	CHECK(gl_energy_saturated_specific(1e-4, GL_BASIS_LATENT, NAN, &dh) ==
		  GL_EN_PRESSURE_TRIPLE, "below triple point");

	/* readings: 150 psig at 365.8 degF (Tsat 365.87) is saturated steam */
	CHECK(gl_energy_reading(PSIG(150), DEGF(365.8), GL_SAT_TOLERANCE_K, &s) == GL_EN_OK &&
		  s.region == 4 && s.x == 1.0, "a hair below Tsat: saturated vapour");
	CHECK(gl_energy_reading(PSIG(150), TSAT_150, GL_SAT_TOLERANCE_K, &s) == GL_EN_OK &&
		  s.region == 4 && s.x == 1.0, "at Tsat: saturated vapour");
	CHECK(gl_energy_reading(PSIG(150), TSAT_150 - 1.99, GL_SAT_TOLERANCE_K, &s) == GL_EN_OK &&
		  s.region == 4, "1.99 K below: saturated");
	CHECK(gl_energy_reading(PSIG(150), TSAT_150 - 2.01, GL_SAT_TOLERANCE_K, &s) ==
		  GL_EN_NOT_STEAM, "2.01 K below: not steam");
	CHECK(gl_energy_reading(PSIG(150), DEGF(300), GL_SAT_TOLERANCE_K, &s) ==
		  GL_EN_NOT_STEAM, "300 degF at 150 psig: liquid");
	CHECK(gl_energy_reading(PSIG(150), TSAT_150 - 0.5, 0, &s) ==
		  GL_EN_NOT_STEAM, "zero tolerance");
	CHECK(gl_energy_reading(PSIG(150), TSAT_150 + 1e-9, GL_SAT_TOLERANCE_K, &s) == GL_EN_OK &&
		  (s.region == 2 || s.region == 4), "a hair above: vapour");
	CHECK(gl_energy_reading(PSIG(150), DEGF(500), GL_SAT_TOLERANCE_K, &s) == GL_EN_OK &&
		  s.region == 2, "superheated");
	CHECK(gl_energy_state_specific(&s, GL_BASIS_LATENT, NAN, GL_SAT_TOLERANCE_K, &dh) == GL_EN_OK,
		  "superheated loss ok");
	CHECK_REL(dh, HSUP_150_500, 1e-12, "h(p,T) - h_f(p)");
	CHECK(gl_energy_reading(PSIG(150), DEGF(365.8), GL_SAT_TOLERANCE_K, &s) == GL_EN_OK, "sat");
	CHECK(gl_energy_state_specific(&s, GL_BASIS_LATENT, NAN, GL_SAT_TOLERANCE_K, &dh) == GL_EN_OK,
		  "saturated reading loss ok");
	CHECK_REL(dh, HFG_150, 1e-12, "saturated reading = h_fg, not compressed liquid");
	CHECK(gl_energy_state_specific(&s, GL_BASIS_FEEDWATER, DEGF(50), GL_SAT_TOLERANCE_K, &dh) ==
		  GL_EN_OK, "feedwater on a state");
	CHECK_REL(dh, HFW50_150, 1e-12, "state feedwater basis");

	/* a liquid state handed in directly */
	CHECK(gl_if97_state_pt(PSIG(150), TSAT_150 - 0.1, &s) == GL_IF97_OK && s.region == 1,
		  "liquid state");
	CHECK(gl_energy_state_specific(&s, GL_BASIS_LATENT, NAN, GL_SAT_TOLERANCE_K, &dh) == GL_EN_OK,
		  "liquid within tolerance");
	CHECK_REL(dh, HFG_150, 1e-12, "liquid within tolerance is saturated vapour");
	CHECK(gl_if97_state_pt(PSIG(150), DEGF(300), &s) == GL_IF97_OK, "cold liquid");
	CHECK(gl_energy_state_specific(&s, GL_BASIS_LATENT, NAN, GL_SAT_TOLERANCE_K, &dh) ==
		  GL_EN_NOT_STEAM, "cold liquid is not steam");
	CHECK(gl_if97_state_px(PSIG(150), 0.5, &s) == GL_IF97_OK, "wet");
	CHECK(gl_energy_state_specific(&s, GL_BASIS_LATENT, NAN, GL_SAT_TOLERANCE_K, &dh) == GL_EN_OK,
		  "wet ok");
	CHECK_REL(dh, 0.5 * HFG_150, 1e-12, "wet steam: x h_fg");
	CHECK(gl_if97_state_px(PSIG(150), 0, &s) == GL_IF97_OK &&
		  gl_energy_state_specific(&s, GL_BASIS_LATENT, NAN, 2, &dh) == GL_EN_OK &&
		  dh == 0, "saturated liquid carries no latent heat");

	/* energy = rate x hours x dh */
	CHECK(gl_energy_loss(10 * LB_KG, 8760, HFG_150, &e) == GL_EN_OK, "energy");
	CHECK_REL(e / 1.05505585262e6, 10 * 8760 * HFG_150 / 2.326 / 1e6, 1e-12,
			  "10 lb/h for a year at 150 psig: 75.1 MMBtu");
	CHECK(fabs(e / 1.05505585262e6 - 75.11) < 0.01, "about 75 MMBtu (got %.3f)",
		  e / 1.05505585262e6);
	CHECK(gl_energy_loss(-1, 1, 1, &e) == GL_EN_RATE_NEGATIVE, "negative rate");
	CHECK(gl_energy_loss(1, -1, 1, &e) == GL_EN_HOURS_NEGATIVE, "negative hours");
	CHECK(gl_energy_loss(1, NAN, 1, &e) == GL_EN_OVERFLOW, "NaN hours");
	CHECK(gl_energy_loss(1e300, 1e300, 1, &e) == GL_EN_OVERFLOW, "overflow");
}

static void
test_fuel_cost(void)
{
	double		f = -1;

	CHECK(gl_energy_fuel(100, 0.8, &f) == GL_EN_OK && f == 125, "fuel 100/0.8");
	CHECK(gl_energy_fuel(100, 1, &f) == GL_EN_OK && f == 100, "efficiency 1");
	CHECK(gl_energy_fuel(100, 0, &f) == GL_EN_EFFICIENCY_ZERO, "efficiency 0");
	CHECK(gl_energy_fuel(100, -0.5, &f) == GL_EN_EFFICIENCY_RANGE, "negative efficiency");
	CHECK(gl_energy_fuel(100, 80, &f) == GL_EN_EFFICIENCY_PERCENT, "efficiency 80 (percent)");
	CHECK(gl_energy_fuel(100, NAN, &f) == GL_EN_OVERFLOW, "NaN efficiency");
	CHECK(gl_energy_fuel(-1, 0.8, &f) == GL_EN_QUANTITY_NEGATIVE, "negative energy");
	CHECK(gl_energy_fuel(1e308, 1e-10, &f) == GL_EN_OVERFLOW, "overflow");

	/* E2 (Manczyk): 16.78 lb/h x 5808 h x 960.8 Btu/lb x $6.23/MMBtu / 0.80 */
	CHECK(gl_energy_fuel(16.78 * 5808 * 960.8 / 1e6, 0.80, &f) == GL_EN_OK, "E2 fuel");
	CHECK(gl_energy_priced(f, 6.23, &f) == GL_EN_OK && fabs(f - 729.20) < 0.005,
		  "E2 $729.20 (got %.4f)", f);
	/* E6 (National Grid): 1073 Btu/lb x 1000 lb, $8/MMBtu, 81 % */
	CHECK(gl_energy_steam_unit_cost(1073 * 1000 / 1e6, 8, 0.81, &f) == GL_EN_OK &&
		  fabs(f - 10.60) < 0.005, "E6 $10.60 per 1000 lb (got %.4f)", f);
	/* E4 (TLV): 15 kg/h x 8000 h x $10 per 1000 kg */
	CHECK(gl_energy_priced(15 * 8000 / 1000.0, 10, &f) == GL_EN_OK && fabs(f - 1200) < 1e-9,
		  "E4 $1200");
	CHECK(gl_energy_priced(-1, 10, &f) == GL_EN_QUANTITY_NEGATIVE, "negative quantity");
	CHECK(gl_energy_priced(1, -10, &f) == GL_EN_PRICE_NEGATIVE, "negative price");
	CHECK(gl_energy_priced(INFINITY, 1, &f) == GL_EN_OVERFLOW, "infinite quantity");
	CHECK(gl_energy_fuel(100, 101, &f) == GL_EN_EFFICIENCY_RANGE, "efficiency 101");
	CHECK(gl_energy_steam_unit_cost(-1, 8, 0.8, &f) == GL_EN_QUANTITY_NEGATIVE,
		  "negative specific energy");
	CHECK(gl_energy_steam_unit_cost(1, -8, 0.8, &f) == GL_EN_PRICE_NEGATIVE,
		  "negative fuel price");
	CHECK(gl_energy_steam_unit_cost(1, 8, 0, &f) == GL_EN_EFFICIENCY_ZERO,
		  "unit cost at efficiency 0");
}

int
main(void)
{
	unit_name = "test_energy";
	test_statuses();
	test_shown();
	test_names();
	test_leak_rate();
	test_specific();
	test_fuel_cost();
	return unit_done();
}
