/*
 * fuzz_units - units/units.h: gl_unit_find, gl_unit_find_dim and the
 * message fields of a failed look-up.
 *
 * Properties: a unit found is in the table and its canonical name finds
 * it again; a look-up by dimension agrees with the plain one; a failure's
 * list of units (for a dimension) is NUL-terminated inside its buffer; a value converted to
 * the base unit and back stays finite and close.
 */
#include "fuzz.h"
#include "units/units.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gl_unit_status st = GL_UNIT_OK;
	const gl_unit *u;
	const gl_unit *table;
	size_t		ntable;
	gl_dimension dim;
	size_t		buflen;
	char	   *s;
	double		value = 0;

	if (size < 1 + sizeof(double))
		return 0;
	dim = (gl_dimension) (data[0] % (GL_DIM__COUNT + 1));
	buflen = 1 + data[0] / 8;
	memcpy(&value, data + 1, sizeof(double));
	s = fz_bytes(data + 1 + sizeof(double), size - 1 - sizeof(double));
	size -= 1 + sizeof(double);

	table = gl_unit_table(&ntable);
	u = gl_unit_find(s, size, &st);
	if (u != NULL)
	{
		FZ_CHECK(u >= table && u < table + ntable, "unit outside the table");
		FZ_CHECK(gl_unit_find(u->name, strlen(u->name), NULL) == u, "canonical %s", u->name);
		FZ_CHECK(gl_unit_find_dim(s, size, u->dim, NULL) == u, "by dimension");
		if (isfinite(value) && fabs(value) < 1e6 &&
			gl_unit_check_value(u, value) == GL_UNIT_OK)
		{
			double		b = gl_unit_to_base(u, value);
			double		back = gl_unit_from_base(u, b);

			FZ_CHECK(isfinite(b) && isfinite(back) &&
					 fabs(back - value) <= 1e-9 * (1 + fabs(value)),
					 "%.17g %s -> %.17g -> %.17g", value, u->name, b, back);
		}
	}
	else
	{
		gl_status_args a;
		char	   *buf = malloc(buflen);
		int			code;

		memset(&a, 0, sizeof(a));
		FZ_CHECK(st != GL_UNIT_OK, "NULL without a status");
		code = gl_unit_failure(st, s, size, dim, "unit", buf, buflen, &a);
		FZ_CHECK(gl_status_find(&gl_unit_statuses, code) != NULL, "status %d", code);
		FZ_CHECK(dim == GL_DIM_ANY || (a.list == buf && fz_terminated(buf, buflen)),
				 "list in %zu bytes", buflen);
		free(buf);
	}

	u = gl_unit_find_dim(s, size, dim, &st);
	FZ_CHECK(u == NULL || dim == GL_DIM_ANY || u->dim == dim, "dimension");
	free(s);
	return 0;
}
