/*-------------------------------------------------------------------------
 *
 * if97.c
 *	  IAPWS-IF97 steam properties: the forward equations of regions 1, 2, 3
 *	  and 5, the saturation line (region 4), the B23 and B2bc boundaries, the
 *	  backward equations T(p,h) and T(p,s) of regions 1 and 2, and state
 *	  constructors from (p,T), (p,x), (T,x), (p,h) and (p,s).
 *
 * Written from the IAPWS release "Revised Release on the IAPWS Industrial
 * Formulation 1997 for the Thermodynamic Properties of Water and Steam",
 * R7-97(2012).  Equation and table numbers below refer to that release.
 *
 * Design notes
 * ------------
 * - All polynomial terms have integer (or, for the 2a T(p,s) equation,
 *	 quarter-integer) exponents, so pow() is never called per term.  The
 *	 forward equations of regions 1, 2 and 3 (the hot paths) form exactly
 *	 the powers their tables need, in registers, each as the product of two
 *	 lower powers (dependency depth <= 6 multiplications); the other
 *	 equations fill a small table of consecutive powers (powtab()), each
 *	 entry again the product of two earlier ones.
 * - Speed (gcc -O2, one core of the development machine): h(p,T) ~45 ns in
 *	 region 1, ~65 ns in region 2; a refined state from (p,h) or (p,s)
 *	 ~0.22 us in region 1, ~0.35 us in region 2 (bench/bench_if97.c).
 * - The derivatives of a sum of terms t_i = n_i a^I_i b^J_i are obtained
 *	 from the same t_i: d/da = sum(I_i t_i) / a, and so on, so a single pass
 *	 over the terms gives the function and all its derivatives.
 * - Region 3 is given as f(rho,T) (Eq. 28); (p,T) states are found with a
 *	 safeguarded Newton iteration on rho, on the branch that the phase
 *	 decision selects (liquid: largest root, vapour: smallest root).
 * - States from (p,h) and (p,s) decide the phase against h'(p), h''(p)
 *	 (s', s'') from the forward equations at Tsat(p), then refine the
 *	 temperature by a bracketed Newton iteration on the forward equation
 *	 (seeded by the backward equations in regions 1 and 2).  The result is
 *	 finally checked with the (p,T) region selection and moved by a few
 *	 units in the last place if rounding put it on the wrong side of a
 *	 boundary, so that gl_if97_state_pt(p, T) reproduces the state.
 *
 * src/steam/if97.c
 *
 *-------------------------------------------------------------------------
 */
#include "steam/if97.h"

#include <float.h>
#include <math.h>
#include <stddef.h>

/* Reducing constants (Eqs. 7, 15, 28, 32) */
#define R1_PSTAR	16.53
#define R1_TSTAR	1386.0
#define R2_PSTAR	1.0
#define R2_TSTAR	540.0
#define R5_PSTAR	1.0
#define R5_TSTAR	1000.0

/* Branches of the region-3 equation at a given (p,T) */
#define R3_LIQ		1			/* T < Tc and p > psat(T): largest root */
#define R3_VAP		2			/* T < Tc and p < psat(T): smallest root */
#define R3_SUP		3			/* T >= Tc: the single root */

#define NTERMS(a) ((int) (sizeof(a) / sizeof((a)[0])))

/*
 * Fill base[k] = x^k for -kneg <= k <= kpos (base points into a caller's
 * array with room on both sides).  Each power is the product of two lower
 * powers, so the longest chain of dependent multiplications is log2(k).
 */
static inline void
powtab(double x, int kneg, int kpos, double *base)
{
	int			k;

	base[0] = 1.0;
	if (kpos >= 1)
		base[1] = x;
	for (k = 2; k <= kpos; k++)
		base[k] = base[k >> 1] * base[k - (k >> 1)];
	if (kneg >= 1)
	{
		base[-1] = 1.0 / x;
		for (k = 2; k <= kneg; k++)
			base[-k] = base[-(k >> 1)] * base[-(k - (k >> 1))];
	}
}

/* ----------------------------------------------------------------------
 * Coefficient tables
 * ----------------------------------------------------------------------
 */

/* Table 1: boundary between regions 2 and 3 (Eqs. 5 and 6) */
static const double b23_n[5] = {
	0.34805185628969e3, -0.11671859879975e1, 0.10192970039326e-2,
	0.57254459862746e3, 0.13918839778870e2
};

/* Table 2: region 1, dimensionless Gibbs free energy (Eq. 7) */
static const int r1_I[34] = {
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2,
	2, 2, 3, 3, 3, 4, 4, 4, 5, 8, 8, 21, 23, 29, 30, 31, 32
};
static const int r1_J[34] = {
	-2, -1, 0, 1, 2, 3, 4, 5, -9, -7, -1, 0, 1, 3, -3, 0, 1,
	3, 17, -4, 0, 6, -5, -2, 10, -8, -11, -6, -29, -31, -38, -39, -40, -41
};
static const double r1_n[34] = {
	0.14632971213167, -0.84548187169114, -0.37563603672040e1,
	0.33855169168385e1, -0.95791963387872, 0.15772038513228,
	-0.16616417199501e-1, 0.81214629983568e-3, 0.28319080123804e-3,
	-0.60706301565874e-3, -0.18990068218419e-1, -0.32529748770505e-1,
	-0.21841717175414e-1, -0.52838357969930e-4, -0.47184321073267e-3,
	-0.30001780793026e-3, 0.47661393906987e-4, -0.44141845330846e-5,
	-0.72694996297594e-15, -0.31679644845054e-4, -0.28270797985312e-5,
	-0.85205128120103e-9, -0.22425281908000e-5, -0.65171222895601e-6,
	-0.14341729937924e-12, -0.40516996860117e-6, -0.12734301741641e-8,
	-0.17424871230634e-9, -0.68762131295531e-18, 0.14478307828521e-19,
	0.26335781662795e-22, -0.11947622640071e-22, 0.18228094581404e-23,
	-0.93537087292458e-25
};

/* Table 10: region 2, ideal-gas part (Eq. 16) */
static const int r2_J0[9] = {0, 1, -5, -4, -3, -2, -1, 2, 3};
static const double r2_n0[9] = {
	-0.96927686500217e1, 0.10086655968018e2, -0.56087911283020e-2,
	0.71452738081455e-1, -0.40710498223928, 0.14240819171444e1,
	-0.43839511319450e1, -0.28408632460772, 0.21268463753307e-1
};

/*
 * Supplementary metastable-vapour equation (Eq. 18): the ideal-gas part is
 * Eq. 16 with n0_1 and n0_2 replaced (text below Eq. 18).
 */
static const double r2m_n0[9] = {
	-0.96937268393049e1, 0.10087275970006e2, -0.56087911283020e-2,
	0.71452738081455e-1, -0.40710498223928, 0.14240819171444e1,
	-0.43839511319450e1, -0.28408632460772, 0.21268463753307e-1
};

/* Table 11: region 2, residual part (Eq. 17) */
static const int r2_I[43] = {
	1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 6, 6, 6,
	7, 7, 7, 8, 8, 9, 10, 10, 10, 16, 16, 18, 20, 20, 20, 21, 22, 23, 24,
	24, 24
};
static const int r2_J[43] = {
	0, 1, 2, 3, 6, 1, 2, 4, 7, 36, 0, 1, 3, 6, 35, 1, 2, 3, 7, 3, 16, 35,
	0, 11, 25, 8, 36, 13, 4, 10, 14, 29, 50, 57, 20, 35, 48, 21, 53, 39,
	26, 40, 58
};
static const double r2_n[43] = {
	-0.17731742473213e-2, -0.17834862292358e-1, -0.45996013696365e-1,
	-0.57581259083432e-1, -0.50325278727930e-1, -0.33032641670203e-4,
	-0.18948987516315e-3, -0.39392777243355e-2, -0.43797295650573e-1,
	-0.26674547914087e-4, 0.20481737692309e-7, 0.43870667284435e-6,
	-0.32277677238570e-4, -0.15033924542148e-2, -0.40668253562649e-1,
	-0.78847309559367e-9, 0.12790717852285e-7, 0.48225372718507e-6,
	0.22922076337661e-5, -0.16714766451061e-10, -0.21171472321355e-2,
	-0.23895741934104e2, -0.59059564324270e-17, -0.12621808899101e-5,
	-0.38946842435739e-1, 0.11256211360459e-10, -0.82311340897998e1,
	0.19809712802088e-7, 0.10406965210174e-18, -0.10234747095929e-12,
	-0.10018179379511e-8, -0.80882908646985e-10, 0.10693031879409,
	-0.33662250574171, 0.89185845355421e-24, 0.30629316876232e-12,
	-0.42002467698208e-5, -0.59056029685639e-25, 0.37826947613457e-5,
	-0.12768608934681e-14, 0.73087610595061e-28, 0.55414715350778e-16,
	-0.94369707241210e-6
};

/* Table 16: residual part of the metastable-vapour equation (Eq. 18) */
static const int r2m_I[13] = {1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5};
static const int r2m_J[13] = {0, 2, 5, 11, 1, 7, 16, 4, 16, 7, 10, 9, 10};
static const double r2m_n[13] = {
	-0.73362260186506e-2, -0.88223831943146e-1, -0.72334555213245e-1,
	-0.40813178534455e-2, 0.20097803380207e-2, -0.53045921898642e-1,
	-0.76190409086970e-2, -0.63498037657313e-2, -0.86043093028588e-1,
	0.75321581522770e-2, -0.79238375446139e-2, -0.22888160778447e-3,
	-0.26456501482810e-2
};

/* Table 30: region 3, dimensionless Helmholtz free energy (Eq. 28) */
static const double r3_n1 = 0.10658070028513e1;	/* coefficient of ln(delta) */
static const int r3_I[39] = {
	0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3,
	4, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 8, 9, 9, 10, 10, 11
};
static const int r3_J[39] = {
	0, 1, 2, 7, 10, 12, 23, 2, 6, 15, 17, 0, 2, 6, 7, 22, 26, 0, 2, 4,
	16, 26, 0, 2, 4, 26, 1, 3, 26, 0, 2, 26, 2, 26, 2, 26, 0, 1, 26
};
static const double r3_n[39] = {
	-0.15732845290239e2, 0.20944396974307e2, -0.76867707878716e1,
	0.26185947787954e1, -0.28080781148620e1, 0.12053369696517e1,
	-0.84566812812502e-2, -0.12654315477714e1, -0.11524407806681e1,
	0.88521043984318, -0.64207765181607, 0.38493460186671,
	-0.85214708824206, 0.48972281541877e1, -0.30502617256965e1,
	0.39420536879154e-1, 0.12558408424308, -0.27999329698710,
	0.13899799569460e1, -0.20189915023570e1, -0.82147637173963e-2,
	-0.47596035734923, 0.43984074473500e-1, -0.44476435428739,
	0.90572070719733, 0.70522450087967, 0.10770512626332,
	-0.32913623258954, -0.50871062041158, -0.22175400873096e-1,
	0.94260751665092e-1, 0.16436278447961, -0.13503372241348e-1,
	-0.14834345352472e-1, 0.57922953628084e-3, 0.32308904703711e-2,
	0.80964802996215e-4, -0.16557679795037e-3, -0.44923899061815e-4
};

/* Table 34: region 4, saturation-pressure equation (Eqs. 29-31) */
static const double r4_n[11] = {
	0.0,						/* unused: the release numbers them from 1 */
	0.11670521452767e4, -0.72421316703206e6, -0.17073846940092e2,
	0.12020824702470e5, -0.32325550322333e7, 0.14915108613530e2,
	-0.48232657361591e4, 0.40511340542057e6, -0.23855557567849,
	0.65017534844798e3
};

/* Table 37: region 5, ideal-gas part (Eq. 33) */
static const int r5_J0[6] = {0, 1, -3, -2, -1, 2};
static const double r5_n0[6] = {
	-0.13179983674201e2, 0.68540841634434e1, -0.24805148933466e-1,
	0.36901534980333, -0.31161318213925e1, -0.32961626538917
};

/* Table 38 (2007 revision): region 5, residual part (Eq. 34) */
static const int r5_I[6] = {1, 1, 1, 2, 2, 3};
static const int r5_J[6] = {1, 2, 3, 3, 9, 7};
static const double r5_n[6] = {
	0.15736404855259e-2, 0.90153761673944e-3, -0.50270077677648e-2,
	0.22440037409485e-5, -0.41163275453471e-5, 0.37919454822955e-7
};

/* Table 6: backward equation T(p,h) for region 1 (Eq. 11) */
static const int b1h_I[20] = {
	0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6
};
static const int b1h_J[20] = {
	0, 1, 2, 6, 22, 32, 0, 1, 2, 3, 4, 10, 32, 10, 32, 10, 32, 32, 32, 32
};
static const double b1h_n[20] = {
	-0.23872489924521e3, 0.40421188637945e3, 0.11349746881718e3,
	-0.58457616048039e1, -0.15285482413140e-3, -0.10866707695377e-5,
	-0.13391744872602e2, 0.43211039183559e2, -0.54010067170506e2,
	0.30535892203916e2, -0.65964749423638e1, 0.93965400878363e-2,
	0.11573647505340e-6, -0.25858641282073e-4, -0.40644363084799e-8,
	0.66456186191635e-7, 0.80670734103027e-10, -0.93477771213947e-12,
	0.58265442020601e-14, -0.15020185953503e-16
};

