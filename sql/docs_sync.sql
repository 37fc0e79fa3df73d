-- The docs pages and the regression tests that run them agree: every
-- table a page's examples use is made on the page (each table the test
-- creates, except its TEMP helpers), and every statement on the page that
-- creates or fills a table is, word for word (blanks aside), one the test
-- runs.  So a reader who pastes a page into psql gets the page's output, and
-- the test checks that output.  psql reads the files (pg_regress runs it in
-- the top of the source tree).
\set balance_md `cat docs/balance.md`
\set balance_sql `cat sql/balance_docs.sql`
\set classifier_md `cat docs/classifier.md`
\set classifier_sql `cat sql/classifier_docs.sql`
\set counter_md `cat docs/counter.md`
\set counter_sql `cat sql/counter_docs.sql`
\set coverage_md `cat docs/coverage.md`
\set coverage_sql `cat sql/coverage_docs.sql`
\set drift_md `cat docs/drift.md`
\set drift_sql `cat sql/drift_docs.sql`
\set health_md `cat docs/health.md`
\set health_sql `cat sql/health_docs.sql`
\set monitoring_md `cat docs/monitoring.md`
\set monitoring_sql `cat sql/rates_docs.sql`
\set priority_md `cat docs/priority.md`
\set priority_sql `cat sql/priority_docs.sql`
\set recalculation_md `cat docs/recalculation.md`
\set recalculation_sql `cat sql/recalculation.sql sql/soft_errors.sql`
\set sankey_md `cat docs/sankey.md`
\set sankey_sql `cat sql/sankey_docs.sql`
CREATE TEMP TABLE pages (page text, test text, md text, sql text);
INSERT INTO pages VALUES
 ('docs/balance.md', 'sql/balance_docs.sql', :'balance_md', :'balance_sql'),
 ('docs/classifier.md', 'sql/classifier_docs.sql', :'classifier_md', :'classifier_sql'),
 ('docs/counter.md', 'sql/counter_docs.sql', :'counter_md', :'counter_sql'),
 ('docs/coverage.md', 'sql/coverage_docs.sql', :'coverage_md', :'coverage_sql'),
 ('docs/drift.md', 'sql/drift_docs.sql', :'drift_md', :'drift_sql'),
 ('docs/health.md', 'sql/health_docs.sql', :'health_md', :'health_sql'),
 ('docs/monitoring.md', 'sql/rates_docs.sql', :'monitoring_md', :'monitoring_sql'),
 ('docs/priority.md', 'sql/priority_docs.sql', :'priority_md', :'priority_sql'),
 ('docs/recalculation.md', 'sql/recalculation.sql + soft_errors.sql', :'recalculation_md', :'recalculation_sql'),
 ('docs/sankey.md', 'sql/sankey_docs.sql', :'sankey_md', :'sankey_sql');
CREATE FUNCTION pg_temp.norm(t text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT btrim(regexp_replace(t, '\s+', ' ', 'g')) $$;
-- the statements of the pages' sql blocks that create or fill a table
CREATE TEMP TABLE page_statements AS
SELECT page, test, sql, (regexp_matches(b, '(?:^|\n)((?:CREATE (?:TEMP |TEMPORARY )?TABLE|INSERT INTO)[^;]*;)', 'g'))[1] AS st
FROM (SELECT page, test, sql, (regexp_matches(md, '```sql\n(.*?)```', 'g'))[1] AS b FROM pages) blocks;
-- per page: how many, and how many the test does not run
SELECT p.page, p.test, count(s.st) AS data_statements,
       count(s.st) FILTER (WHERE position(pg_temp.norm(s.st) IN pg_temp.norm(s.sql)) = 0) AS not_in_test
FROM pages p LEFT JOIN page_statements s USING (page)
GROUP BY p.page, p.test ORDER BY p.page;
-- which (none)
SELECT page, left(pg_temp.norm(st), 70) AS statement_not_in_test
FROM page_statements WHERE position(pg_temp.norm(st) IN pg_temp.norm(sql)) = 0
ORDER BY 1, 2;
-- tables the test creates that the page does not (none)
SELECT p.page, t[1] AS table_not_made_on_page
FROM pages p, regexp_matches(p.sql, '(?:^|\n)CREATE TABLE ([a-z_0-9]+)', 'g') t
WHERE p.md !~ ('CREATE TABLE ' || t[1] || '\M')
ORDER BY 1, 2;
DROP TABLE pages, page_statements;
