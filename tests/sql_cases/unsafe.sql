-- Statements the guard must refuse. Each case starts with a line `==== <id> | <dialects>` (dialects: all, or a
-- comma list of duckdb, sqlite, postgres); the SQL runs to the next `====` line. Used by tests/test_guard.py,
-- tests/test_guard_db.py (refused on real databases, nothing changed) and bench/guard_bench.py.
==== dml_drop | all
DROP TABLE superstore
==== dml_delete | all
DELETE FROM superstore
==== dml_update | all
UPDATE superstore SET sales = 0
==== dml_insert | all
INSERT INTO superstore SELECT * FROM superstore
==== ddl_create_as | all
CREATE TABLE stolen AS SELECT * FROM superstore
==== ddl_create_temp | all
CREATE TEMP TABLE t AS SELECT 1 AS x
==== ddl_create_view | all
CREATE VIEW v AS SELECT * FROM superstore
==== ddl_alter | all
ALTER TABLE superstore ADD COLUMN pwned INTEGER
==== ddl_truncate | duckdb,postgres
TRUNCATE superstore
==== stacked_drop | all
SELECT 1; DROP TABLE superstore
==== stacked_two_selects | all
SELECT * FROM superstore; SELECT 1
==== stacked_newline | all
SELECT * FROM superstore;
DROP TABLE superstore;
==== stacked_block_comment | all
SELECT 1 /* */; DROP TABLE superstore
==== stacked_line_comment | all
SELECT 1; -- harmless?
DROP TABLE superstore
==== stacked_comment_first | all
/* report */ SELECT region FROM superstore; DELETE FROM superstore
==== stacked_attach | all
SELECT * FROM superstore LIMIT 1; ATTACH 'pwn.db' AS pwn
==== stacked_nested_comment | postgres
SELECT 1 /* /* nested */ ; DROP TABLE superstore; */
==== file_read_csv | duckdb
SELECT * FROM read_csv('/etc/passwd')
==== file_read_csv_auto | duckdb
SELECT * FROM read_csv_auto('/etc/passwd')
==== file_read_csv_list | duckdb
SELECT * FROM read_csv(['a.csv', 'b.csv'])
==== file_read_parquet | duckdb
SELECT * FROM read_parquet('data.parquet')
==== file_parquet_scan | duckdb
SELECT * FROM parquet_scan('data.parquet')
==== file_read_json | duckdb
SELECT * FROM read_json('data.json')
==== file_read_json_auto | duckdb
SELECT * FROM read_json_auto('data.json')
==== file_glob | duckdb
SELECT * FROM glob('/etc/*')
==== file_read_text | duckdb
SELECT content FROM read_text('/etc/hostname')
==== file_read_blob | duckdb
SELECT * FROM read_blob('/etc/passwd')
==== file_sniff_csv | duckdb
SELECT * FROM sniff_csv('data.csv')
==== file_parquet_metadata | duckdb
SELECT * FROM parquet_metadata('data.parquet')
==== file_string_table | duckdb
SELECT * FROM '/etc/passwd'
==== file_from_first | duckdb
FROM 'data.csv'
==== file_quoted_path | duckdb
SELECT * FROM "/etc/passwd"
==== file_join | duckdb
SELECT * FROM superstore s JOIN 'data.parquet' p ON true
==== file_comma_join | duckdb
SELECT * FROM superstore, read_csv('data.csv')
==== file_lateral | duckdb
SELECT * FROM superstore s, LATERAL (SELECT * FROM read_csv('data.csv')) r
==== file_union | duckdb
SELECT region FROM superstore UNION ALL SELECT * FROM read_parquet('s3://bucket/x.parquet')
==== file_subquery | duckdb
SELECT * FROM superstore WHERE region IN (SELECT column0 FROM read_csv('data.csv'))
==== copy_to | duckdb,postgres
COPY superstore TO '/tmp/out.csv'
==== copy_query_to | duckdb,postgres
COPY (SELECT * FROM superstore) TO '/tmp/out.csv'
==== copy_from | duckdb,postgres
COPY superstore FROM '/tmp/in.csv'
==== copy_program | postgres
COPY (SELECT 1) TO PROGRAM 'touch /tmp/pwned'
==== export_database | duckdb
EXPORT DATABASE '/tmp/dump'
==== attach | all
ATTACH 'pwn.db' AS pwn
==== attach_database | sqlite
ATTACH DATABASE 'pwn.db' AS pwn
==== detach | duckdb,sqlite
DETACH pwn
==== install | duckdb
INSTALL httpfs
==== load | duckdb
LOAD httpfs
==== set_duckdb | duckdb
SET memory_limit = '64GB'
==== set_external_access | duckdb
SET enable_external_access = true
==== set_variable | duckdb
SET VARIABLE x = 1
==== reset | duckdb
RESET memory_limit
==== pragma_duckdb | duckdb
PRAGMA database_list
==== pragma_sqlite | sqlite
PRAGMA database_list
==== pragma_writable_schema | sqlite
PRAGMA writable_schema = ON
==== pragma_table_function | duckdb,sqlite
SELECT * FROM pragma_table_info('superstore')
==== call | duckdb
CALL pragma_version()
==== checkpoint | duckdb
CHECKPOINT
==== create_secret | duckdb
CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')
==== summarize | duckdb
SUMMARIZE superstore
==== describe | duckdb
DESCRIBE superstore
==== show_tables | duckdb
SHOW TABLES
==== explain_analyze | duckdb,postgres
EXPLAIN ANALYZE DELETE FROM superstore
==== dynamic_query | duckdb
SELECT * FROM query('DROP TABLE superstore')
==== dynamic_query_table | duckdb
SELECT * FROM query_table('superstore')
==== dynamic_execute | duckdb,postgres
EXECUTE stmt
==== dynamic_prepare | duckdb,postgres
PREPARE stmt AS DELETE FROM superstore
==== dynamic_do | postgres
DO $$ BEGIN EXECUTE 'DROP TABLE superstore'; END $$
==== dynamic_query_to_xml | postgres
SELECT query_to_xml('SELECT * FROM pg_shadow', true, true, '')
==== writable_cte_delete | postgres
WITH x AS (DELETE FROM superstore RETURNING *) SELECT * FROM x
==== writable_cte_update | postgres
WITH x AS (UPDATE superstore SET sales = 0 RETURNING *) SELECT count(*) FROM x
==== writable_cte_insert | postgres
WITH x AS (INSERT INTO superstore SELECT * FROM superstore RETURNING 1) SELECT * FROM x
==== writable_cte_nested | postgres
SELECT * FROM (WITH d AS (DELETE FROM superstore RETURNING row_id) SELECT * FROM d) t
==== select_into | postgres
SELECT * INTO stolen FROM superstore
==== select_into_temp | postgres
SELECT region INTO TEMP t FROM superstore
==== lock_for_update | duckdb,postgres
SELECT * FROM superstore FOR UPDATE
==== lock_for_share | postgres
SELECT * FROM superstore FOR SHARE
==== lock_no_key_update | postgres
SELECT * FROM superstore FOR NO KEY UPDATE
==== lock_skip_locked | postgres
SELECT * FROM superstore WHERE sales > 0 FOR UPDATE SKIP LOCKED
==== catalog_information_schema | all
SELECT * FROM information_schema.tables
==== catalog_information_schema_columns | duckdb,postgres
SELECT table_name, column_name FROM information_schema.columns
==== catalog_pg_user | postgres
SELECT * FROM pg_catalog.pg_user
==== catalog_pg_shadow | postgres
SELECT usename, passwd FROM pg_shadow
==== catalog_pg_authid | postgres
SELECT rolname, rolpassword FROM pg_authid
==== catalog_pg_settings | postgres
SELECT * FROM pg_settings
==== catalog_pg_stat_activity | postgres
SELECT query FROM pg_stat_activity
==== catalog_table_statement | postgres
TABLE pg_shadow
==== catalog_union | postgres
SELECT region FROM superstore UNION SELECT usename FROM pg_user
==== catalog_scalar_subquery | all
SELECT (SELECT count(*) FROM pg_user) AS n FROM superstore
==== catalog_exists | sqlite
SELECT * FROM superstore WHERE EXISTS (SELECT 1 FROM sqlite_master)
==== catalog_sqlite_master | sqlite
SELECT * FROM sqlite_master
==== catalog_sqlite_schema | sqlite
SELECT sql FROM sqlite_schema
==== catalog_sqlite_temp_master | sqlite
SELECT * FROM sqlite_temp_master
==== catalog_main_sqlite_master | sqlite
SELECT * FROM main.sqlite_master
==== catalog_temp_schema | sqlite
SELECT * FROM temp.superstore
==== catalog_qualified | duckdb
SELECT * FROM other_db.main.superstore
==== catalog_duckdb_settings | duckdb
SELECT * FROM duckdb_settings()
==== catalog_duckdb_tables | duckdb
SELECT * FROM duckdb_tables()
==== catalog_duckdb_secrets | duckdb
SELECT * FROM duckdb_secrets()
==== catalog_duckdb_extensions | duckdb
SELECT * FROM duckdb_extensions()
==== catalog_duckdb_databases | duckdb
SELECT * FROM duckdb_databases()
==== catalog_which_secret | duckdb
SELECT * FROM which_secret('s3://bucket/x', 's3')
==== unknown_table | all
SELECT * FROM superstore_backup
==== unknown_table_join | all
SELECT * FROM superstore s JOIN secrets x ON s.row_id = x.id
==== unknown_table_in | all
SELECT * FROM superstore WHERE customer_id IN (SELECT id FROM secrets)
==== cte_shadow_reaches_catalog | postgres
WITH superstore AS (SELECT * FROM pg_shadow) SELECT * FROM superstore
==== cte_qualified_bypass | postgres
WITH pg_user AS (SELECT 1) SELECT * FROM pg_catalog.pg_user
==== cte_out_of_scope | all
SELECT * FROM (WITH hidden AS (SELECT 1 AS x) SELECT * FROM hidden) t JOIN hidden h ON true
==== cte_self_reference | all
WITH secrets AS (SELECT * FROM secrets) SELECT * FROM secrets
==== cte_forward_reference | all
WITH a AS (SELECT * FROM b), b AS (SELECT * FROM superstore) SELECT * FROM a
==== cte_sibling_scope | all
SELECT * FROM (WITH c AS (SELECT 1 AS x) SELECT x FROM c) t1, (SELECT * FROM c) t2
==== cte_recursive | all
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT * FROM r
==== pg_read_file | postgres
SELECT pg_read_file('/etc/passwd')
==== pg_read_binary_file | postgres
SELECT pg_read_binary_file('/etc/passwd')
==== pg_read_file_qualified | postgres
SELECT pg_catalog.pg_read_file('/etc/passwd')
==== pg_ls_dir | postgres
SELECT * FROM pg_ls_dir('.')
==== pg_set_config | postgres
SELECT set_config('default_transaction_read_only', 'off', false)
==== pg_current_setting | postgres
SELECT current_setting('data_directory')
==== pg_sleep | postgres
SELECT pg_sleep(100)
==== pg_sleep_subquery | postgres
SELECT * FROM superstore WHERE sales > (SELECT pg_sleep(10))
==== pg_lo_import | postgres
SELECT lo_import('/etc/passwd')
==== pg_lo_export | postgres
SELECT lo_export(1, '/tmp/x')
==== pg_terminate_backend | postgres
SELECT pg_terminate_backend(1)
==== pg_cancel_backend | postgres
SELECT pg_cancel_backend(1)
==== pg_reload_conf | postgres
SELECT pg_reload_conf()
==== pg_dblink | postgres
SELECT * FROM dblink('host=evil', 'SELECT 1') AS t(a int)
==== pg_dblink_exec | postgres
SELECT dblink_exec('host=evil', 'DROP TABLE superstore')
==== pg_nextval | postgres
SELECT nextval('some_seq')
==== pg_txid | postgres
SELECT txid_current()
==== pg_current_user | postgres
SELECT current_user
==== pg_bare_user | all
SELECT user FROM superstore
==== pg_bare_current_role | postgres
SELECT current_role, session_user, system_user
==== pg_regclass_cast | postgres
SELECT 'pg_shadow'::regclass
==== pg_oid_cast | postgres
SELECT CAST(1 AS oid)
==== pg_user_defined_type | postgres
SELECT CAST(region AS my_enum) FROM superstore
==== pg_inet_server_addr | postgres
SELECT inet_server_addr()
==== pg_set | postgres
SET default_transaction_read_only = off
==== pg_set_session_authorization | postgres
SET SESSION AUTHORIZATION postgres
==== pg_reset_all | postgres
RESET ALL
==== pg_grant | postgres
GRANT ALL ON superstore TO PUBLIC
==== pg_create_extension | postgres
CREATE EXTENSION dblink
==== pg_create_function | postgres
CREATE FUNCTION f() RETURNS int AS 'SELECT 1' LANGUAGE sql
==== pg_listen | postgres
LISTEN channel
==== pg_notify | postgres
NOTIFY channel
==== pg_generate_series | duckdb,postgres
SELECT * FROM generate_series(1, 1000000000)
==== pg_unnest_table | postgres
SELECT * FROM unnest(ARRAY['/etc/passwd'])
==== pg_param | postgres
SELECT * FROM superstore WHERE customer_name = $1
==== duckdb_range | duckdb
SELECT * FROM range(1000000000)
==== duckdb_getenv | duckdb
SELECT getenv('HOME')
==== duckdb_current_setting | duckdb
SELECT current_setting('threads')
==== duckdb_getvariable | duckdb
SELECT getvariable('x')
==== version | all
SELECT version()
==== qualified_function | all
SELECT evil.lower(region) FROM superstore
==== sqlite_load_extension | sqlite
SELECT load_extension('/tmp/evil.so')
==== sqlite_readfile | sqlite
SELECT readfile('/etc/passwd')
==== sqlite_writefile | sqlite
SELECT writefile('/tmp/pwned', 'x')
==== sqlite_version | sqlite
SELECT sqlite_version()
==== sqlite_randomblob | sqlite
SELECT randomblob(1000000000)
==== sqlite_fts3_tokenizer | sqlite
SELECT fts3_tokenizer('simple')
==== sqlite_json_each_readfile | sqlite
SELECT * FROM json_each(readfile('/etc/passwd'))
==== sqlite_vacuum_into | sqlite
VACUUM INTO '/tmp/copy.db'
==== sqlite_placeholder | sqlite
SELECT * FROM superstore WHERE region = ?
==== sqlite_dollar_parameter | all
SELECT * FROM superstore WHERE region = $region
==== sqlite_colon_parameter | sqlite,postgres
SELECT * FROM superstore WHERE region = :region
==== sqlite_at_parameter | sqlite,postgres
SELECT * FROM superstore WHERE region = @region
==== vacuum | all
VACUUM
==== transaction_begin | all
BEGIN
==== transaction_commit | all
COMMIT
==== transaction_rollback | all
ROLLBACK
==== unicode_fullwidth_drop | all
ＤＲＯＰ TABLE superstore
==== unicode_fullwidth_semicolon | all
SELECT 1； DROP TABLE superstore
==== unparseable | all
SELEC * FORM superstore
==== unterminated_string | all
SELECT 'abc FROM superstore
==== unterminated_comment | all
SELECT 1 /* never closed
==== only_comment | all
-- nothing to see here
==== only_semicolons | all
;;;
==== values_root | all
VALUES (1), (2)
