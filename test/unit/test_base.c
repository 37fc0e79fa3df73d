/*
 * test_base.c - the shared pure-C layer: the name rule, hint lists, status
 * templates and tables, text forms and strict numbers, the allocator hook.
 */
#include "base/alloc.h"
#include "base/names.h"
#include "base/numeric.h"
#include "base/status.h"
#include "base/textform.h"
#include "unit.h"

#include <stdlib.h>

enum
{
	FRUIT_APPLE, FRUIT_BLOOD_ORANGE, FRUIT_FIG
};

static const gl_choice fruit_items[] = {
	{"apple", FRUIT_APPLE},
	{"blood-orange", FRUIT_BLOOD_ORANGE},
	{"fig", FRUIT_FIG},
	{"orange", FRUIT_BLOOD_ORANGE},	/* alias: accepted, not listed */
};
static const gl_choices fruits = GL_CHOICES("fruit", fruit_items);

static int
find(const char *s)
{
	return gl_choice_find(&fruits, s, strlen(s));
}

static int	allocs;

static void *
count_alloc(size_t n)
{
	allocs++;
	return malloc(n);
}

static void *
count_realloc(void *p, size_t n)
{
	return realloc(p, n);
}

static void
count_free(void *p)
{
	allocs--;
	free(p);
}

static int	interrupts;

static void
count_interrupt(void)
{
	interrupts++;
}

static const gl_status good_items[] = {
	{1, GL_ERR_RANGE, "pressure", "{arg} must be positive, not {value}",
	"Absolute pressure is never negative.", "Check the sign of {arg}."},
	{2, GL_ERR_PARAM, NULL, "unknown thing \"{name}\"", NULL,
	"Valid things: {list}."},
};

static const gl_status bad_caps[] = {
	{1, GL_ERR_RANGE, NULL, "Capital message", NULL, NULL},
};
static const gl_status bad_field[] = {
	{1, GL_ERR_RANGE, NULL, "bad {field}", NULL, NULL},
};
static const gl_status bad_dup[] = {
	{1, GL_ERR_RANGE, NULL, "a", NULL, NULL},
	{1, GL_ERR_RANGE, NULL, "b", NULL, NULL},
};
static const gl_status bad_hint[] = {
	{1, GL_ERR_RANGE, NULL, "a", NULL, "no period"},
};

