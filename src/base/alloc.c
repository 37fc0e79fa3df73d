/*
 * base/alloc.c - the cores' allocator hook (see alloc.h).
 */
#include "base/alloc.h"

#include <stdlib.h>

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