/* Table 8: backward equation T(p,s) for region 1 (Eq. 13) */
static const int b1s_I[20] = {
	0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 4
};
static const int b1s_J[20] = {
	0, 1, 2, 3, 11, 31, 0, 1, 2, 3, 12, 31, 0, 1, 2, 9, 31, 10, 32, 32
};
static const double b1s_n[20] = {
	0.17478268058307e3, 0.34806930892873e2, 0.65292584978455e1,
	0.33039981775489, -0.19281382923196e-6, -0.24909197244573e-22,
	-0.26107636489332, 0.22592965981586, -0.64256463395226e-1,
	0.78876289270526e-2, 0.35672110607366e-9, 0.17332496994895e-23,
	0.56608900654837e-3, -0.32635483139717e-3, 0.44778286690632e-4,
	-0.51322156908507e-9, -0.42522657042207e-25, 0.26400441360689e-12,
	0.78124600459723e-28, -0.30732199903668e-30
};

/* Table 19: boundary between subregions 2b and 2c (Eqs. 20 and 21) */
static const double b2bc_n[5] = {
	0.90584278514723e3, -0.67955786399241, 0.12809002730136e-3,
	0.26526571908428e4, 0.45257578905948e1
};

/* Table 20: backward equation T(p,h) for subregion 2a (Eq. 22) */
static const int b2ah_I[34] = {
	0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2,
	2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7
};
static const int b2ah_J[34] = {
	0, 1, 2, 3, 7, 20, 0, 1, 2, 3, 7, 9, 11, 18, 44, 0, 2, 7, 36, 38,
	40, 42, 44, 24, 44, 12, 32, 44, 32, 36, 42, 34, 44, 28
};
static const double b2ah_n[34] = {
	0.10898952318288e4, 0.84951654495535e3, -0.10781748091826e3,
	0.33153654801263e2, -0.74232016790248e1, 0.11765048724356e2,
	0.18445749355790e1, -0.41792700549624e1, 0.62478196935812e1,
	-0.17344563108114e2, -0.20058176862096e3, 0.27196065473796e3,
	-0.45511318285818e3, 0.30919688604755e4, 0.25226640357872e6,
	-0.61707422868339e-2, -0.31078046629583, 0.11670873077107e2,
	0.12812798404046e9, -0.98554909623276e9, 0.28224546973002e10,
	-0.35948971410703e10, 0.17227349913197e10, -0.13551334240775e5,
	0.12848734664650e8, 0.13865724283226e1, 0.23598832556514e6,
	-0.13105236545054e8, 0.73999835474766e4, -0.55196697030060e6,
	0.37154085996233e7, 0.19127729239660e5, -0.41535164835634e6,
	-0.62459855192507e2
};

/* Table 21: backward equation T(p,h) for subregion 2b (Eq. 23) */
static const int b2bh_I[38] = {
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3,
	3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 6, 7, 7, 9, 9
};
static const int b2bh_J[38] = {
	0, 1, 2, 12, 18, 24, 28, 40, 0, 2, 6, 12, 18, 24, 28, 40, 2, 8, 18,
	40, 1, 2, 12, 24, 2, 12, 18, 24, 28, 40, 18, 24, 40, 28, 2, 28, 1, 40
};
static const double b2bh_n[38] = {
	0.14895041079516e4, 0.74307798314034e3, -0.97708318797837e2,
	0.24742464705674e1, -0.63281320016026, 0.11385952129658e1,
	-0.47811863648625, 0.85208123431544e-2, 0.93747147377932,
	0.33593118604916e1, 0.33809355601454e1, 0.16844539671904,
	0.73875745236695, -0.47128737436186, 0.15020273139707,
	-0.21764114219750e-2, -0.21810755324761e-1, -0.10829784403677,
	-0.46333324635812e-1, 0.71280351959551e-4, 0.11032831789999e-3,
	0.18955248387902e-3, 0.30891541160537e-2, 0.13555504554949e-2,
	0.28640237477456e-6, -0.10779857357512e-4, -0.76462712454814e-4,
	0.14052392818316e-4, -0.31083814331434e-4, -0.10302738212103e-5,
	0.28217281635040e-6, 0.12704902271945e-5, 0.73803353468292e-7,
	-0.11030139238909e-7, -0.81456365207833e-13, -0.25180545682962e-10,
	-0.17565233969407e-17, 0.86934156344163e-14
};

/* Table 22: backward equation T(p,h) for subregion 2c (Eq. 24) */
static const int b2ch_I[23] = {
	-7, -7, -6, -6, -5, -5, -2, -2, -1, -1, 0, 0, 1, 1, 2, 6, 6, 6, 6,
	6, 6, 6, 6
};
static const int b2ch_J[23] = {
	0, 4, 0, 2, 0, 2, 0, 1, 0, 2, 0, 1, 4, 8, 4, 0, 1, 4, 10, 12, 16, 20,
	22
};
static const double b2ch_n[23] = {
	-0.32368398555242e13, 0.73263350902181e13, 0.35825089945447e12,
	-0.58340131851590e12, -0.10783068217470e11, 0.20825544563171e11,
	0.61074783564516e6, 0.85977722535580e6, -0.25745723604170e5,
	0.31081088422714e5, 0.12082315865936e4, 0.48219755109255e3,
	0.37966001272486e1, -0.10842984880077e2, -0.45364172676660e-1,
	0.14559115658698e-12, 0.11261597407230e-11, -0.17804982240686e-10,
	0.12324579690832e-6, -0.11606921130984e-5, 0.27846367088554e-4,
	-0.59270038474176e-3, 0.12918582991878e-2
};

/*
 * Table 25: backward equation T(p,s) for subregion 2a (Eq. 25).  The
 * exponents I are quarter-integers; stored here as 4*I.
 */
static const int b2as_I4[46] = {
	-6, -6, -6, -6, -6, -6, -5, -5, -5, -4, -4, -4, -4, -4, -4, -3, -3,
	-2, -2, -2, -2, -1, -1, -1, -1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3,
	3, 3, 3, 4, 4, 5, 5, 6, 6
};
static const int b2as_J[46] = {
	-24, -23, -19, -13, -11, -10, -19, -15, -6, -26, -21, -17, -16, -9,
	-8, -15, -14, -26, -13, -9, -7, -27, -25, -11, -6, 1, 4, 8, 11, 0, 1,
	5, 6, 10, 14, 16, 0, 4, 9, 17, 7, 18, 3, 15, 5, 18
};
static const double b2as_n[46] = {
	-0.39235983861984e6, 0.51526573827270e6, 0.40482443161048e5,
	-0.32193790923902e3, 0.96961424218694e2, -0.22867846371773e2,
	-0.44942914124357e6, -0.50118336020166e4, 0.35684463560015,
	0.44235335848190e5, -0.13673388811708e5, 0.42163260207864e6,
	0.22516925837475e5, 0.47442144865646e3, -0.14931130797647e3,
	-0.19781126320452e6, -0.23554399470760e5, -0.19070616302076e5,
	0.55375669883164e5, 0.38293691437363e4, -0.60391860580567e3,
	0.19363102620331e4, 0.42660643698610e4, -0.59780638872718e4,
	-0.70401463926862e3, 0.33836784107553e3, 0.20862786635187e2,
	0.33834172656196e-1, -0.43124428414893e-4, 0.16653791356412e3,
	-0.13986292055898e3, -0.78849547999872, 0.72132411753872e-1,
	-0.59754839398283e-2, -0.12141358953904e-4, 0.23227096733871e-6,
	-0.10538463566194e2, 0.20718925496502e1, -0.72193155260427e-1,
	0.20749887081120e-6, -0.18340657911379e-1, 0.29036272348696e-6,
	0.21037527893619, 0.25681239729999e-3, -0.12799002933781e-1,
	-0.82198102652018e-5
};

/* Table 26: backward equation T(p,s) for subregion 2b (Eq. 26) */
static const int b2bs_I[44] = {
	-6, -6, -5, -5, -4, -4, -4, -3, -3, -3, -3, -2, -2, -2, -2, -1, -1,
	-1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3,
	4, 4, 5, 5, 5
};
static const int b2bs_J[44] = {
	0, 11, 0, 11, 0, 1, 11, 0, 1, 11, 12, 0, 1, 6, 10, 0, 1, 5, 8, 9,
	0, 1, 2, 4, 5, 6, 9, 0, 1, 2, 3, 7, 8, 0, 1, 5, 0, 1, 3, 0, 1, 0, 1, 2
};
static const double b2bs_n[44] = {
	0.31687665083497e6, 0.20864175881858e2, -0.39859399803599e6,
	-0.21816058518877e2, 0.22369785194242e6, -0.27841703445817e4,
	0.99207436071480e1, -0.75197512299157e5, 0.29708605951158e4,
	-0.34406878548526e1, 0.38815564249115, 0.17511295085750e5,
	-0.14237112854449e4, 0.10943803364167e1, 0.89971619308495,
	-0.33759740098958e4, 0.47162885818355e3, -0.19188241993679e1,
	0.41078580492196, -0.33465378172097, 0.13870034777505e4,
	-0.40663326195838e3, 0.41727347159610e2, 0.21932549434532e1,
	-0.10320050009077e1, 0.35882943516703, 0.52511453726066e-2,
	0.12838916450705e2, -0.28642437219381e1, 0.56912683664855,
	-0.99962954584931e-1, -0.32632037778459e-2, 0.23320922576723e-3,
	-0.15334809857450, 0.29072288239902e-1, 0.37534702741167e-3,
	0.17296691702411e-2, -0.38556050844504e-3, -0.35017712292608e-4,
	-0.14566393631492e-4, 0.56420857267269e-5, 0.41286150074605e-7,
	-0.20684671118824e-7, 0.16409393674725e-8
};

/* Table 27: backward equation T(p,s) for subregion 2c (Eq. 27) */
static const int b2cs_I[30] = {
	-2, -2, -1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5,
	5, 6, 6, 7, 7, 7, 7, 7
};
static const int b2cs_J[30] = {
	0, 1, 0, 0, 1, 2, 3, 0, 1, 3, 4, 0, 1, 2, 0, 1, 5, 0, 1, 4, 0, 1, 2,
	0, 1, 0, 1, 3, 4, 5
};
static const double b2cs_n[30] = {
	0.90968501005365e3, 0.24045667088420e4, -0.59162326387130e3,
	0.54145404128074e3, -0.27098308411192e3, 0.97976525097926e3,
	-0.46966772959435e3, 0.14399274604723e2, -0.19104204230429e2,
	0.53299167111971e1, -0.21252975375934e2, -0.31147334413760,
	0.60334840894623, -0.42764839702509e-1, 0.58185597255259e-2,
	-0.14597008284753e-1, 0.56631175631027e-2, -0.76155864584577e-4,
	0.22440342919332e-3, -0.12561095013413e-4, 0.63323132660934e-6,
	-0.20541989675375e-5, 0.36405370390082e-7, -0.29759897789215e-8,
	0.10136618529763e-7, 0.59925719692351e-11, -0.20677870105164e-10,
	-0.20874278181886e-10, 0.10162166825089e-9, -0.16429828281347e-9
};

/* ----------------------------------------------------------------------
 * Forward equations: dimensionless Gibbs / Helmholtz energy and derivatives
 * ----------------------------------------------------------------------
 */

/*
 * Gibbs free energy gamma(pi,tau) and its derivatives.  For regions 2 and 5
 * the ideal-gas part (g0*) and the residual part (gr*) are kept apart, as
 * the property relations of Tables 12 and 39 use them separately; for
 * region 1 only the gr* fields are used (they hold the whole gamma).
 * The ideal-gas pi-derivatives are 1/pi, -1/pi^2 and 0 and are not stored.
 */
typedef struct gibbs
{
	double		g0,
				g0t,
				g0tt;
	double		gr,
				grp,
				grpp,
				grt,
				grtt,
				grpt;
} gibbs;

/* Helmholtz free energy phi(delta,tau) of region 3 and its derivatives */
typedef struct helm
{
	double		f,
				fd,
				fdd,
				ft,
				ftt,
				fdt;
} helm;

/*
 * Region 1, Eq. 7: gamma = sum n (7.1 - pi)^I (tau - 1.222)^J with
 * pi = p/16.53 MPa, tau = 1386 K/T; derivatives as in Table 4.  In the whole
 * of region 1, 7.1 - pi > 1 and tau - 1.222 > 1, so dividing by them is
 * safe.
 *
 * r1_terms() fills t[i] = n_i a^I_i b^J_i (a = 7.1 - pi, b = tau - 1.222)
 * for the 34 terms of Table 2.  The ~40 distinct powers needed are formed
 * explicitly, in registers, each from two earlier ones; this is faster than
 * general power tables for this sparse set of exponents.
 */