int
main(void)
{
	char		buf[256];
	gl_text_item items[4];
	gl_text_error err;
	int			n;
	double		v;
	size_t		used;
	const char *s;
	size_t		len;

	unit_name = "test_base";

	/* ---- the name rule ---- */
	CHECK(find("apple") == FRUIT_APPLE, "exact");
	CHECK(find("APPLE") == FRUIT_APPLE, "case folds");
	CHECK(find("  Apple\t") == FRUIT_APPLE, "blanks around are dropped");
	CHECK(find("blood_orange") == FRUIT_BLOOD_ORANGE, "_ is -");
	CHECK(find("Blood Orange") == FRUIT_BLOOD_ORANGE, "space is -");
	CHECK(find("orange") == FRUIT_BLOOD_ORANGE, "alias");
	CHECK(find("appl") == -1, "a prefix is not a match");
	CHECK(find("apples") == -1, "a longer name is not a match");
	CHECK(find("") == -1, "empty");
	CHECK(find("   ") == -1, "blanks only");
	CHECK(find("app le") == -1, "inner blank is '-', not nothing");
	CHECK(gl_choice_find(&fruits, "figs", 3) == FRUIT_FIG,
		  "length-delimited, not NUL-terminated");
	CHECK(gl_name_matches("\xc3\x89", 2, "\xc3\xa9") == false,
		  "no folding outside ASCII");
	CHECK(strcmp(gl_choice_name(&fruits, FRUIT_BLOOD_ORANGE), "blood-orange") == 0,
		  "canonical name is the first entry");
	CHECK(gl_choice_name(&fruits, 99) == NULL, "unknown value");

	/* ---- hint lists ---- */
	gl_choices_list(&fruits, buf, sizeof(buf));
	CHECK(strcmp(buf, "\"apple\", \"blood-orange\" or \"fig\"") == 0,
		  "list: %s", buf);
	{
		const char *two[] = {"a", "b"};
		const char *one[] = {"a"};

		CHECK(strcmp(gl_names_list(two, 2, buf, sizeof(buf)), "\"a\" or \"b\"") == 0,
			  "two: %s", buf);
		CHECK(strcmp(gl_names_list(one, 1, buf, sizeof(buf)), "\"a\"") == 0,
			  "one: %s", buf);
		CHECK(strcmp(gl_names_list(one, 0, buf, sizeof(buf)), "") == 0,
			  "none: %s", buf);
	}
	gl_choices_list(&fruits, buf, 12);
	CHECK(strlen(buf) <= 11 && strstr(buf, "...") != NULL,
		  "truncated list ends with ...: %s", buf);

	/* ---- status templates ---- */
	{
		gl_status_table t = GL_STATUS_TABLE("test", good_items);
		gl_status_args a = {0};
		const gl_status *st = gl_status_find(&t, 1);

		CHECK(gl_status_table_check(&t) == NULL, "good table passes");
		CHECK(st && st->code == 1, "find");
		CHECK(gl_status_find(&t, 7) == NULL, "no descriptor");
		a.has_value = true;
		a.value = -2.5;
		gl_status_format(buf, sizeof(buf), st->message, st, &a);
		CHECK(strcmp(buf, "pressure must be positive, not -2.5") == 0, "%s", buf);
		a.arg = "p";
		gl_status_format(buf, sizeof(buf), st->hint, st, &a);
		CHECK(strcmp(buf, "Check the sign of p.") == 0, "override: %s", buf);
		st = gl_status_find(&t, 2);
		gl_status_format(buf, sizeof(buf), st->message, st, NULL);
		CHECK(strcmp(buf, "unknown thing \"?\"") == 0, "missing field: %s", buf);
		memset(&a, 0, sizeof(a));
		a.name = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
		a.namelen = 80;
		gl_status_format(buf, sizeof(buf), st->message, st, &a);
		CHECK(strlen(buf) == strlen("unknown thing \"\"") + 64 + 3,
			  "long names are clipped: %s", buf);
		gl_status_format(buf, 10, "%s %d %n {arg}", st, &a);
		CHECK(strcmp(buf, "%s %d %n ") == 0, "no printf, bounded: %s", buf);
	}
	{
		gl_status_table t1 = GL_STATUS_TABLE("t", bad_caps);
		gl_status_table t2 = GL_STATUS_TABLE("t", bad_field);
		gl_status_table t3 = GL_STATUS_TABLE("t", bad_dup);
		gl_status_table t4 = GL_STATUS_TABLE("t", bad_hint);

		CHECK(gl_status_table_check(&t1) != NULL, "capital caught");
		CHECK(gl_status_table_check(&t2) != NULL, "unknown field caught");
		CHECK(gl_status_table_check(&t3) != NULL, "duplicate code caught");
		CHECK(gl_status_table_check(&t4) != NULL, "hint sentence caught");
	}
	CHECK(gl_status_table_check(&gl_base_statuses) == NULL,
		  "base's own table: %s", gl_status_table_check(&gl_base_statuses));
	CHECK(strcmp(gl_format_double(buf, sizeof(buf), 0.1), "0.1") == 0, "%s", buf);
	CHECK(strcmp(gl_format_double(buf, sizeof(buf), 1.0 / 3), "0.3333333333333333") == 0, "%s", buf);
	CHECK(strcmp(gl_format_double(buf, sizeof(buf), -INFINITY), "-Infinity") == 0, "%s", buf);
	CHECK(strcmp(gl_format_double(buf, sizeof(buf), 30), "30") == 0, "%s", buf);
	CHECK(strcmp(gl_format_double(buf, sizeof(buf), -1500), "-1500") == 0, "%s", buf);
	CHECK(strcmp(gl_format_double(buf, sizeof(buf), 1e20), "1e+20") == 0, "%s", buf);
	CHECK(strcmp(gl_format_double(buf, sizeof(buf), 1.5e-7), "1.5e-07") == 0, "%s", buf);

	/* ---- text forms ---- */
	CHECK(gl_text_split(" p = 150 psig , x=1 ", 20, items, 4, &n, &err) == GL_TEXT_OK && n == 2,
		  "split two items");
	CHECK(items[0].name_len == 1 && items[0].name[0] == 'p' &&
		  items[0].value_len == 8 && memcmp(items[0].value, "150 psig", 8) == 0,
		  "first item");
	CHECK(gl_text_get(items, n, "x") == &items[1] && gl_text_get(items, n, "X") == NULL,
		  "get is exact");
	CHECK(gl_text_split("a=1,b=2,c=3", 11, items, 2, &n, &err) == GL_TEXT_TOO_MANY &&
		  err.token_len == 3 && memcmp(err.token, "c=3", 3) == 0, "too many");
	CHECK(gl_text_split("  ", 2, items, 2, &n, &err) == GL_TEXT_EMPTY, "empty");
	CHECK(gl_text_split("=1", 2, items, 2, &n, &err) == GL_TEXT_NO_NAME, "no name");
	CHECK(gl_text_split("a 1", 3, items, 2, &n, &err) == GL_TEXT_NO_EQUALS, "no =");
	CHECK(gl_text_split("a= ", 3, items, 2, &n, &err) == GL_TEXT_NO_VALUE, "no value");
	CHECK(gl_text_split("a=1,", 4, items, 2, &n, &err) == GL_TEXT_NO_NAME, "trailing comma");

	CHECK(gl_text_number(" 1.5e3 psig", 11, &v, &used) == GL_TEXT_OK && v == 1500 && used == 6,
		  "number then unit");
	CHECK(gl_text_number("-.5", 3, &v, &used) == GL_TEXT_OK && v == -0.5, "-.5");
	CHECK(gl_text_number("5.", 2, &v, &used) == GL_TEXT_OK && v == 5, "5.");
	CHECK(gl_text_number("nan", 3, &v, &used) == GL_TEXT_BAD_NUMBER, "nan");
	CHECK(gl_text_number("inf", 3, &v, &used) == GL_TEXT_BAD_NUMBER, "inf");
	CHECK(gl_text_number("0x10", 4, &v, &used) == GL_TEXT_OK && v == 0 && used == 1,
		  "hex is a 0 then junk");
	CHECK(gl_text_number("1e", 2, &v, &used) == GL_TEXT_BAD_NUMBER, "1e");
	CHECK(gl_text_number(".", 1, &v, &used) == GL_TEXT_BAD_NUMBER, ".");
	CHECK(gl_text_number("1e999", 5, &v, &used) == GL_TEXT_NUMBER_RANGE, "overflow");
	CHECK(gl_text_number("1e-400", 6, &v, &used) == GL_TEXT_NUMBER_RANGE, "underflow to 0 is out of range");
	CHECK(gl_text_number("0e-400", 6, &v, &used) == GL_TEXT_OK && v == 0, "zero is zero");
	CHECK(gl_text_number("5e-324", 6, &v, &used) == GL_TEXT_OK && v > 0, "subnormal accepted");

	s = "  \t a b \n";
	len = strlen(s);
	gl_trim(&s, &len);
	CHECK(len == 3 && memcmp(s, "a b", 3) == 0, "trim");

	/* ---- numeric ---- */
	CHECK(gl_clamp01(-1) == 0 && gl_clamp01(2) == 1 && gl_clamp01(0.5) == 0.5, "clamp01");
	CHECK(isnan(gl_clamp01(NAN)), "clamp01 keeps NaN");
	CHECK(!gl_finite(NAN) && !gl_finite(INFINITY) && gl_finite(1e308), "finite");

	/* ---- allocator hook ---- */
	{
		gl_allocator a = {count_alloc, count_realloc, count_free};
		gl_allocator saved = gl_mem;
		void	   *p;

		gl_set_allocator(&a);
		p = gl_alloc(10);
		CHECK(allocs == 1, "hooked alloc");
		p = gl_realloc(p, 100);
		gl_free(p);
		gl_free(NULL);
		CHECK(allocs == 0, "hooked free");
		gl_set_allocator(&saved);
		CHECK(gl_mul_size((size_t) -1, 2) == 0 && gl_mul_size(3, 4) == 12, "mul_size");
	}

	/* ---- copies a cancel can stop ---- */
	{
		size_t		n = GL_COPY_SLICE * 5 + 12345,
					i,
					bad = 0;
		unsigned char *a = malloc(n + 100),
				   *b = malloc(n),
				   *g;

		CHECK(a != NULL && b != NULL, "copy buffers");
		for (i = 0; i < n + 100; i++)
			a[i] = (unsigned char) (i * 7 + i / 251);
		gl_interrupt_hook = count_interrupt;
		interrupts = 0;
		gl_copy_checked(b, a, n);
		CHECK(memcmp(a, b, n) == 0, "copy_checked copies");
		/* one check between slices: 5 full slices and a rest */
		CHECK(interrupts == 5, "copy_checked checks between slices (%d)", interrupts);
		/* overlapping, towards the front (as a gap is closed) */
		gl_copy_checked(a, a + 100, n);
		for (i = 0; i < n; i++)
			bad += a[i] != (unsigned char) ((i + 100) * 7 + (i + 100) / 251);
		CHECK(bad == 0, "copy_checked moves overlapping regions to the front (%zu wrong)", bad);
		gl_copy_checked(a, b, 0);
		/* a small block grows with gl_realloc, a large one by a checked copy */
		interrupts = 0;
		g = gl_grow_checked(NULL, 0, 16);
		CHECK(g != NULL && interrupts == 0, "grow_checked of NULL allocates");
		memcpy(g, "0123456789abcdef", 16);
		g = gl_grow_checked(g, 16, 64);
		CHECK(g != NULL && memcmp(g, "0123456789abcdef", 16) == 0 && interrupts == 0,
			  "grow_checked of a small block keeps its content");
		g = gl_grow_checked(g, 16, n);
		CHECK(g != NULL && memcmp(g, "0123456789abcdef", 16) == 0, "grow_checked to a large block");
		memcpy(g, b, n);
		g = gl_grow_checked(g, n, n * 2);
		CHECK(g != NULL && memcmp(g, b, n) == 0 && interrupts == 5,
			  "grow_checked of a large block copies what is used, checking (%d)", interrupts);
		gl_interrupt_hook = NULL;
		free(g);
		free(a);
		free(b);
	}
	return unit_done();
}
