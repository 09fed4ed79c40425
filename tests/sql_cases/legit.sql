-- Analytics queries on the demo `superstore` table that the guard must accept. Each case starts with a line
-- `==== <id> | <dialects> [| tol=<absolute tolerance>]` (dialects: all, or a comma list of duckdb, sqlite,
-- postgres). Cases whose ids share the part before `~` are variants of one question for different dialects;
-- tests/test_guard_db.py checks they return the same rows on every engine (floats within the tolerance).
-- Queries are deterministic: a LIMIT always comes with an ORDER BY that has a unique tie-breaker.
==== count_rows | all
SELECT COUNT(*) AS n FROM superstore
==== sales_by_region | all
SELECT region, SUM(sales) AS total_sales FROM superstore GROUP BY region ORDER BY region
==== profit_by_category | all
SELECT category, SUM(profit) AS profit, AVG(discount) AS avg_discount FROM superstore GROUP BY category ORDER BY profit DESC
==== top_products | all
SELECT product_name, SUM(sales) AS total FROM superstore GROUP BY product_name ORDER BY total DESC, product_name LIMIT 10
==== top_customers | all
SELECT customer_id, customer_name, SUM(sales) AS total
FROM superstore GROUP BY customer_id, customer_name ORDER BY total DESC, customer_id LIMIT 5
==== distinct_customers | all
SELECT COUNT(DISTINCT customer_id) AS customers, COUNT(DISTINCT order_id) AS orders FROM superstore
==== distinct_by_segment | all
SELECT segment, COUNT(DISTINCT customer_id) AS customers FROM superstore GROUP BY segment ORDER BY segment
==== having_filter | all
SELECT state, SUM(sales) AS s FROM superstore GROUP BY state HAVING SUM(sales) > 50000 ORDER BY state
==== having_count | all
SELECT sub_category, COUNT(*) AS n FROM superstore GROUP BY sub_category HAVING COUNT(*) >= 500 ORDER BY n DESC, sub_category
==== where_in | all
SELECT region, COUNT(*) AS n FROM superstore WHERE region IN ('West', 'East') GROUP BY region ORDER BY region
==== where_between | all
SELECT COUNT(*) AS n FROM superstore WHERE discount BETWEEN 0.1 AND 0.3
==== where_like | duckdb,postgres
SELECT COUNT(*) AS n FROM superstore WHERE product_name LIKE '%Chair%'
==== where_like~lite | sqlite
SELECT COUNT(*) AS n FROM superstore WHERE INSTR(product_name, 'Chair') > 0
==== where_ilike~pg | duckdb,postgres
SELECT COUNT(*) AS n FROM superstore WHERE product_name ILIKE '%chair%'
==== where_ilike~lite | sqlite
SELECT COUNT(*) AS n FROM superstore WHERE LOWER(product_name) LIKE '%chair%'
==== where_not_null | all
SELECT COUNT(*) AS n FROM superstore WHERE postal_code IS NOT NULL AND NOT (region = 'South')
==== case_buckets | all
SELECT CASE WHEN sales < 50 THEN 'small' WHEN sales < 500 THEN 'medium' ELSE 'large' END AS bucket, COUNT(*) AS n
FROM superstore GROUP BY 1 ORDER BY 1
==== case_in_aggregate | all
SELECT region, SUM(CASE WHEN profit < 0 THEN 1 ELSE 0 END) AS losses, COUNT(*) AS n FROM superstore GROUP BY region ORDER BY region
==== filter_clause | all
SELECT category, COUNT(*) FILTER (WHERE discount > 0) AS discounted, COUNT(*) AS n FROM superstore GROUP BY category ORDER BY category
==== profit_margin | all
SELECT category, SUM(profit) / NULLIF(SUM(sales), 0) AS margin FROM superstore GROUP BY category ORDER BY category
==== coalesce_nullif | all
SELECT COALESCE(NULLIF(segment, 'Consumer'), 'Retail') AS seg, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1
==== arithmetic | all
SELECT SUM(quantity) AS units, SUM(sales * (1 - discount)) AS net, AVG(ABS(profit)) AS avg_abs_profit FROM superstore
==== min_max | all
SELECT MIN(sales) AS lo, MAX(sales) AS hi, MIN(order_date) AS first_order, MAX(ship_date) AS last_ship FROM superstore
==== round_numeric | duckdb,postgres | tol=0.011
SELECT region, ROUND(CAST(AVG(sales) AS NUMERIC), 2) AS avg_sales FROM superstore GROUP BY region ORDER BY region
==== round_sqlite~lite | sqlite | tol=0.011
SELECT region, ROUND(AVG(sales), 2) AS avg_sales FROM superstore GROUP BY region ORDER BY region
==== math_functions | duckdb,postgres
SELECT CEIL(MAX(sales)) AS c, FLOOR(MIN(sales)) AS f, SQRT(AVG(quantity)) AS r, LN(SUM(quantity)) AS l,
       POWER(AVG(discount), 2) AS p, EXP(MIN(discount)) AS e, SIGN(SUM(profit)) AS s FROM superstore