static inline void
r1_terms(double a, double b, double *t)
{
	const double *n = r1_n;
	double		a2 = a * a,
				a3 = a2 * a,
				a4 = a2 * a2,
				a5 = a4 * a,
				a8 = a4 * a4,
				a16 = a8 * a8,
				a21 = a16 * a5,
				a23 = a21 * a2,
				a29 = a21 * a8,
				a30 = a29 * a,
				a31 = a30 * a,
				a32 = a16 * a16;
	double		b2 = b * b,
				b3 = b2 * b,
				b4 = b2 * b2,
				b5 = b4 * b,
				b6 = b3 * b3,
				b8 = b4 * b4,
				b10 = b8 * b2,
				b17 = b8 * b8 * b;
	double		c = 1.0 / b,	/* negative powers of b */
				c2 = c * c,
				c3 = c2 * c,
				c4 = c2 * c2,
				c5 = c4 * c,
				c6 = c3 * c3,
				c7 = c4 * c3,
				c8 = c4 * c4,
				c9 = c8 * c,
				c11 = c8 * c3,
				c16 = c8 * c8,
				c29 = c16 * c8 * c5,
				c31 = c16 * c8 * c7,
				c32 = c16 * c16,
				c38 = c32 * c6,
				c39 = c32 * c7,
				c40 = c32 * c8,
				c41 = c40 * c;

	/* I = 0, J = -2..5 */
	t[0] = n[0] * c2;
	t[1] = n[1] * c;
	t[2] = n[2];
	t[3] = n[3] * b;
	t[4] = n[4] * b2;
	t[5] = n[5] * b3;
	t[6] = n[6] * b4;
	t[7] = n[7] * b5;
	/* I = 1, J = -9, -7, -1, 0, 1, 3 */
	t[8] = n[8] * a * c9;
	t[9] = n[9] * a * c7;
	t[10] = n[10] * a * c;
	t[11] = n[11] * a;
	t[12] = n[12] * a * b;
	t[13] = n[13] * a * b3;
	/* I = 2, J = -3, 0, 1, 3, 17 */
	t[14] = n[14] * a2 * c3;
	t[15] = n[15] * a2;
	t[16] = n[16] * a2 * b;
	t[17] = n[17] * a2 * b3;
	t[18] = n[18] * a2 * b17;
	/* I = 3, J = -4, 0, 6 */
	t[19] = n[19] * a3 * c4;
	t[20] = n[20] * a3;
	t[21] = n[21] * a3 * b6;
	/* I = 4, J = -5, -2, 10 */
	t[22] = n[22] * a4 * c5;
	t[23] = n[23] * a4 * c2;
	t[24] = n[24] * a4 * b10;
	/* I = 5, J = -8; I = 8, J = -11, -6 */
	t[25] = n[25] * a5 * c8;
	t[26] = n[26] * a8 * c11;
	t[27] = n[27] * a8 * c6;
	/* I = 21, 23, 29, 30, 31, 32 with J = -29, -31, -38, -39, -40, -41 */
	t[28] = n[28] * a21 * c29;
	t[29] = n[29] * a23 * c31;
	t[30] = n[30] * a29 * c38;
	t[31] = n[31] * a30 * c39;
	t[32] = n[32] * a31 * c40;
	t[33] = n[33] * a32 * c41;
}

/*
 * The sums behind the residual Gibbs derivatives, from the terms t[i] of a
 * polynomial with exponents I[i] (of the pressure variable) and J[i] (of the
 * temperature variable): S[0] = sum t, S[1] = sum I t, S[2] = sum J t, and
 * with second set S[3] = sum I(I-1) t, S[4] = sum J(J-1) t, S[5] = sum I J t
 * (else 0).  The first three are summed in the same order either way, so
 * v, h, u, s do not depend on second.
 */
static void
gibbs_sums(const double *t, const int *I_, const int *J_, int n, int second,
		   double S[6])
{
	int			i;

	S[0] = S[1] = S[2] = S[3] = S[4] = S[5] = 0.0;
	if (!second)
	{
		for (i = 0; i < n; i++)
		{
			S[0] += t[i];
			S[1] += I_[i] * t[i];
			S[2] += J_[i] * t[i];
		}
		return;
	}
	for (i = 0; i < n; i++)
	{
		double		I = I_[i];
		double		J = J_[i];

		S[0] += t[i];
		S[1] += I * t[i];
		S[2] += J * t[i];
		S[3] += I * (I - 1.0) * t[i];
		S[4] += J * (J - 1.0) * t[i];
		S[5] += I * J * t[i];
	}
}

static void
r1_gibbs(double pi, double tau, int second, gibbs *g)
{
	double		a = 7.1 - pi;
	double		b = tau - 1.222;
	double		t[34];
	double		S[6];

	r1_terms(a, b, t);
	gibbs_sums(t, r1_I, r1_J, 34, second, S);
	g->g0 = g->g0t = g->g0tt = 0.0;
	g->gr = S[0];
	g->grp = -S[1] / a;
	g->grpp = S[3] / (a * a);
	g->grt = S[2] / b;
	g->grtt = S[4] / (b * b);
	g->grpt = -S[5] / (a * b);
}

/*
 * Region 1: only gamma_tau and gamma_tautau (and gamma if want_g), for the
 * enthalpy / entropy iterations.
 */
static inline void
r1_gt(double pi, double tau, int want_g, double *g, double *gt, double *gtt)
{
	double		b = tau - 1.222;
	double		t[34];
	double		s0 = 0.0,
				sJ = 0.0,
				sJJ = 0.0;
	int			i;

	r1_terms(7.1 - pi, b, t);
	for (i = 0; i < 34; i++)
	{
		double		J = r1_J[i];

		s0 += t[i];
		sJ += J * t[i];
		sJJ += J * (J - 1.0) * t[i];
	}
	if (want_g)
		*g = s0;
	*gt = sJ / b;
	if (gtt)
		*gtt = sJJ / (b * b);
}

/* Region 1: gamma_pi only (for the specific volume, Table 3) */
static inline double
r1_gp(double pi, double tau)
{
	double		a = 7.1 - pi;
	double		t[34];
	double		sI = 0.0;
	int			i;

	r1_terms(a, tau - 1.222, t);
	for (i = 0; i < 34; i++)
		sI += r1_I[i] * t[i];
	return -sI / a;
}

/*
 * Region 2 residual part (Eq. 17): t[i] = n_i pi^I_i (tau - 0.5)^J_i for the
 * 43 terms of Table 11.  As for region 1, the needed powers are formed
 * explicitly, each as the product of two lower ones with a dependency depth
 * of at most 6 multiplications.
 */
static inline void
r2_terms(double p, double b, double *t)
{
	const double *n = r2_n;
	double		p2 = p * p,
				p3 = p2 * p,
				p4 = p2 * p2,
				p5 = p3 * p2,
				p6 = p3 * p3,
				p7 = p4 * p3,
				p8 = p4 * p4,
				p9 = p5 * p4,
				p10 = p5 * p5,
				p16 = p8 * p8,
				p18 = p9 * p9,
				p20 = p10 * p10,
				p21 = p16 * p5,
				p22 = p16 * p6,
				p23 = p16 * p7,
				p24 = p16 * p8,
				b2 = b * b,
				b3 = b2 * b,
				b4 = b2 * b2,
				b6 = b3 * b3,
				b7 = b4 * b3,
				b8 = b4 * b4,
				b10 = b6 * b4,
				b11 = b7 * b4,
				b13 = b7 * b6,
				b14 = b7 * b7,
				b16 = b8 * b8,
				b20 = b10 * b10,
				b21 = b11 * b10,
				b25 = b14 * b11,
				b26 = b13 * b13,
				b29 = b16 * b13,
				b32 = b16 * b16,
				b35 = b21 * b14,
				b36 = b20 * b16,
				b39 = b25 * b14,
				b40 = b20 * b20,
				b48 = b32 * b16,
				b50 = b25 * b25,
				b53 = b32 * b21,
				b57 = b32 * b25,
				b58 = b29 * b29;

	t[0] = n[0] * p;
	t[1] = n[1] * p * b;
	t[2] = n[2] * p * b2;
	t[3] = n[3] * p * b3;
	t[4] = n[4] * p * b6;
	t[5] = n[5] * p2 * b;
	t[6] = n[6] * p2 * b2;
	t[7] = n[7] * p2 * b4;
	t[8] = n[8] * p2 * b7;
	t[9] = n[9] * p2 * b36;
	t[10] = n[10] * p3;
	t[11] = n[11] * p3 * b;
	t[12] = n[12] * p3 * b3;
	t[13] = n[13] * p3 * b6;
	t[14] = n[14] * p3 * b35;
	t[15] = n[15] * p4 * b;
	t[16] = n[16] * p4 * b2;
	t[17] = n[17] * p4 * b3;
	t[18] = n[18] * p5 * b7;
	t[19] = n[19] * p6 * b3;
	t[20] = n[20] * p6 * b16;
	t[21] = n[21] * p6 * b35;
	t[22] = n[22] * p7;
	t[23] = n[23] * p7 * b11;
	t[24] = n[24] * p7 * b25;
	t[25] = n[25] * p8 * b8;
	t[26] = n[26] * p8 * b36;
	t[27] = n[27] * p9 * b13;
	t[28] = n[28] * p10 * b4;
	t[29] = n[29] * p10 * b10;
	t[30] = n[30] * p10 * b14;
	t[31] = n[31] * p16 * b29;
	t[32] = n[32] * p16 * b50;
	t[33] = n[33] * p18 * b57;
	t[34] = n[34] * p20 * b20;
	t[35] = n[35] * p20 * b35;
	t[36] = n[36] * p20 * b48;
	t[37] = n[37] * p21 * b21;
	t[38] = n[38] * p22 * b53;
	t[39] = n[39] * p23 * b39;
	t[40] = n[40] * p24 * b26;
	t[41] = n[41] * p24 * b40;
	t[42] = n[42] * p24 * b58;
}

/* Region 2: residual gamma_pi only (for the specific volume, Table 12) */
static inline double
r2_grp(double pi, double tau)
{
	double		t[43];
	double		sI = 0.0;
	int			i;

	r2_terms(pi, tau - 0.5, t);
	for (i = 0; i < 43; i++)
		sI += r2_I[i] * t[i];
	return sI / pi;
}

/*
 * Region 2 ideal-gas part, Eq. 16 without the ln(pi) term (added by the
 * caller when gamma itself is needed): sum n0 tau^J0 and tau-derivatives.
 */
static inline void
r2_ideal(const double *n0, double tau, gibbs *g)
{
	double		pbuf[5 + 1 + 3];
	double	   *pt = pbuf + 5;
	double		s0 = 0.0,
				sJ = 0.0,
				sJJ = 0.0;
	int			i;

	powtab(tau, 5, 3, pt);
	for (i = 0; i < 9; i++)
	{
		double		J = r2_J0[i];
		double		t = n0[i] * pt[r2_J0[i]];

		s0 += t;
		sJ += J * t;
		sJJ += J * (J - 1.0) * t;
	}
	g->g0 = s0;
	g->g0t = sJ / tau;
	g->g0tt = sJJ / (tau * tau);
}

/*
 * Residual part sum n pi^I (tau - shift)^J (Eq. 17, Eq. 18, Eq. 34) with
 * all derivatives; I >= 1 for all three tables.  maxI/maxJ size the power
 * tables.
 */
static inline void
residual_gibbs(const double *n, const int *I_, const int *J_, int cnt,
			   int maxI, int maxJ, double pi, double b, gibbs *g)
{
	double		pa[25];
	double		pb[59];
	double		s0 = 0.0,
				sI = 0.0,
				sII = 0.0,
				sJ = 0.0,
				sJJ = 0.0,
				sIJ = 0.0;
	int			i;

	powtab(pi, 0, maxI, pa);
	powtab(b, 0, maxJ, pb);
	for (i = 0; i < cnt; i++)
	{
		double		I = I_[i];
		double		J = J_[i];
		double		t = n[i] * pa[I_[i]] * pb[J_[i]];

		s0 += t;
		sI += I * t;
		sII += I * (I - 1.0) * t;
		sJ += J * t;
		sJJ += J * (J - 1.0) * t;
		sIJ += I * J * t;
	}
	g->gr = s0;
	g->grp = sI / pi;
	g->grpp = sII / (pi * pi);
	g->grt = sJ / b;
	g->grtt = sJJ / (b * b);
	g->grpt = sIJ / (pi * b);
}

/* Region 2 (Eqs. 15-17), or the metastable-vapour equation (Eq. 18) */
static void
r2_gibbs(double pi, double tau, int metastable, int second, gibbs *g)
{
	if (metastable)
	{
		r2_ideal(r2m_n0, tau, g);
		residual_gibbs(r2m_n, r2m_I, r2m_J, NTERMS(r2m_n), 5, 16,
					   pi, tau - 0.5, g);
	}
	else
	{
		double		b = tau - 0.5;
		double		t[43];
		double		S[6];

		r2_ideal(r2_n0, tau, g);
		r2_terms(pi, b, t);
		gibbs_sums(t, r2_I, r2_J, 43, second, S);
		g->gr = S[0];
		g->grp = S[1] / pi;
		g->grpp = S[3] / (pi * pi);
		g->grt = S[2] / b;
		g->grtt = S[4] / (b * b);
		g->grpt = S[5] / (pi * b);
	}
}

