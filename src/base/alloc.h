/*
 * base/alloc.h - the allocator and interrupt hook the pure cores use (pure C).
 *
 * Cores never call malloc directly: they call gl_alloc/gl_realloc/gl_free,
 * which go to the C library in the unit tests and fuzzers and to palloc in
 * the current memory context inside the server (installed once, in
 * _PG_init, by gl_base_init).  The server's allocator raises an error
 * instead of returning NULL; cores still check for NULL, for the tests.
 */
#ifndef GL_BASE_ALLOC_H
#define GL_BASE_ALLOC_H

#include <stddef.h>

typedef struct gl_allocator
{
	void	   *(*alloc) (size_t size);
	void	   *(*realloc) (void *ptr, size_t size);	/* ptr may be NULL */
	void		(*free) (void *ptr);	/* ptr may be NULL */
} gl_allocator;

extern gl_allocator gl_mem;

/* install a (the server's) allocator; the default is the C library's */
extern void gl_set_allocator(const gl_allocator *a);

static inline void *
gl_alloc(size_t size)
{
	return gl_mem.alloc(size ? size : 1);
}

static inline void *
gl_realloc(void *ptr, size_t size)
{
	return gl_mem.realloc(ptr, size ? size : 1);
}

static inline void
gl_free(void *ptr)
{
	if (ptr)
		gl_mem.free(ptr);
}

/* n * size, or 0 when that overflows (gl_alloc of 0 bytes is refused by callers) */
static inline size_t
gl_mul_size(size_t n, size_t size)
{
	if (size != 0 && n > (size_t) -1 / size)
		return 0;
	return n * size;
}

/*
 * gl_advise_fill(p, size): a hint that the large block p (from gl_alloc or
 * gl_realloc, size bytes) is about to be written through.  On Linux the
 * whole 2 MB pages inside it are offered huge pages (madvise
 * MADV_HUGEPAGE, where transparent huge pages are enabled): filling
 * hundreds of MB then costs a few hundred page faults instead of tens of
 * thousands.  Never changes the content; blocks under 4 MB, and other
 * systems, are left as they are.
 */
extern void gl_advise_fill(void *p, size_t size);

/*
 * Interrupts.  A core loop that may run long calls gl_check_interrupts()
 * every few thousand iterations; in the server that is CHECK_FOR_INTERRUPTS
 * (a cancel or statement_timeout leaves the loop by an error, so the core
 * keeps nothing it would have to undo), in the tests nothing.
 */
extern void (*gl_interrupt_hook) (void);

static inline void
gl_check_interrupts(void)
{
	if (gl_interrupt_hook)
		gl_interrupt_hook();
}

/*
 * Large copies that a cancel must be able to stop (one memcpy of hundreds
 * of MB, much of it page faults on fresh memory, runs for a second or more
 * on a loaded machine).  gl_copy_checked(dst, src, n) is memmove(dst, src,
 * n) in slices of GL_COPY_SLICE bytes with gl_check_interrupts() between;
 * the regions must not overlap unless dst <= src.  gl_grow_checked(ptr,
 * used, size) is gl_realloc(ptr, size) of a block whose first used bytes
 * matter: below GL_COPY_SLICE * 4 it is gl_realloc itself, above it a new
 * block, the used bytes copied with gl_copy_checked, and ptr freed.  NULL
 * when out of memory (ptr is then kept, as with gl_realloc).
 */
#define GL_COPY_SLICE ((size_t) 1 << 20)

extern void gl_copy_checked(void *dst, const void *src, size_t n);
extern void *gl_grow_checked(void *ptr, size_t used, size_t size);

#endif							/* GL_BASE_ALLOC_H */