==== greatest_least | duckdb,postgres
SELECT GREATEST(MAX(sales), 0) AS g, LEAST(MIN(profit), 0) AS l FROM superstore
==== modulo | all
SELECT row_id % 7 AS bucket, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1
==== string_functions | all
SELECT UPPER(region) AS r, LOWER(segment) AS s, LENGTH(state) AS l, TRIM(city) AS c
FROM superstore ORDER BY row_id LIMIT 20
==== substring | all
SELECT SUBSTR(order_id, 1, 2) AS prefix, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1
==== replace_concat | all
SELECT REPLACE(ship_mode, ' Class', '') AS mode, city || ', ' || state AS place FROM superstore ORDER BY row_id LIMIT 15
==== split_part | duckdb,postgres
SELECT SPLIT_PART(product_id, '-', 1) AS family, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1
==== position_left_right | duckdb,postgres
SELECT LEFT(customer_id, 2) AS initials, RIGHT(order_id, 3) AS tail, POSITION('-' IN order_id) AS dash
FROM superstore ORDER BY row_id LIMIT 10
==== concat_function | duckdb,postgres
SELECT CONCAT(category, ' / ', sub_category) AS path, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1
==== lpad_function | duckdb,postgres
SELECT LPAD(CAST(quantity AS VARCHAR), 3, '0') AS q, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1
==== string_agg | duckdb,postgres
SELECT category, STRING_AGG(DISTINCT segment, ',' ORDER BY segment) AS segments FROM superstore GROUP BY category ORDER BY category
==== yearly_sales | duckdb,postgres
SELECT EXTRACT(YEAR FROM order_date) AS yr, SUM(sales) AS total FROM superstore GROUP BY 1 ORDER BY 1
==== yearly_sales~lite | sqlite
SELECT CAST(strftime('%Y', order_date) AS INTEGER) AS yr, SUM(sales) AS total FROM superstore GROUP BY 1 ORDER BY 1
==== monthly_trend | duckdb,postgres
SELECT DATE_TRUNC('month', order_date) AS month, SUM(sales) AS total FROM superstore GROUP BY 1 ORDER BY 1
==== quarterly | duckdb,postgres
SELECT EXTRACT(YEAR FROM order_date) AS yr, EXTRACT(QUARTER FROM order_date) AS q, COUNT(*) AS n
FROM superstore GROUP BY 1, 2 ORDER BY 1, 2
==== weekday | duckdb,postgres
SELECT EXTRACT(DOW FROM order_date) AS dow, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1
==== date_part | duckdb,postgres
SELECT DATE_PART('month', order_date) AS m, AVG(sales) AS avg_sales FROM superstore GROUP BY 1 ORDER BY 1
==== ship_days | duckdb,postgres
SELECT ship_mode, AVG(ship_date - order_date) AS avg_days, MAX(ship_date - order_date) AS max_days
FROM superstore GROUP BY ship_mode ORDER BY ship_mode
==== ship_days~lite | sqlite
SELECT ship_mode, AVG(julianday(ship_date) - julianday(order_date)) AS avg_days,
       MAX(julianday(ship_date) - julianday(order_date)) AS max_days FROM superstore GROUP BY ship_mode ORDER BY ship_mode