/*
 * Region 2: gamma_tau and gamma_tautau only (ideal + residual), and gamma
 * without the ln(pi) term if want_g.  Used by the fast enthalpy path and the
 * (p,h) / (p,s) iterations.
 */
static inline void
r2_gt(double pi, double tau, int want_g, double *g, double *gt, double *gtt)
{
	double		tr[43];
	double		ibuf[5 + 1 + 3];
	double	   *pt = ibuf + 5;
	double		b = tau - 0.5;
	double		s0 = 0.0,
				sJ = 0.0,
				sJJ = 0.0;
	double		i0 = 0.0,
				iJ = 0.0,
				iJJ = 0.0;
	int			i;

	r2_terms(pi, b, tr);
	powtab(tau, 5, 3, pt);
	for (i = 0; i < 43; i++)
	{
		double		J = r2_J[i];

		s0 += tr[i];
		sJ += J * tr[i];
		sJJ += J * (J - 1.0) * tr[i];
	}
	for (i = 0; i < 9; i++)
	{
		double		J = r2_J0[i];
		double		t = r2_n0[i] * pt[r2_J0[i]];

		i0 += t;
		iJ += J * t;
		iJJ += J * (J - 1.0) * t;
	}
	if (want_g)
		*g = s0 + i0;
	*gt = sJ / b + iJ / tau;
	if (gtt)
		*gtt = sJJ / (b * b) + iJJ / (tau * tau);
}

/* Region 5 (Eqs. 32-34, 2007 revision) */
static void
r5_gibbs(double pi, double tau, gibbs *g)
{
	double		pbuf[3 + 1 + 2];
	double	   *pt = pbuf + 3;
	double		s0 = 0.0,
				sJ = 0.0,
				sJJ = 0.0;
	int			i;

	powtab(tau, 3, 2, pt);
	for (i = 0; i < 6; i++)
	{
		double		J = r5_J0[i];
		double		t = r5_n0[i] * pt[r5_J0[i]];

		s0 += t;
		sJ += J * t;
		sJJ += J * (J - 1.0) * t;
	}
	g->g0 = s0;
	g->g0t = sJ / tau;
	g->g0tt = sJJ / (tau * tau);
	residual_gibbs(r5_n, r5_I, r5_J, 6, 3, 9, pi, tau, g);
}

/*
 * Region 3 (Eq. 28): t[i] = n_i delta^I_i tau^J_i for the terms 2..40 of
 * Table 30 (the ln(delta) term is added by the callers); powers formed
 * explicitly as for regions 1 and 2.
 */
static inline void
r3_terms(double d, double u, double *t)
{
	const double *n = r3_n;
	double		d2 = d * d,
				d3 = d2 * d,
				d4 = d2 * d2,
				d5 = d3 * d2,
				d6 = d3 * d3,
				d7 = d4 * d3,
				d8 = d4 * d4,
				d9 = d5 * d4,
				d10 = d5 * d5,
				d11 = d6 * d5,
				u2 = u * u,
				u3 = u2 * u,
				u4 = u2 * u2,
				u6 = u3 * u3,
				u7 = u4 * u3,
				u8 = u4 * u4,
				u10 = u6 * u4,
				u12 = u6 * u6,
				u15 = u8 * u7,
				u16 = u8 * u8,
				u17 = u10 * u7,
				u22 = u12 * u10,
				u23 = u15 * u8,
				u26 = u16 * u10;

	t[0] = n[0];
	t[1] = n[1] * u;
	t[2] = n[2] * u2;
	t[3] = n[3] * u7;
	t[4] = n[4] * u10;
	t[5] = n[5] * u12;
	t[6] = n[6] * u23;
	t[7] = n[7] * d * u2;
	t[8] = n[8] * d * u6;
	t[9] = n[9] * d * u15;
	t[10] = n[10] * d * u17;
	t[11] = n[11] * d2;
	t[12] = n[12] * d2 * u2;
	t[13] = n[13] * d2 * u6;
	t[14] = n[14] * d2 * u7;
	t[15] = n[15] * d2 * u22;
	t[16] = n[16] * d2 * u26;
	t[17] = n[17] * d3;
	t[18] = n[18] * d3 * u2;
	t[19] = n[19] * d3 * u4;
	t[20] = n[20] * d3 * u16;
	t[21] = n[21] * d3 * u26;
	t[22] = n[22] * d4;
	t[23] = n[23] * d4 * u2;
	t[24] = n[24] * d4 * u4;
	t[25] = n[25] * d4 * u26;
	t[26] = n[26] * d5 * u;
	t[27] = n[27] * d5 * u3;
	t[28] = n[28] * d5 * u26;
	t[29] = n[29] * d6;
	t[30] = n[30] * d6 * u2;
	t[31] = n[31] * d6 * u26;
	t[32] = n[32] * d7 * u2;
	t[33] = n[33] * d8 * u26;
	t[34] = n[34] * d9 * u2;
	t[35] = n[35] * d9 * u26;
	t[36] = n[36] * d10;
	t[37] = n[37] * d10 * u;
	t[38] = n[38] * d11 * u26;
}

/*
 * Region 3, Eq. 28: phi = n1 ln(delta) + sum n delta^I tau^J with
 * delta = rho/322 kg/m3, tau = 647.096 K/T; derivatives as in Table 32.
 */
static void
r3_helm(double delta, double tau, helm *f)
{
	double		t[39];
	double		s0 = 0.0,
				sI = 0.0,
				sII = 0.0,
				sJ = 0.0,
				sJJ = 0.0,
				sIJ = 0.0;
	int			i;

	r3_terms(delta, tau, t);
	for (i = 0; i < 39; i++)
	{
		double		I = r3_I[i];
		double		J = r3_J[i];

		s0 += t[i];
		sI += I * t[i];
		sII += I * (I - 1.0) * t[i];
		sJ += J * t[i];
		sJJ += J * (J - 1.0) * t[i];
		sIJ += I * J * t[i];
	}
	f->f = r3_n1 * log(delta) + s0;
	f->fd = (r3_n1 + sI) / delta;
	f->fdd = (-r3_n1 + sII) / (delta * delta);
	f->ft = sJ / tau;
	f->ftt = sJJ / (tau * tau);
	f->fdt = sIJ / (delta * tau);
}

/*
 * Region 3: pressure and (dp/drho)_T from (rho,T), Table 31:
 * p = rho R T delta phi_delta, dp/drho = R T (2 delta phi_delta +
 * delta^2 phi_deltadelta).  (kJ/m3 = kPa; divided by 1000 for MPa.)
 */
static inline void
r3_p_dp(double rho, double T, double *p, double *dpdrho)
{
	double		delta = rho / GL_IF97_RHOC;
	double		tau = GL_IF97_TC / T;
	double		t[39];
	double		sI = 0.0,
				sII = 0.0;
	int			i;

	r3_terms(delta, tau, t);
	for (i = 0; i < 39; i++)
	{
		double		I = r3_I[i];

		sI += I * t[i];
		sII += I * (I - 1.0) * t[i];
	}
	/* delta phi_delta = n1 + sI; delta^2 phi_deltadelta = -n1 + sII */
	*p = rho * GL_IF97_R * T * (r3_n1 + sI) * 1e-3;
	*dpdrho = GL_IF97_R * T * (2.0 * (r3_n1 + sI) + (-r3_n1 + sII)) * 1e-3;
}

/* ----------------------------------------------------------------------
 * Property relations
 * ----------------------------------------------------------------------
 */

/* Table 3: region 1 properties from gamma */
static void
r1_props_n(double p, double T, int second, gl_if97_props *out)
{
	double		pi = p / R1_PSTAR;
	double		tau = R1_TSTAR / T;
	double		RT = GL_IF97_R * T;
	double		a;
	gibbs		g;

	r1_gibbs(pi, tau, second, &g);
	out->v = RT / p * pi * g.grp * 1e-3;
	out->rho = 1.0 / out->v;
	out->h = RT * tau * g.grt;
	out->u = RT * (tau * g.grt - pi * g.grp);
	out->s = GL_IF97_R * (tau * g.grt - g.gr);
	if (!second)
	{
		out->cp = out->cv = out->w = 0.0;
		return;
	}
	out->cp = -GL_IF97_R * tau * tau * g.grtt;
	a = g.grp - tau * g.grpt;
	out->cv = GL_IF97_R * (-tau * tau * g.grtt + a * a / g.grpp);
	out->w = sqrt(1e3 * RT * g.grp * g.grp /
				  (a * a / (tau * tau * g.grtt) - g.grpp));
}

static void
r1_props(double p, double T, gl_if97_props *out)
{
	r1_props_n(p, T, 1, out);
}

/* Tables 12 and 39: properties of regions 2 and 5 from gamma0 + gammar */
static void
gas_props(double p, double T, double pi, double tau, const gibbs *g,
		  int second, gl_if97_props *out)
{
	double		RT = GL_IF97_R * T;
	double		gt = g->g0t + g->grt;
	double		gtt = g->g0tt + g->grtt;
	double		a = 1.0 + pi * g->grp - tau * pi * g->grpt;
	double		c = 1.0 - pi * pi * g->grpp;

	out->v = RT / p * (1.0 + pi * g->grp) * 1e-3;
	out->rho = 1.0 / out->v;
	out->h = RT * tau * gt;
	out->u = RT * (tau * gt - (1.0 + pi * g->grp));
	out->s = GL_IF97_R * (tau * gt - (log(pi) + g->g0 + g->gr));
	if (!second)
	{
		out->cp = out->cv = out->w = 0.0;
		return;
	}
	out->cp = -GL_IF97_R * tau * tau * gtt;
	out->cv = GL_IF97_R * (-tau * tau * gtt - a * a / c);
	out->w = sqrt(1e3 * RT * (1.0 + 2.0 * pi * g->grp + pi * pi * g->grp * g->grp) /
				  (c + a * a / (tau * tau * gtt)));
}

static void
r2_props_n(double p, double T, int metastable, int second, gl_if97_props *out)
{
	double		pi = p / R2_PSTAR;
	double		tau = R2_TSTAR / T;
	gibbs		g;

	r2_gibbs(pi, tau, metastable, second, &g);
	gas_props(p, T, pi, tau, &g, second, out);
}

static void
r2_props(double p, double T, int metastable, gl_if97_props *out)
{
	r2_props_n(p, T, metastable, 1, out);
}

static void
r5_props(double p, double T, gl_if97_props *out)
{
	double		pi = p / R5_PSTAR;
	double		tau = R5_TSTAR / T;
	gibbs		g;

	r5_gibbs(pi, tau, &g);
	gas_props(p, T, pi, tau, &g, 1, out);
}

/* Table 31: region 3 properties from phi; *p gets the pressure */
static void
r3_props(double rho, double T, double *p, gl_if97_props *out)
{
	double		delta = rho / GL_IF97_RHOC;
	double		tau = GL_IF97_TC / T;
	double		RT = GL_IF97_R * T;
	double		dfd,
				a,
				c;
	helm		f;

	r3_helm(delta, tau, &f);
	dfd = delta * f.fd;
	a = dfd - delta * tau * f.fdt;
	c = 2.0 * dfd + delta * delta * f.fdd;
	if (p)
		*p = rho * RT * dfd * 1e-3;
	if (out)
	{
		out->rho = rho;
		out->v = 1.0 / rho;
		out->u = RT * tau * f.ft;
		out->h = RT * (tau * f.ft + dfd);
		out->s = GL_IF97_R * (tau * f.ft - f.f);
		out->cv = -GL_IF97_R * tau * tau * f.ftt;
		out->cp = GL_IF97_R * (-tau * tau * f.ftt + a * a / c);
		out->w = sqrt(1e3 * RT * (c - a * a / (tau * tau * f.ftt)));
	}
}

/* Public raw forward equations (no range checks) */
void
gl_if97_region1(double p, double T, gl_if97_props *out)
{
	r1_props(p, T, out);
}

void
gl_if97_region2(double p, double T, gl_if97_props *out)
{
	r2_props(p, T, 0, out);
}

void
gl_if97_region2_metastable(double p, double T, gl_if97_props *out)
{
	r2_props(p, T, 1, out);
}

void
gl_if97_region3_rhot(double rho, double T, double *p, gl_if97_props *out)
{
	r3_props(rho, T, p, out);
}

void
gl_if97_region5(double p, double T, gl_if97_props *out)
{
	r5_props(p, T, out);
}

/*
 * Enthalpy (which == 0) or entropy (which == 1) in regions 1, 2, 5 with its
 * T-derivative at constant p (cp, or cp/T); dval may be NULL.
 */
#define WHICH_H 0
#define WHICH_S 1

static inline double
r1_val(double p, double T, int which, double *dval)
{
	double		pi = p / R1_PSTAR;
	double		tau = R1_TSTAR / T;
	double		g = 0.0,
				gt,
				gtt;

	r1_gt(pi, tau, which == WHICH_S, &g, &gt, dval ? &gtt : NULL);
	if (dval)
	{
		double		cp = -GL_IF97_R * tau * tau * gtt;

		*dval = (which == WHICH_H) ? cp : cp / T;
	}
	if (which == WHICH_H)
		return GL_IF97_R * R1_TSTAR * gt;
	return GL_IF97_R * (tau * gt - g);
}

