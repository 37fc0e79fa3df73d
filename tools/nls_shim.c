/*
 * tools/nls_shim.c - preloaded into the server with the ASan runtime by
 * `make test SANITIZE=1` (tools/pg.sh): with libasan preloaded, Debian's
 * postgres hangs at startup inside glibc's bindtextdomain (even
 * `postgres -V`).  These two make that call do nothing: the server then
 * prints untranslated messages, which the tests (lc_messages C) expect
 * anyway.
 */
char	   *bindtextdomain(const char *domainname, const char *dirname);
char	   *bind_textdomain_codeset(const char *domainname, const char *codeset);

char *
bindtextdomain(const char *domainname, const char *dirname)
{
	(void) domainname;
	return (char *) dirname;
}

char *
bind_textdomain_codeset(const char *domainname, const char *codeset)
{
	(void) domainname;
	return (char *) codeset;
}