==== ship_days~duck | duckdb
SELECT ship_mode, AVG(DATE_DIFF('day', order_date, ship_date)) AS avg_days, MAX(DATE_DIFF('day', order_date, ship_date)) AS max_days
FROM superstore GROUP BY ship_mode ORDER BY ship_mode
==== date_filter | duckdb,postgres
SELECT COUNT(*) AS n, SUM(sales) AS total FROM superstore
WHERE order_date >= DATE '2016-01-01' AND order_date < DATE '2017-01-01'
==== date_filter~lite | sqlite
SELECT COUNT(*) AS n, SUM(sales) AS total FROM superstore WHERE order_date >= '2016-01-01' AND order_date < '2017-01-01'
==== date_interval | duckdb,postgres
SELECT COUNT(*) AS n FROM superstore WHERE order_date >= DATE '2017-12-31' - INTERVAL '30 days'
==== year_over_year | duckdb,postgres
WITH yearly AS (
  SELECT EXTRACT(YEAR FROM order_date) AS yr, SUM(sales) AS total FROM superstore GROUP BY 1
)
SELECT yr, total, total - LAG(total) OVER (ORDER BY yr) AS growth FROM yearly ORDER BY yr
==== to_char~pg | postgres
SELECT TO_CHAR(order_date, 'YYYY-MM') AS ym, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1 LIMIT 12
==== to_char~duck | duckdb
SELECT STRFTIME(order_date, '%Y-%m') AS ym, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1 LIMIT 12
==== to_char~lite | sqlite
SELECT strftime('%Y-%m', order_date) AS ym, COUNT(*) AS n FROM superstore GROUP BY 1 ORDER BY 1 LIMIT 12
==== cte_simple | all
WITH regional AS (SELECT region, SUM(sales) AS total FROM superstore GROUP BY region)
SELECT region, total FROM regional WHERE total > 0 ORDER BY total DESC
==== cte_chain | all
WITH by_customer AS (SELECT customer_id, SUM(sales) AS total FROM superstore GROUP BY customer_id),
     ranked AS (SELECT customer_id, total FROM by_customer WHERE total > 1000)