static inline double
r2_val(double p, double T, int which, double *dval)
{
	double		pi = p / R2_PSTAR;
	double		tau = R2_TSTAR / T;
	double		g = 0.0,
				gt,
				gtt;

	r2_gt(pi, tau, which == WHICH_S, &g, &gt, dval ? &gtt : NULL);
	if (dval)
	{
		double		cp = -GL_IF97_R * tau * tau * gtt;

		*dval = (which == WHICH_H) ? cp : cp / T;
	}
	if (which == WHICH_H)
		return GL_IF97_R * R2_TSTAR * gt;
	return GL_IF97_R * (tau * gt - (log(pi) + g));
}

static inline double
r5_val(double p, double T, int which, double *dval)
{
	double		pi = p / R5_PSTAR;
	double		tau = R5_TSTAR / T;
	double		gt,
				gtt,
				cp;
	gibbs		g;

	r5_gibbs(pi, tau, &g);
	gt = g.g0t + g.grt;
	gtt = g.g0tt + g.grtt;
	cp = -GL_IF97_R * tau * tau * gtt;
	if (dval)
		*dval = (which == WHICH_H) ? cp : cp / T;
	if (which == WHICH_H)
		return GL_IF97_R * R5_TSTAR * gt;
	return GL_IF97_R * (tau * gt - (log(pi) + g.g0 + g.gr));
}

/* Region 1 / 2 / 5 dispatch of the above */
static inline double
gas_liq_val(int region, double p, double T, int which, double *dval)
{
	if (region == 1)
		return r1_val(p, T, which, dval);
	if (region == 2)
		return r2_val(p, T, which, dval);
	return r5_val(p, T, which, dval);
}

/*
 * Fast single-phase enthalpy from (p,T).  Region selection as in
 * gl_if97_state_pt() but without the validity checks; for region 3 the density
 * is iterated.
 */
static double r3_h_pt(double p, double T);
static double psat_raw(double T);

double
gl_if97_h_pt(double p, double T)
{
	if (!(p > 0.0) || !(T >= GL_IF97_T_MIN) || !(T <= GL_IF97_T_MAX))
		return NAN;
	if (T > GL_IF97_T_25)
		return r5_val(p, T, WHICH_H, NULL);
	if (T <= GL_IF97_T_13)
		return (p > psat_raw(T)) ? r1_val(p, T, WHICH_H, NULL)
			: r2_val(p, T, WHICH_H, NULL);
	if (T > 863.15 || p <= gl_if97_b23_p(T))
		return r2_val(p, T, WHICH_H, NULL);
	return r3_h_pt(p, T);
}

/* ----------------------------------------------------------------------
 * Boundaries and saturation line
 * ----------------------------------------------------------------------
 */

/* Eq. 5: pressure on the B23 boundary, MPa, from T in K */
double
gl_if97_b23_p(double T)
{
	return b23_n[0] + b23_n[1] * T + b23_n[2] * T * T;
}

/* Eq. 6: temperature on the B23 boundary, K, from p in MPa */
double
gl_if97_b23_t(double p)
{
	return b23_n[3] + sqrt((p - b23_n[4]) / b23_n[2]);
}

/* Eq. 20: pressure on the B2bc boundary, MPa, from h in kJ/kg */
double
gl_if97_b2bc_p(double h)
{
	return b2bc_n[0] + b2bc_n[1] * h + b2bc_n[2] * h * h;
}

/* Eq. 21: enthalpy on the B2bc boundary, kJ/kg, from p in MPa */
double
gl_if97_b2bc_h(double p)
{
	return b2bc_n[3] + sqrt((p - b2bc_n[4]) / b2bc_n[2]);
}

/* Eq. 30: saturation pressure from temperature (no range check) */
static double
psat_raw(double T)
{
	const double *n = r4_n;
	double		th = T + n[9] / (T - n[10]);
	double		A = th * th + n[1] * th + n[2];
	double		B = n[3] * th * th + n[4] * th + n[5];
	double		C = n[6] * th * th + n[7] * th + n[8];
	double		q = 2.0 * C / (-B + sqrt(B * B - 4.0 * A * C));

	q = q * q;
	return q * q;
}

/* Eq. 31: saturation temperature from pressure (no range check) */
static double
tsat_raw(double p)
{
	const double *n = r4_n;
	double		beta = sqrt(sqrt(p));
	double		E = beta * beta + n[3] * beta + n[6];
	double		F = n[1] * beta * beta + n[4] * beta + n[7];
	double		G = n[2] * beta * beta + n[5] * beta + n[8];
	double		D = 2.0 * G / (-F - sqrt(F * F - 4.0 * E * G));
	double		nd = n[10] + D;

	return 0.5 * (nd - sqrt(nd * nd - 4.0 * (n[9] + n[10] * D)));
}

/*
 * Lower end of the saturation line, psat(273.15 K), from Eq. 30 itself (not
 * a rounded constant, so that it agrees with the region selection to the
 * last bit on any platform).
 */
static inline double
psat_min(void)
{
	return psat_raw(GL_IF97_T_MIN);
}

/*
 * Eqs. 30 and 31 are exact inverses only to about 2e-11 (their quartic form
 * loses digits at the triple point): Tsat(psat(273.15 K)) comes out 7e-9 K
 * below 273.15 K and psat(Tc) 3e-7 MPa above pc.  The results are clamped to
 * the saturation range so that no state leaves the range of validity.
 */
static inline double
tsat_clamped(double p)
{
	double		T = tsat_raw(p);

	if (T < GL_IF97_T_MIN)
		return GL_IF97_T_MIN;
	if (T > GL_IF97_TC)
		return GL_IF97_TC;
	return T;
}

static inline double
psat_clamped(double T)
{
	double		p = psat_raw(T);

	return (p > GL_IF97_PC) ? GL_IF97_PC : p;
}

/* Shared range check of the pressure-based saturation functions */
static inline gl_if97_status
check_sat_p(double p)
{
	if (!isfinite(p))
		return GL_IF97_E_NONFINITE;
	if (p <= 0.0)
		return GL_IF97_E_PRESSURE;
	if (p < psat_min() || p > GL_IF97_PC)
		return GL_IF97_E_SATURATION_RANGE;
	return GL_IF97_OK;
}

gl_if97_status
gl_if97_tsat_p(double p, double *T)
{
	gl_if97_status st = check_sat_p(p);

	if (st != GL_IF97_OK)
		return st;
	*T = tsat_clamped(p);
	return GL_IF97_OK;
}

gl_if97_status
gl_if97_psat_t(double T, double *p)
{
	if (!isfinite(T))
		return GL_IF97_E_NONFINITE;
	if (T < GL_IF97_T_MIN || T > GL_IF97_TC)
		return GL_IF97_E_SATURATION_RANGE;
	*p = psat_clamped(T);
	return GL_IF97_OK;
}

/* ----------------------------------------------------------------------
 * Backward equations T(p,h) and T(p,s) for regions 1 and 2
 * ----------------------------------------------------------------------
 */

static inline double
bw_sum(const double *n, const int *I, const int *J, int cnt,
	   const double *pa, const double *pb)
{
	double		sum = 0.0;
	int			i;

	for (i = 0; i < cnt; i++)
		sum += n[i] * pa[I[i]] * pb[J[i]];
	return sum;
}

/*
 * Raw T(p,h): Eq. 11 (region 1, eta = h/2500), Eq. 22 (2a), Eq. 23 (2b),
 * Eq. 24 (2c) (eta = h/2000), all with p* = 1 MPa, T* = 1 K.
 */
double
gl_if97_backward_t_ph(int subregion, double p, double h)
{
	double		abuf[24];
	double		bbuf[48];
	double	   *pa = abuf + 8;
	double	   *pb = bbuf;
	double		eta;

	switch (subregion)
	{
		case 1:
			eta = h / 2500.0;
			powtab(p, 0, 6, pa);
			powtab(eta + 1.0, 0, 32, pb);
			return bw_sum(b1h_n, b1h_I, b1h_J, NTERMS(b1h_n), pa, pb);
		case 21:
			eta = h / 2000.0;
			powtab(p, 0, 7, pa);
			powtab(eta - 2.1, 0, 44, pb);
			return bw_sum(b2ah_n, b2ah_I, b2ah_J, NTERMS(b2ah_n), pa, pb);
		case 22:
			eta = h / 2000.0;
			powtab(p - 2.0, 0, 9, pa);
			powtab(eta - 2.6, 0, 40, pb);
			return bw_sum(b2bh_n, b2bh_I, b2bh_J, NTERMS(b2bh_n), pa, pb);
		case 23:
			eta = h / 2000.0;
			powtab(p + 25.0, 7, 7, pa);
			powtab(eta - 1.8, 0, 22, pb);
			return bw_sum(b2ch_n, b2ch_I, b2ch_J, NTERMS(b2ch_n), pa, pb);
		default:
			return NAN;
	}
}

/*
 * Raw T(p,s): Eq. 13 (region 1, sigma = s/1), Eq. 25 (2a, sigma = s/2),
 * Eq. 26 (2b, sigma = s/0.7853), Eq. 27 (2c, sigma = s/2.9251).
 */
double
gl_if97_backward_t_ps(int subregion, double p, double s)
{
	double		abuf[24];
	double		bbuf[48];
	double	   *pa = abuf + 8;
	double	   *pb;
	double		sigma;

	switch (subregion)
	{
		case 1:
			pb = bbuf;
			powtab(p, 0, 4, pa);
			powtab(s + 2.0, 0, 32, pb);
			return bw_sum(b1s_n, b1s_I, b1s_J, NTERMS(b1s_n), pa, pb);
		case 21:
			/* exponents I are multiples of 1/4: powers of pi^(1/4) */
			sigma = s / 2.0;
			pb = bbuf + 28;
			powtab(sqrt(sqrt(p)), 6, 6, pa);
			powtab(sigma - 2.0, 27, 18, pb);
			return bw_sum(b2as_n, b2as_I4, b2as_J, NTERMS(b2as_n), pa, pb);
		case 22:
			sigma = s / 0.7853;
			pb = bbuf;
			powtab(p, 6, 5, pa);
			powtab(10.0 - sigma, 0, 12, pb);
			return bw_sum(b2bs_n, b2bs_I, b2bs_J, NTERMS(b2bs_n), pa, pb);
		case 23:
			sigma = s / 2.9251;
			pb = bbuf;
			powtab(p, 2, 7, pa);
			powtab(2.0 - sigma, 0, 5, pb);
			return bw_sum(b2cs_n, b2cs_I, b2cs_J, NTERMS(b2cs_n), pa, pb);
		default:
			return NAN;
	}
}

/* Region-2 backward equations with the subregion chosen as in the release */
static inline double
r2_backward(int which, double p, double v)
{
	if (which == WHICH_H)
	{
		if (p <= 4.0)
			return gl_if97_backward_t_ph(21, p, v);
		if (p <= gl_if97_b2bc_p(v))
			return gl_if97_backward_t_ph(22, p, v);
		return gl_if97_backward_t_ph(23, p, v);
	}
	if (p <= 4.0)
		return gl_if97_backward_t_ps(21, p, v);
	if (v >= 5.85)
		return gl_if97_backward_t_ps(22, p, v);
	return gl_if97_backward_t_ps(23, p, v);
}

/* ----------------------------------------------------------------------
 * Region 3 from (p,T): density iteration on Eq. 28
 * ----------------------------------------------------------------------
 */

/*
 * Solve p3(rho,T) = p for rho on the given branch.
 *
 * Below Tc an isotherm of Eq. 28 has a van der Waals loop: p rises with rho
 * on the vapour branch up to the vapour spinodal, falls in the unstable
 * part, and rises again on the liquid branch from the liquid spinodal on.
 * The liquid branch is convex and the vapour branch concave in rho, so a
 * Newton iteration started above the liquid root (or below the vapour root)
 * approaches it from that side without leaving the branch.  The iteration
 * is nevertheless safeguarded: every accepted point has dp/drho > 0 and
 * narrows a bracket [lo, hi] around the root; a point with dp/drho <= 0
 * (the unstable part) only narrows the bracket on the side where the
 * unstable part lies, and a step that leaves the bracket is replaced by
 * bisection.  Above Tc the root is unique and the same safeguarded Newton
 * runs from an explicit bracket.
 *
 * seed (> 0) is an optional starting density (e.g. from the previous step
 * of an outer iteration).  Returns 0 on success, -1 if no root was found.
 */
/*
 * Upper density bound for the iteration.  Eq. 28 is a polynomial fit that
 * turns over (dp/drho < 0, later p < 0) above about 825 kg/m3; at 800 kg/m3
 * it is still rising and p3 >= 140 MPa for all 623.15 K <= T <= 863.15 K,
 * above the 100 MPa limit, so every region-3 root lies below it.
 */
#define R3_RHO_HI	800.0

