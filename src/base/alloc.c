/*
 * base/alloc.c - the cores' allocator hook (see alloc.h).
 */
#include "base/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

static void *
std_alloc(size_t size)
{
	return malloc(size);
}

static void *
std_realloc(void *ptr, size_t size)
{
	return realloc(ptr, size);
}

static void
std_free(void *ptr)
{
	free(ptr);
}

gl_allocator gl_mem = {std_alloc, std_realloc, std_free};

void
gl_set_allocator(const gl_allocator *a)
{
	gl_mem = *a;
}

void		(*gl_interrupt_hook) (void) = NULL;

#define HUGE_PAGE ((uintptr_t) 2 * 1024 * 1024)

void
gl_advise_fill(void *p, size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	uintptr_t	lo = ((uintptr_t) p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1),
				hi = ((uintptr_t) p + size) & ~(HUGE_PAGE - 1);

	if (p == NULL || size < 2 * HUGE_PAGE || hi <= lo)
		return;
	/* a hint: where the kernel refuses it, nothing changes */
	(void) madvise((void *) lo, hi - lo, MADV_HUGEPAGE);
#else
	(void) p;
	(void) size;
#endif
}

void
gl_copy_checked(void *dst, const void *src, size_t n)
{
	char	   *d = dst;
	const char *s = src;

	/* slice by slice from the front: with dst <= src no slice overwrites
	 * what a later one reads */
	while (n > GL_COPY_SLICE)
	{
		memmove(d, s, GL_COPY_SLICE);
		d += GL_COPY_SLICE;
		s += GL_COPY_SLICE;
		n -= GL_COPY_SLICE;
		gl_check_interrupts();
	}
	if (n > 0)
		memmove(d, s, n);
}

void *
gl_grow_checked(void *ptr, size_t used, size_t size)
{
	void	   *p;

	if (ptr == NULL || size < GL_COPY_SLICE * 4)
		return gl_realloc(ptr, size);
	p = gl_alloc(size);
	if (p == NULL)
		return NULL;
	gl_advise_fill(p, size);
	gl_copy_checked(p, ptr, used < size ? used : size);
	gl_free(ptr);
	return p;
}