SELECT COUNT(*) AS big_customers, AVG(total) AS avg_total FROM ranked
==== cte_shadows_table_in_its_scope | all
SELECT (SELECT COUNT(*) FROM superstore) AS total, w.n
FROM (WITH superstore AS (SELECT 5 AS n) SELECT n FROM superstore) w
==== cte_join | all
WITH cat AS (SELECT category, SUM(sales) AS cat_sales FROM superstore GROUP BY category)
SELECT s.category, COUNT(*) AS n, MAX(c.cat_sales) AS cat_sales FROM superstore s JOIN cat c ON s.category = c.category
GROUP BY s.category ORDER BY s.category
==== self_join | all
SELECT a.region, COUNT(*) AS pairs FROM superstore a JOIN superstore b ON a.order_id = b.order_id AND a.row_id < b.row_id
GROUP BY a.region ORDER BY a.region
==== left_join_subquery | all
SELECT r.region, r.total, w.total AS west_total
FROM (SELECT region, SUM(sales) AS total FROM superstore GROUP BY region) r
LEFT JOIN (SELECT region, SUM(sales) AS total FROM superstore WHERE region = 'West' GROUP BY region) w ON r.region = w.region
ORDER BY r.region
==== scalar_subquery | all
SELECT region, SUM(sales) / (SELECT SUM(sales) FROM superstore) AS share FROM superstore GROUP BY region ORDER BY region
==== in_subquery | all
SELECT COUNT(*) AS n FROM superstore WHERE customer_id IN (SELECT customer_id FROM superstore WHERE segment = 'Corporate')
==== exists_subquery | all
SELECT r.region FROM (SELECT DISTINCT region FROM superstore) r
WHERE EXISTS (SELECT 1 FROM superstore t WHERE t.region = r.region AND t.profit < -1000) ORDER BY r.region
==== correlated_subquery | all
SELECT c.category, (SELECT COUNT(*) FROM superstore t WHERE t.category = c.category AND t.sales > 100) AS big
FROM (SELECT DISTINCT category FROM superstore) c ORDER BY c.category
==== derived_table | all
SELECT bucket, COUNT(*) AS n FROM (SELECT CASE WHEN quantity > 5 THEN 'bulk' ELSE 'single' END AS bucket FROM superstore) t
GROUP BY bucket ORDER BY bucket
==== union_all | all
SELECT 'West' AS label, SUM(sales) AS total FROM superstore WHERE region = 'West'
UNION ALL
SELECT 'Rest', SUM(sales) FROM superstore WHERE region <> 'West'
ORDER BY label
==== union_distinct | all
SELECT region AS name FROM superstore UNION SELECT segment FROM superstore ORDER BY name
==== intersect | all
SELECT customer_id FROM superstore WHERE region = 'West' INTERSECT SELECT customer_id FROM superstore WHERE region = 'East'
ORDER BY customer_id LIMIT 10
==== except | all
SELECT state FROM superstore EXCEPT SELECT state FROM superstore WHERE sales > 1000 ORDER BY state
==== row_number | all
SELECT row_id, region, sales, ROW_NUMBER() OVER (PARTITION BY region ORDER BY sales DESC, row_id) AS rn
FROM superstore ORDER BY region, rn LIMIT 20
==== top_n_per_group | all
SELECT region, product_name, total FROM (
  SELECT region, product_name, SUM(sales) AS total,
         ROW_NUMBER() OVER (PARTITION BY region ORDER BY SUM(sales) DESC, product_name) AS rn
  FROM superstore GROUP BY region, product_name
) t WHERE rn <= 3 ORDER BY region, rn
==== rank_dense_rank | all
SELECT state, total, RANK() OVER (ORDER BY total DESC) AS rk, DENSE_RANK() OVER (ORDER BY total DESC) AS drk
FROM (SELECT state, SUM(quantity) AS total FROM superstore GROUP BY state) t ORDER BY rk, state
==== ntile | all
SELECT customer_id, total, NTILE(4) OVER (ORDER BY total, customer_id) AS quartile
FROM (SELECT customer_id, SUM(sales) AS total FROM superstore GROUP BY customer_id) t ORDER BY total, customer_id LIMIT 25
==== lag_lead | all
SELECT row_id, sales, LAG(sales) OVER (ORDER BY row_id) AS prev, LEAD(sales, 2) OVER (ORDER BY row_id) AS next2
FROM superstore ORDER BY row_id LIMIT 30
==== running_total | all
SELECT row_id, sales, SUM(sales) OVER (ORDER BY row_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running
FROM superstore ORDER BY row_id LIMIT 50
==== moving_average | all
SELECT row_id, AVG(sales) OVER (ORDER BY row_id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS ma3
FROM superstore ORDER BY row_id LIMIT 40
==== first_last_value | all
SELECT DISTINCT region,
       FIRST_VALUE(row_id) OVER (PARTITION BY region ORDER BY row_id) AS first_row,
       LAST_VALUE(row_id) OVER (PARTITION BY region ORDER BY row_id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_row
FROM superstore ORDER BY region
==== percent_rank_cume_dist | all
SELECT category, total, PERCENT_RANK() OVER (ORDER BY total) AS pr, CUME_DIST() OVER (ORDER BY total) AS cd
FROM (SELECT category, SUM(sales) AS total FROM superstore GROUP BY category) t ORDER BY category
==== share_of_total_window | all
SELECT region, SUM(sales) AS total, SUM(sales) / SUM(SUM(sales)) OVER () AS share FROM superstore GROUP BY region ORDER BY region
==== median_percentiles | duckdb,postgres
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY sales) AS median_sales,
       PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY sales) AS p90,
       PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY quantity) AS median_qty
FROM superstore
==== percentiles_by_group | duckdb,postgres
SELECT region, PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY profit) AS q1,
       PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY profit) AS q3