static int
r3_rho(double p, double T, int branch, double seed, double *rho_out)
{
	double		x = 0.0,
				f = 0.0,
				g = 0.0,
				lo = 0.0,
				hi = 0.0,
				damp = 1.0;
	double		pp,
				dp;
	int			has_lo = 0,
				has_hi = 0,
				have_x = 0,
				it;

	/*
	 * A usable seed must lie on a rising part of the isotherm and, below Tc,
	 * on the side of the root from which Newton approaches it monotonically
	 * (above the liquid root, below the vapour root).  The caller passes
	 * only seeds from the same branch.
	 */
	if (seed > 0.0 && isfinite(seed))
	{
		r3_p_dp(seed, T, &pp, &dp);
		if (dp > 0.0 && isfinite(pp) &&
			(branch == R3_SUP || (branch == R3_LIQ && pp > p) ||
			 (branch == R3_VAP && pp < p)))
		{
			x = seed;
			f = pp - p;
			g = dp;
			have_x = 1;
		}
	}

	if (branch == R3_SUP)
	{
		/* explicit bracket: a low density with p3 < p, a high one above */
		double		a = 0.5 * 1e3 * p / (GL_IF97_R * T);

		for (it = 0; it < 60; it++)
		{
			r3_p_dp(a, T, &pp, &dp);
			if (pp < p)
				break;
			a *= 0.5;
		}
		lo = a;
		has_lo = 1;
		hi = R3_RHO_HI;
		has_hi = 1;
		if (have_x && !(x > lo && x < hi))
			have_x = 0;
		if (!have_x)
		{
			/* start from the ideal-gas density if inside, else bisect */
			x = 1e3 * p / (GL_IF97_R * T);
			if (!(x > lo && x < hi))
				x = 0.5 * (lo + hi);
			r3_p_dp(x, T, &pp, &dp);
			f = pp - p;
			g = dp;
		}
	}
	else if (!have_x)
	{
		if (branch == R3_LIQ)
		{
			/* start above the liquid root */
			x = R3_RHO_HI;
			r3_p_dp(x, T, &pp, &dp);
			hi = x;
			has_hi = 1;
		}
		else
		{
			/* start below the vapour root: the ideal-gas density (Z < 1) */
			x = 1e3 * p / (GL_IF97_R * T);
			for (it = 0; it < 60; it++)
			{
				r3_p_dp(x, T, &pp, &dp);
				if (pp < p && dp > 0.0)
					break;
				x *= 0.5;
			}
		}
		f = pp - p;
		g = dp;
	}

	if (f < 0.0)
	{
		if (!has_lo || x > lo)
			lo = x;
		has_lo = 1;
	}
	else if (f > 0.0)
	{
		if (!has_hi || x < hi)
			hi = x;
		has_hi = 1;
	}
	else
	{
		*rho_out = x;
		return 0;
	}

	for (it = 0; it < 200; it++)
	{
		double		xn;
		int			newton = 1;

		if (g > 0.0)
		{
			double		dxn = f / g;

			/* converged: the Newton correction is below rounding of x */
			if (fabs(dxn) <= 2.0 * DBL_EPSILON * x)
				break;
			xn = x - damp * dxn;
		}
		else
			xn = NAN;
		/* keep a Newton step within a factor 2 of x and below R3_RHO_HI */
		if (!(xn >= 0.5 * x && xn <= 2.0 * x))
			xn = (xn < 0.5 * x) ? 0.5 * x : 2.0 * x;
		if (xn > R3_RHO_HI)
			xn = 0.5 * (x + R3_RHO_HI);
		if ((has_lo && xn <= lo) || (has_hi && xn >= hi))
		{
			newton = 0;
			if (has_lo && has_hi)
				xn = 0.5 * (lo + hi);
			else if (has_lo)
				xn = 0.5 * (x + lo);
			else
				xn = 0.5 * (x + hi);
		}

		r3_p_dp(xn, T, &pp, &dp);
		if (!isfinite(pp) || !isfinite(dp))
			return -1;
		if (dp > 0.0)
		{
			double		dx = xn - x;

			if (pp == p)
			{
				*rho_out = xn;
				return 0;
			}
			if (pp < p)
			{
				lo = xn;
				has_lo = 1;
			}
			else
			{
				hi = xn;
				has_hi = 1;
			}
			x = xn;
			f = pp - p;
			g = dp;
			damp = 1.0;
			if (newton && fabs(dx) <= 2.0 * DBL_EPSILON * x)
				break;
		}
		else
		{
			/*
			 * Unstable part of the loop: it lies below the liquid root and
			 * above the vapour root.
			 */
			if (branch == R3_LIQ || (branch == R3_SUP && pp < p))
			{
				lo = xn;
				has_lo = 1;
			}
			else
			{
				hi = xn;
				has_hi = 1;
			}
			damp *= 0.5;
		}
		if (has_lo && has_hi && hi - lo <= 4.0 * DBL_EPSILON * hi)
			break;
	}
	if (it >= 200 && !(has_lo && has_hi && hi - lo <= 1e-10 * hi))
		return -1;
	*rho_out = x;
	return 0;
}

/* Branch of region 3 for (p,T); side breaks the tie p == psat(T) */
static inline int
r3_branch(double p, double T, int side)
{
	double		ps;

	if (T >= GL_IF97_TC)
		return R3_SUP;
	ps = psat_raw(T);
	if (p > ps)
		return R3_LIQ;
	if (p < ps)
		return R3_VAP;
	return side == R3_VAP ? R3_VAP : R3_LIQ;
}

/* Region-3 enthalpy from (p,T), no checks (used by gl_if97_h_pt) */
static double
r3_h_pt(double p, double T)
{
	double		rho;
	gl_if97_props	pr;

	if (r3_rho(p, T, r3_branch(p, T, R3_LIQ), 0.0, &rho) != 0)
		return NAN;
	r3_props(rho, T, NULL, &pr);
	return pr.h;
}

/*
 * Saturated liquid and vapour at (p,T) on the saturation line (T = Tsat(p)
 * or p = psat(T)).  Up to 623.15 K regions 1 and 2; above, region 3 with the
 * densities solved from p3(rho,T) = p on the liquid and vapour branches.
 */
static int
sat_props_n(double p, double T, int second, gl_if97_props *liq,
			gl_if97_props *vap)
{
	double		rl,
				rv;

	if (T <= GL_IF97_T_13)
	{
		r1_props_n(p, T, second, liq);
		r2_props_n(p, T, 0, second, vap);
		return 0;
	}
	if (r3_rho(p, T, R3_LIQ, 0.0, &rl) != 0 ||
		r3_rho(p, T, R3_VAP, 0.0, &rv) != 0)
		return -1;

	/*
	 * At the critical point the two branches meet, and since dp/drho = 0
	 * there each root is only determined to about sqrt(epsilon).  Roots
	 * that cross (liquid lighter than vapour) are one root: use their mean
	 * for both, so that h'' - h' and s'' - s' are never negative.
	 */
	if (rl < rv)
	{
		rl = 0.5 * (rl + rv);
		rv = rl;
	}
	r3_props(rl, T, NULL, liq);
	r3_props(rv, T, NULL, vap);
	return 0;
}


/* ----------------------------------------------------------------------
 * Region selection from (p,T) (section 4 of the release, Fig. 1)
 * ----------------------------------------------------------------------
 */

/*
 * Validate (p,T) and find the region (1, 2, 3, 5) and, for region 3, the
 * branch.  The saturation line is decided with strict inequalities against
 * psat(T); (p,T) with p == psat(T), or T == Tsat(p), is reported as
 * GL_IF97_E_ON_SATURATION.
 */
/*
 * Whether p is close enough to psat(T) that T could be Tsat(p) exactly.
 * Eqs. 30 and 31 are inverse to about 2e-11, so T == Tsat(p) implies
 * |p - psat(T)| far below 1e-8 p; outside this window Tsat(p) need not be
 * evaluated (it is the on-saturation check only).
 */
static inline int
near_sat(double p, double ps)
{
	return p <= GL_IF97_PC && fabs(p - ps) <= 1e-8 * ps;
}

/*
 * The region test of a (p,T) state below 623.15 K compares p with psat(T)
 * (Eq. 30: a square root and two divisions a row).  psat is increasing, so
 * a table of psat at every PSAT_STEP kelvin brackets it: in the cell
 * Tg[i] <= T <= Tg[i+1], p above psat(Tg[i+1]) (or below psat(Tg[i])) by
 * a relative PSAT_MARGIN, far above Eq. 30's rounding, is above (below)
 * psat(T) and not near enough to it for the on-saturation check
 * (near_sat's 1e-8): the same region as the exact test, which the few
 * states inside the bracket still take.
 */
#define PSAT_STEP	0.25
#define PSAT_CELLS	1400		/* (GL_IF97_T_13 - GL_IF97_T_MIN) / PSAT_STEP */
#define PSAT_MARGIN 1e-7

static double psat_grid[PSAT_CELLS + 1];
static bool psat_grid_ready;

static void
psat_grid_fill(void)
{
	int			i;

	for (i = 0; i <= PSAT_CELLS; i++)
		psat_grid[i] = psat_raw(GL_IF97_T_MIN + i * PSAT_STEP);
	psat_grid_ready = true;
}

/* 1 or 2 when the table decides the region of (p,T), T <= T_13; else 0 */
static inline int
psat_bracket(double p, double T)
{
	double		c = (T - GL_IF97_T_MIN) * (1.0 / PSAT_STEP);
	int			i;

	if (!(c >= 0.0 && c < PSAT_CELLS))
		return 0;
	i = (int) c;
	if (!(GL_IF97_T_MIN + i * PSAT_STEP <= T &&
		  T <= GL_IF97_T_MIN + (i + 1) * PSAT_STEP))
		return 0;
	if (!psat_grid_ready)
		psat_grid_fill();
	if (p > psat_grid[i + 1] * (1.0 + PSAT_MARGIN))
		return 1;
	if (p < psat_grid[i] * (1.0 - PSAT_MARGIN))
		return 2;
	return 0;
}

static gl_if97_status
classify_pt(double p, double T, int *region, int *branch)
{
	double		ps;

	if (!isfinite(p) || !isfinite(T))
		return GL_IF97_E_NONFINITE;
	if (p <= 0.0)
		return GL_IF97_E_PRESSURE;
	if (T < GL_IF97_T_MIN || T > GL_IF97_T_MAX)
		return GL_IF97_E_TEMPERATURE;
	if (p > GL_IF97_P_MAX)
		return GL_IF97_E_PRESSURE;
	*branch = 0;
	if (T > GL_IF97_T_25)
	{
		if (p > GL_IF97_P_MAX5)
			return GL_IF97_E_TEMPERATURE;
		*region = 5;
		return GL_IF97_OK;
	}
	if (T <= GL_IF97_T_13)
	{
		*region = psat_bracket(p, T);
		if (*region != 0)
			return GL_IF97_OK;
		ps = psat_raw(T);
		if (p == ps)
			return GL_IF97_E_ON_SATURATION;
		if (near_sat(p, ps) && T == tsat_raw(p))
			return GL_IF97_E_ON_SATURATION;
		*region = (p > ps) ? 1 : 2;
		return GL_IF97_OK;
	}
	if (T > 863.15 || p <= gl_if97_b23_p(T))
	{
		*region = 2;
		return GL_IF97_OK;
	}
	*region = 3;
	if (T >= GL_IF97_TC)
	{
		*branch = R3_SUP;
		return GL_IF97_OK;
	}
	ps = psat_raw(T);
	if (p == ps)
		return GL_IF97_E_ON_SATURATION;
	if (near_sat(p, ps) && T == tsat_raw(p))
		return GL_IF97_E_ON_SATURATION;
	*branch = (p > ps) ? R3_LIQ : R3_VAP;
	return GL_IF97_OK;
}

/* Fill a single-phase state for a classified (p,T) */
static gl_if97_status
fill_state(double p, double T, int region, int branch, gl_if97_state *out)
{
	double		rho;

	/*
	 * Only region 3 needs its density stored (it is solved by iteration);
	 * regions 1, 2 and 5 compute every property from (p,T), so their
	 * stored density is 0 and gl_if97_properties() gives the value.
	 */
	rho = 0.0;
	if (region == 3)
	{
		if (r3_rho(p, T, branch, 0.0, &rho) != 0 ||
			!isfinite(rho) || !(rho > 0.0))
			return GL_IF97_E_NO_CONVERGENCE;
	}
	out->p = p;
	out->T = T;
	out->rho = rho;
	out->x = -1.0;
	out->region = region;
	return GL_IF97_OK;
}

gl_if97_status
gl_if97_state_pt(double p, double T, gl_if97_state *out)
{
	int			region,
				branch;
	gl_if97_status st = classify_pt(p, T, &region, &branch);

	if (st != GL_IF97_OK)
		return st;
	return fill_state(p, T, region, branch, out);
}

/* ----------------------------------------------------------------------
 * Two-phase states (region 4)
 * ----------------------------------------------------------------------
 */

static gl_if97_status
make_sat_state(double p, double T, double x, gl_if97_state *out)
{
	gl_if97_props	liq,
				vap;
	double		v,
				rho = 0.0;

	/*
	 * Up to 623.15 K the saturated phases come from the explicit regions 1
	 * and 2, and gl_if97_properties() evaluates them when asked: nothing is
	 * stored.  Above, they are solved in region 3: solve them now, so that
	 * a state that cannot be evaluated is never made, and keep the mixture
	 * density.
	 */
	if (T > GL_IF97_T_13)
	{
		if (sat_props_n(p, T, 0, &liq, &vap) != 0)
			return GL_IF97_E_NO_CONVERGENCE;
		v = liq.v + x * (vap.v - liq.v);
		if (!isfinite(v) || !(v > 0.0))
			return GL_IF97_E_NO_CONVERGENCE;
		rho = 1.0 / v;
	}
	out->p = p;
	out->T = T;
	out->rho = rho;
	out->x = x;
	out->region = 4;
	return GL_IF97_OK;
}

gl_if97_status
gl_if97_state_px(double p, double x, gl_if97_state *out)
{
	gl_if97_status st;

	if (!isfinite(x))
		return GL_IF97_E_NONFINITE;
	st = check_sat_p(p);
	if (st != GL_IF97_OK)
		return st;
	if (x < 0.0 || x > 1.0)
		return GL_IF97_E_QUALITY;
	return make_sat_state(p, tsat_clamped(p), x, out);
}

gl_if97_status
gl_if97_state_tx(double T, double x, gl_if97_state *out)
{
	if (!isfinite(T) || !isfinite(x))
		return GL_IF97_E_NONFINITE;
	if (T < GL_IF97_T_MIN || T > GL_IF97_TC)
		return GL_IF97_E_SATURATION_RANGE;
	if (x < 0.0 || x > 1.0)
		return GL_IF97_E_QUALITY;
	return make_sat_state(psat_clamped(T), T, x, out);
}

static gl_if97_status
saturation_p(double p, int second, double *T, gl_if97_props *liq,
			 gl_if97_props *vap)
{
	double		Ts;
	gl_if97_props	l,
				v;
	gl_if97_status st = check_sat_p(p);

	if (st != GL_IF97_OK)
		return st;
	Ts = tsat_clamped(p);
	if (sat_props_n(p, Ts, second, &l, &v) != 0)
		return GL_IF97_E_NO_CONVERGENCE;
	if (T)
		*T = Ts;
	if (liq)
		*liq = l;
	if (vap)
		*vap = v;
	return GL_IF97_OK;
}

gl_if97_status
gl_if97_saturation_p(double p, double *T, gl_if97_props *liq, gl_if97_props *vap)
{
	return saturation_p(p, 1, T, liq, vap);
}

gl_if97_status
gl_if97_saturation_p_basic(double p, double *T, gl_if97_props *liq,
						gl_if97_props *vap)
{
	return saturation_p(p, 0, T, liq, vap);
}

/* ----------------------------------------------------------------------
 * Properties of a state
 * ----------------------------------------------------------------------
 */

int
gl_if97_props_defined_cp_cv_w(const gl_if97_state *st)
{
	return st != NULL && st->region != 4;
}

static gl_if97_status
properties(const gl_if97_state *st, int second, gl_if97_props *out)
{
	gl_if97_props	liq,
				vap,
				r;
	double		x;

	if (st == NULL || out == NULL)
		return GL_IF97_E_UNDEFINED;
	if (!isfinite(st->p) || !isfinite(st->T))
		return GL_IF97_E_NONFINITE;
	switch (st->region)
	{
		case 1:
			r1_props_n(st->p, st->T, second, &r);
			break;
		case 2:
			r2_props_n(st->p, st->T, 0, second, &r);
			break;
		case 5:
			r5_props(st->p, st->T, &r);
			break;
		case 3:
			if (!isfinite(st->rho) || !(st->rho > 0.0))
				return GL_IF97_E_NONFINITE;
			r3_props(st->rho, st->T, NULL, &r);
			break;
		case 4:
			x = st->x;
			if (!isfinite(x))
				return GL_IF97_E_NONFINITE;
			if (x < 0.0 || x > 1.0)
				return GL_IF97_E_QUALITY;
			if ((x == 0.0 || x == 1.0) && st->T <= GL_IF97_T_13)
			{
				/*
				 * Saturated liquid or vapour below region 3: that phase
				 * alone, exactly (no lever rule, no second phase).
				 */
				if (x == 0.0)
					r1_props_n(st->p, st->T, second, &r);
				else
					r2_props_n(st->p, st->T, 0, second, &r);
				r.cp = r.cv = r.w = 0.0;
				break;
			}
			if (sat_props_n(st->p, st->T, second, &liq, &vap) != 0)
				return GL_IF97_E_NO_CONVERGENCE;
			r.v = liq.v + x * (vap.v - liq.v);
			r.rho = 1.0 / r.v;
			r.h = liq.h + x * (vap.h - liq.h);
			r.u = liq.u + x * (vap.u - liq.u);
			r.s = liq.s + x * (vap.s - liq.s);
			r.cp = r.cv = r.w = 0.0;
			break;
		default:
			return GL_IF97_E_UNDEFINED;
	}
	*out = r;
	return GL_IF97_OK;
}

/*
 * Enthalpy alone in regions 1 and 2: the operations of r1_props_n and
 * r2_props_n (with gibbs_sums and gas_props) that h depends on, in the same
 * order, so the value is the same bit for bit; the sums and the logarithm
 * that only v, u and s need are skipped.
 */
static inline double
sum_j(const double *t, const int *J_, int n)
{
	double		sJ = 0.0;
	int			i;

	for (i = 0; i < n; i++)
		sJ += J_[i] * t[i];
	return sJ;
}

static double
r1_h(double p, double T)
{
	double		pi = p / R1_PSTAR;
	double		tau = R1_TSTAR / T;
	double		b = tau - 1.222;
	double		t[34];

	r1_terms(7.1 - pi, b, t);
	return GL_IF97_R * T * tau * (sum_j(t, r1_J, 34) / b);
}

static double
r2_h(double p, double T)
{
	double		tau = R2_TSTAR / T;
	double		b = tau - 0.5;
	double		t[43];
	gibbs		g;

	r2_ideal(r2_n0, tau, &g);
	r2_terms(p / R2_PSTAR, b, t);
	return GL_IF97_R * T * tau * (g.g0t + sum_j(t, r2_J, 43) / b);
}

gl_if97_status
gl_if97_enthalpy(const gl_if97_state *st, double *h)
{
	gl_if97_props r;
	gl_if97_status rc;

	if (st != NULL && h != NULL && isfinite(st->p) && isfinite(st->T))
	{
		if (st->region == 1 ||
			(st->region == 4 && st->x == 0.0 && st->T <= GL_IF97_T_13))
		{
			*h = r1_h(st->p, st->T);
			return GL_IF97_OK;
		}
		if (st->region == 2 ||
			(st->region == 4 && st->x == 1.0 && st->T <= GL_IF97_T_13))
		{
			*h = r2_h(st->p, st->T);
			return GL_IF97_OK;
		}
	}
	rc = properties(st, 0, &r);
	if (rc == GL_IF97_OK)
		*h = r.h;
	return rc;
}

gl_if97_status
gl_if97_properties(const gl_if97_state *st, gl_if97_props *out)
{
	return properties(st, 1, out);
}

/*
 * v, rho, h, u, s only (cp, cv, w set to 0): in regions 1 and 2 this skips
 * the second derivatives of the Gibbs function.  The values are the same,
 * bit for bit, as those of gl_if97_properties (same terms, same order).
 */
gl_if97_status
gl_if97_properties_basic(const gl_if97_state *st, gl_if97_props *out)
{
	return properties(st, 0, out);
}

/* ----------------------------------------------------------------------
 * States from (p,h) and (p,s)
 * ----------------------------------------------------------------------
 */

/* Which side of the saturation line a region-3 solution must be on */
#define SIDE_NONE	0
#define SIDE_LIQ	R3_LIQ
#define SIDE_VAP	R3_VAP

/* Context of a temperature iteration at fixed p */
typedef struct tsolve
{
	int			region;			/* 1, 2, 3 or 5 */
	int			side;			/* region 3: SIDE_LIQ, SIDE_VAP or SIDE_NONE */
	int			which;			/* WHICH_H or WHICH_S */
	double		p;
	double		rho;			/* region 3: last density, seeds the next */
	int			branch;			/* region 3: branch of rho */
} tsolve;

/* h or s at (p,T), and its T-derivative (cp or cp/T) */
static double
tsolve_val(tsolve *c, double T, double *dval)
{
	double		rho;
	int			branch;
	gl_if97_props	pr;

	if (c->region != 3)
		return gas_liq_val(c->region, c->p, T, c->which, dval);
	branch = r3_branch(c->p, T, c->side);
	if (r3_rho(c->p, T, branch, branch == c->branch ? c->rho : 0.0,
			   &rho) != 0)
		return NAN;
	c->rho = rho;
	c->branch = branch;
	r3_props(rho, T, NULL, &pr);
	*dval = (c->which == WHICH_H) ? pr.cp : pr.cp / T;
	return (c->which == WHICH_H) ? pr.h : pr.s;
}

/*
 * Solve val(p,T) = target for T in [lo, hi], where val (h or s) increases
 * with T (cp > 0).  vlo / vhi are the values at the ends when known (NaN
 * otherwise); a target outside them returns the nearer end (a target that
 * falls between two regions whose equations do not meet exactly).  seed is
 * the first guess (e.g. from a backward equation).  Newton steps that leave
 * the bracket are replaced by bisection.
 *
 * Newton converges quadratically here: once a step is below 1e-8 T the
 * remaining error is of the order of (cp'/cp) dT^2 < 1e-12 K, so that step is
 * taken and the iteration stops (region 3 iterates one step further, as its
 * cp varies fast near the critical point).
 */
static int
solve_t(tsolve *c, double target, double lo, double hi,
		double vlo, double vhi, double seed, double *Tout)
{
	double		T,
				tol = (c->region == 3) ? 1e-12 : 1e-8;
	int			it;

	if (!isnan(vlo) && target <= vlo)
	{
		*Tout = lo;
		return 0;
	}
	if (!isnan(vhi) && target >= vhi)
	{
		*Tout = hi;
		return 0;
	}
	if (seed > lo && seed < hi)
		T = seed;
	else if (!isnan(vlo) && !isnan(vhi))
		T = lo + (hi - lo) * (target - vlo) / (vhi - vlo);
	else
		T = 0.5 * (lo + hi);
	if (!(T > lo && T < hi))
		T = 0.5 * (lo + hi);

	for (it = 0; it < 200; it++)
	{
		double		d = 0.0,
					v = tsolve_val(c, T, &d),
					f = v - target,
					Tn;
		int			newton = 1;

		if (!isfinite(v))
			return -1;
		if (f == 0.0)
			break;
		if (f < 0.0)
			lo = T;
		else
			hi = T;
		Tn = (d > 0.0) ? T - f / d : NAN;
		if (!(Tn > lo && Tn < hi))
		{
			Tn = 0.5 * (lo + hi);
			newton = 0;
		}
		if (newton && fabs(Tn - T) <= tol * T)
		{
			T = Tn;
			break;
		}
		T = Tn;
		if (hi - lo <= 4.0 * DBL_EPSILON * hi)
			break;
	}
	*Tout = T;
	return 0;
}

/* Position of a (region, branch) along an isobar, in order of rising T */
static int
region_rank(int region, int branch)
{
	switch (region)
	{
		case 1:
			return 0;
		case 3:
			return branch == R3_LIQ ? 1 : (branch == R3_SUP ? 2 : 3);
		case 2:
			return 4;
		default:
			return 5;
	}
}

/*
 * Final step of the (p,h) and (p,s) constructors: make the state from
 * (p,T) through the same region selection as gl_if97_state_pt(), so that the
 * invariant state_pt(st.p, st.T) == st holds.  If rounding put T on the
 * wrong side of a boundary (saturation line, B23, 623.15 K, 1073.15 K), T is
 * moved by the smallest number of units in the last place (at most ~1e-9
 * relative) that gives the intended region.
 */
static inline int
state_matches(gl_if97_status st, int region, int branch, int want, int side)
{
	if (st != GL_IF97_OK || region != want)
		return 0;
	if (region != 3 || side == SIDE_NONE)
		return 1;
	return (side == SIDE_LIQ) ? (branch == R3_LIQ) : (branch != R3_LIQ);
}

static gl_if97_status
finalize(double p, double T, int want, int side, gl_if97_state *out)
{
	int			k,
				dir,
				region,
				branch,
				region2,
				branch2;
	gl_if97_status st = classify_pt(p, T, &region, &branch);

	if (state_matches(st, region, branch, want, side))
		return fill_state(p, T, region, branch, out);

	if (st == GL_IF97_E_ON_SATURATION)
		dir = (want == 1 || (want == 3 && side == SIDE_LIQ)) ? -1 : 1;
	else if (st == GL_IF97_OK)
		dir = (region_rank(region, branch) >
			   region_rank(want, side == SIDE_NONE ? R3_SUP : side)) ? -1 : 1;
	else
		return GL_IF97_E_NO_CONVERGENCE;

	/* steps of 1, 1, 2, 2, 4, 4, ... half-ulps of T, up to ~5e-10 T */
	for (k = 0; k < 44; k++)
	{
		double		Tt = T + dir * ldexp(T * DBL_EPSILON, k / 2);

		st = classify_pt(p, Tt, &region2, &branch2);
		if (state_matches(st, region2, branch2, want, side))
			return fill_state(p, Tt, region2, branch2, out);
	}

	/* keep the state that (p,T) selects: never an error in range */
	st = classify_pt(p, T, &region, &branch);
	if (st != GL_IF97_OK)
		return GL_IF97_E_NO_CONVERGENCE;
	return fill_state(p, T, region, branch, out);
}