FROM superstore GROUP BY region ORDER BY region
==== median~duck | duckdb
SELECT MEDIAN(sales) AS median_sales FROM superstore
==== median~pg | postgres
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY sales) AS median_sales FROM superstore
==== stddev_variance | duckdb,postgres
SELECT category, STDDEV(sales) AS sd, VARIANCE(sales) AS var, STDDEV_POP(profit) AS sd_pop
FROM superstore GROUP BY category ORDER BY category
==== bool_aggregates | duckdb,postgres
SELECT region, BOOL_AND(sales > 0) AS all_positive, BOOL_OR(profit < -1000) AS any_big_loss FROM superstore GROUP BY region ORDER BY region
==== cast_types | all
SELECT CAST(row_id AS VARCHAR) AS id_text, CAST(quantity AS DOUBLE PRECISION) / 2 AS half FROM superstore ORDER BY row_id LIMIT 5
==== pg_cast_operator | duckdb,postgres
SELECT region, SUM(quantity)::float / COUNT(*) AS avg_qty FROM superstore GROUP BY region ORDER BY region
==== distinct_on~pg | duckdb,postgres
SELECT DISTINCT ON (region) region, row_id, sales FROM superstore ORDER BY region, sales DESC, row_id
==== order_limit_offset | all
SELECT row_id, sales FROM superstore ORDER BY sales DESC, row_id LIMIT 10 OFFSET 5
==== big_limit_capped | all
SELECT row_id FROM superstore ORDER BY row_id LIMIT 5000
==== parenthesised_query | all
(SELECT region, COUNT(*) AS n FROM superstore GROUP BY region ORDER BY region)
==== trailing_semicolon_comment | all
SELECT COUNT(*) AS n FROM superstore; -- how many rows?
==== leading_comment | all
-- total sales
/* by segment */
SELECT segment, SUM(sales) AS total FROM superstore GROUP BY segment ORDER BY segment
==== comment_with_keywords | all
SELECT COUNT(*) AS n /* ; DROP TABLE superstore; */ FROM superstore -- ; DELETE FROM superstore
==== string_with_keywords | all
SELECT COUNT(*) AS n FROM superstore WHERE product_name <> 'DROP TABLE superstore; --'
==== quoted_identifiers | all
SELECT "region", SUM("sales") AS "Total Sales" FROM "superstore" GROUP BY "region" ORDER BY "region"
==== upper_case_table | all
SELECT COUNT(*) AS n FROM SUPERSTORE
==== default_schema~main | duckdb,sqlite
SELECT COUNT(*) AS n FROM main.superstore
==== default_schema~pg | postgres
SELECT COUNT(*) AS n FROM public.superstore
==== cross_tab | all
SELECT category,
       SUM(CASE WHEN region = 'West' THEN sales ELSE 0 END) AS west,
       SUM(CASE WHEN region = 'East' THEN sales ELSE 0 END) AS east
FROM superstore GROUP BY category ORDER BY category
==== discount_impact | all
SELECT discount, COUNT(*) AS n, AVG(profit) AS avg_profit FROM superstore GROUP BY discount ORDER BY discount
==== rollup | duckdb,postgres
SELECT region, category, SUM(quantity) AS units FROM superstore GROUP BY ROLLUP (region, category)
ORDER BY region NULLS FIRST, category NULLS FIRST
==== best_row_per_region~duck | duckdb
SELECT region, row_id FROM superstore
QUALIFY ROW_NUMBER() OVER (PARTITION BY region ORDER BY sales DESC, row_id) = 1 ORDER BY region
==== best_row_per_region | all
SELECT region, row_id FROM (
  SELECT region, row_id, ROW_NUMBER() OVER (PARTITION BY region ORDER BY sales DESC, row_id) AS rn FROM superstore
) t WHERE rn = 1 ORDER BY region
==== group_by_all~duck | duckdb
SELECT segment, SUM(sales) AS total FROM superstore GROUP BY ALL ORDER BY ALL
==== group_by_all | all
SELECT segment, SUM(sales) AS total FROM superstore GROUP BY segment ORDER BY segment, total