/*
 * The range ends are compared with a margin of a few units in the last
 * place: h and s at 273.15 K (or 1073.15 / 2273.15 K) computed by gl_if97_properties
 * and by the iteration's own evaluator can differ in the last bits, and a
 * value taken from a state at the very end of the range must be accepted.
 */
static inline int
below_range(double target, double vmin)
{
	return target < vmin - 1e-13 * (fabs(vmin) + 1.0);
}

static inline int
above_range(double target, double vmax)
{
	return target > vmax + 1e-13 * (fabs(vmax) + 1.0);
}

/* Iterate T in one region and build the state */
static gl_if97_status
solve_and_finish(int region, int side, int which, double p, double target,
				 double lo, double hi, double vlo, double vhi, double seed,
				 gl_if97_state *out)
{
	tsolve		c;
	double		T;

	c.region = region;
	c.side = side;
	c.which = which;
	c.p = p;
	c.rho = 0.0;
	c.branch = 0;
	if (solve_t(&c, target, lo, hi, vlo, vhi, seed, &T) != 0)
		return GL_IF97_E_NO_CONVERGENCE;
	return finalize(p, T, region, side, out);
}

/*
 * Compressed liquid in region 1, T in [273.15 K, hi] with vhi the value at
 * hi.  Seeded by the backward equation (Eq. 11 or 13); the lower end of the
 * range is only evaluated when the seed is near it.
 */
static gl_if97_status
liquid_r1(int which, double p, double target, double hi, double vhi,
		  gl_if97_status err, gl_if97_state *out)
{
	double		seed = (which == WHICH_H) ? gl_if97_backward_t_ph(1, p, target)
		: gl_if97_backward_t_ps(1, p, target);
	double		vmin = NAN;

	if (!(seed > GL_IF97_T_MIN + 5.0))
	{
		vmin = r1_val(p, GL_IF97_T_MIN, which, NULL);
		if (below_range(target, vmin))
			return err;
	}
	return solve_and_finish(1, SIDE_NONE, which, p, target,
							GL_IF97_T_MIN, hi, vmin, vhi, seed, out);
}

/*
 * Vapour / gas from lo (vlo the value there) up: region 2 to 1073.15 K, then
 * region 5 to 2273.15 K (p <= 50 MPa).  Seeded by the region-2 backward
 * equations (Eqs. 22-27); the 1073.15 K end is only evaluated when the seed
 * is near or above it.
 */
static gl_if97_status
vapour_r25(int which, double p, double target, double lo, double vlo,
		   gl_if97_status err, gl_if97_state *out)
{
	double		seed = r2_backward(which, p, target);
	double		v25 = NAN,
				T;
	tsolve		c;

	if (!(seed < GL_IF97_T_25 - 25.0))
		v25 = r2_val(p, GL_IF97_T_25, which, NULL);
	if (isnan(v25) || target <= v25)
	{
		c.region = 2;
		c.side = SIDE_NONE;
		c.which = which;
		c.p = p;
		c.rho = 0.0;
		c.branch = 0;
		if (solve_t(&c, target, lo, GL_IF97_T_25, vlo, v25, seed, &T) != 0)
			return GL_IF97_E_NO_CONVERGENCE;

		/*
		 * A seed far below 1073.15 K skipped the comparison with the end of
		 * region 2; an iteration that ran into that end makes it now (the
		 * backward equations are not meant for extrapolation).
		 */
		if (!isnan(v25) || T < GL_IF97_T_25 * (1.0 - 1e-9) ||
			target <= (v25 = r2_val(p, GL_IF97_T_25, which, NULL)))
			return finalize(p, T, 2, SIDE_NONE, out);
	}

	/* above region 2: region 5, p <= 50 MPa, up to 2273.15 K */
	{
		double		vmax,
					v5lo;

		if (p > GL_IF97_P_MAX5)
		{
			if (above_range(target, v25))
				return err;
			return solve_and_finish(2, SIDE_NONE, which, p, target,
									lo, GL_IF97_T_25, vlo, v25, NAN, out);
		}
		vmax = r5_val(p, GL_IF97_T_MAX, which, NULL);
		if (above_range(target, vmax))
			return err;
		v5lo = r5_val(p, GL_IF97_T_25, which, NULL);
		return solve_and_finish(5, SIDE_NONE, which, p, target,
								GL_IF97_T_25, GL_IF97_T_MAX, v5lo, vmax, NAN, out);
	}
}

/*
 * First guess for a region-3 temperature iteration: linear interpolation
 * between the values of the neighbouring regions at its ends (these differ
 * from region 3's own by < 0.2 kJ/kg; only a seed, the bracket is [T0, T1]).
 */
static inline double
interp_seed(double target, double T0, double v0, double T1, double v1)
{
	if (!(v1 > v0))
		return NAN;
	return T0 + (T1 - T0) * (target - v0) / (v1 - v0);
}

/*
 * Bounds of the saturated values over the whole saturation line, as given by
 * this implementation: h' <= 2084.75 and h'' >= 2082.79 kJ/kg,
 * s' <= 4.4077 and s'' >= 4.4047 kJ/(kg K) (both meet near the critical
 * point).  Used with a margin to skip evaluations that cannot matter.
 */
#define H_LIQ_SUP	2100.0
#define H_VAP_INF	2070.0
#define S_LIQ_SUP	4.45
#define S_VAP_INF	4.36

/*
 * State from (p,h) (which == WHICH_H) or (p,s) (WHICH_S).
 *
 * The phase is decided against the saturated liquid and vapour values at
 * Tsat(p) from the forward equations (regions 1 and 2 up to 623.15 K,
 * region 3 above with the densities from p3(rho,Tsat) = p on each branch);
 * between them the state is a two-phase mixture with
 * x = (v - v')/(v'' - v').  Single-phase temperatures are then iterated on
 * the forward equation of the region that the value falls in, whose ends
 * (623.15 K, the B23 line, 1073.15 K) are compared first.
 *
 * Neighbouring regions' equations do not meet exactly at their common
 * border (differences up to ~0.03 kJ/kg at 623.15 K, ~0.13 kJ/kg on B23,
 * ~0.1 kJ/kg at 1073.15 K).  The border value compared is region 1's at
 * 623.15 K, region 2's on B23 and region 2's at 1073.15 K (the explicit
 * (p,T) equations, cheap to evaluate); a value in an overlap goes to the
 * region so chosen, and a value in a gap gives the border temperature on
 * the chosen side.  Either way gl_if97_state_pt(p, T) reproduces the state.
 */
static gl_if97_status
state_from(int which, double p, double target, gl_if97_state *out)
{
	gl_if97_status err = (which == WHICH_H) ? GL_IF97_E_ENTHALPY : GL_IF97_E_ENTROPY;
	double		liq_sup = (which == WHICH_H) ? H_LIQ_SUP : S_LIQ_SUP;
	double		vap_inf = (which == WHICH_H) ? H_VAP_INF : S_VAP_INF;
	double		Ts,
				vL,
				vV,
				v13,
				Tb,
				vb;

	if (!isfinite(p) || !isfinite(target))
		return GL_IF97_E_NONFINITE;
	if (p <= 0.0 || p > GL_IF97_P_MAX)
		return GL_IF97_E_PRESSURE;

	if (p < psat_min())
	{
		/* below psat(273.15 K): vapour only */
		double		vmin = r2_val(p, GL_IF97_T_MIN, which, NULL);

		if (below_range(target, vmin))
			return err;
		return vapour_r25(which, p, target, GL_IF97_T_MIN, vmin, err, out);
	}

	if (p < GL_IF97_PC)
	{
		Ts = tsat_clamped(p);
		if (Ts <= GL_IF97_T_13)
		{
			/*
			 * Regions 1 and 2.  Saturated values are only evaluated when the
			 * target can be on their side: every h' (s') of the formulation
			 * is below liq_sup and every h'' (s'') above vap_inf.
			 */
			vL = vV = NAN;
			if (target <= vap_inf)
			{
				vL = r1_val(p, Ts, which, NULL);
				if (target < vL)
					return liquid_r1(which, p, target, Ts, vL, err, out);
			}
			if (target >= liq_sup)
			{
				vV = r2_val(p, Ts, which, NULL);
				if (target > vV)
					return vapour_r25(which, p, target, Ts, vV, err, out);
			}
			if (isnan(vL))
			{
				vL = r1_val(p, Ts, which, NULL);
				if (target < vL)
					return liquid_r1(which, p, target, Ts, vL, err, out);
			}
			if (isnan(vV))
			{
				vV = r2_val(p, Ts, which, NULL);
				if (target > vV)
					return vapour_r25(which, p, target, Ts, vV, err, out);
			}
		}
		else
		{
			gl_if97_props	liq,
						vap;

			/*
			 * Saturation line in region 3.  Values at or above region 2's
			 * start on the B23 line, and (0.5 K or more above 623.15 K,
			 * where h' - h(623.15 K) > 1 kJ/kg while regions 1 and 3 differ
			 * by < 0.05 kJ/kg at 623.15 K) values up to region 1's end,
			 * need no saturation properties.
			 */
			Tb = gl_if97_b23_t(p);
			vb = r2_val(p, Tb, which, NULL);
			if (target >= vb)
				return vapour_r25(which, p, target, Tb, vb, err, out);
			v13 = r1_val(p, GL_IF97_T_13, which, NULL);
			if (Ts > GL_IF97_T_13 + 0.5 && target <= v13)
				return liquid_r1(which, p, target, GL_IF97_T_13, v13, err, out);
			if (sat_props_n(p, Ts, 0, &liq, &vap) != 0)
				return GL_IF97_E_NO_CONVERGENCE;
			vL = (which == WHICH_H) ? liq.h : liq.s;
			vV = (which == WHICH_H) ? vap.h : vap.s;
			if (target < vL)
			{
				if (target <= v13)
					return liquid_r1(which, p, target, GL_IF97_T_13, v13,
									 err, out);
				return solve_and_finish(3, SIDE_LIQ, which, p, target,
										GL_IF97_T_13, Ts, NAN, vL,
										interp_seed(target, GL_IF97_T_13, v13, Ts, vL),
										out);
			}
			if (target > vV)
				return solve_and_finish(3, SIDE_VAP, which, p, target,
										Ts, Tb, vV, NAN,
										interp_seed(target, Ts, vV, Tb, vb),
										out);
		}
		/* two-phase mixture (x = 0 and x = 1 included) */
		{
			double		x = (vV > vL) ? (target - vL) / (vV - vL) : 0.0;

			if (x < 0.0)
				x = 0.0;
			if (x > 1.0)
				x = 1.0;
			return make_sat_state(p, Ts, x, out);
		}
	}

	/* supercritical pressure: region 1, region 3, region 2, region 5 */
	v13 = r1_val(p, GL_IF97_T_13, which, NULL);
	if (target <= v13)
		return liquid_r1(which, p, target, GL_IF97_T_13, v13, err, out);
	Tb = gl_if97_b23_t(p);
	vb = r2_val(p, Tb, which, NULL);
	if (target < vb)
		return solve_and_finish(3, SIDE_NONE, which, p, target,
								GL_IF97_T_13, Tb, NAN, NAN,
								interp_seed(target, GL_IF97_T_13, v13, Tb, vb),
								out);
	return vapour_r25(which, p, target, Tb, vb, err, out);
}

gl_if97_status
gl_if97_state_ph(double p, double h, gl_if97_state *out)
{
	return state_from(WHICH_H, p, h, out);
}

gl_if97_status
gl_if97_state_ps(double p, double s, gl_if97_state *out)
{
	return state_from(WHICH_S, p, s, out);
}

gl_if97_status
gl_if97_state_ptx(double p, double T, double x, gl_if97_state *out)
{
	gl_if97_state st;
	gl_if97_status rc;

	if (!isfinite(T))
		return GL_IF97_E_NONFINITE;
	rc = gl_if97_state_px(p, x, &st);
	if (rc != GL_IF97_OK)
		return rc;
	if (!(fabs(st.T - T) <= GL_IF97_SAT_T_TOLERANCE * T))
		return GL_IF97_E_NOT_SATURATED;
	st.T = T;
	*out = st;
	return GL_IF97_OK;
}

const char *
gl_if97_phase(const gl_if97_state *st)
{
	double		psat;

	if (st->region == 4)
		return st->x == 0 ? "saturated liquid" :
			st->x == 1 ? "saturated vapor" : "two-phase";
	if (st->T > GL_IF97_TC && st->p > GL_IF97_PC)
		return "supercritical";
	if (st->region == 1)
		return "liquid";
	if (st->region == 3)
	{
		/* below Tc: liquid above the saturation pressure; above Tc: gas */
		if (st->T < GL_IF97_TC && gl_if97_psat_t(st->T, &psat) == GL_IF97_OK)
			return st->p > psat ? "liquid" : "vapor";
		return st->p > GL_IF97_PC ? "liquid" : "vapor";
	}
	return "vapor";
}
