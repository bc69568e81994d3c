--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11
-- Dumped by pg_dump version 14.11
-- pg_dump -s -n billing -h bill-pg-01.hxtel.local -U dba bill  (schema only)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET row_security = off;

CREATE SCHEMA billing;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

CREATE DOMAIN billing.msisdn_t AS character varying(11)
	CONSTRAINT msisdn_t_check CHECK (((VALUE)::text ~ '^1[3-9][0-9]{9}$'::text));
COMMENT ON DOMAIN billing.msisdn_t IS '手机号码, 11位; 测试数据请用 1XXXXXXXXXX 占位或 14-15 位非法号段';
CREATE DOMAIN billing.cert_no_t AS character varying(18)
	CONSTRAINT cert_no_t_check CHECK (((VALUE)::text ~ '^\d{17}[\dXx]$'::text));
CREATE DOMAIN billing.card_no_t AS character varying(19)
	CONSTRAINT card_no_t_check CHECK (((VALUE)::text ~ '^\d{16,19}$'::text));

CREATE TABLE billing.acct (
    acct_id bigint NOT NULL,
    cust_id bigint NOT NULL,
    acct_name character varying(128) DEFAULT ''::character varying NOT NULL,
    bill_msisdn billing.msisdn_t,
    bill_email character varying(128),
    bill_addr character varying(256),
    pay_method smallint DEFAULT 1 NOT NULL,
    credit_limit numeric(12,2) DEFAULT 0.00 NOT NULL,
    bill_cycle smallint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE billing.acct OWNER TO bill_owner;
COMMENT ON TABLE billing.acct IS '账户';
COMMENT ON COLUMN billing.acct.acct_id IS '账户ID';
COMMENT ON COLUMN billing.acct.cust_id IS '客户编号';
COMMENT ON COLUMN billing.acct.acct_name IS '账户名称（个人客户为本人姓名）';
COMMENT ON COLUMN billing.acct.bill_msisdn IS '账单接收手机号';
COMMENT ON COLUMN billing.acct.bill_email IS '电子账单邮箱';
COMMENT ON COLUMN billing.acct.bill_addr IS '纸质账单寄送地址';
COMMENT ON COLUMN billing.acct.pay_method IS '1-现金 2-银行代扣 3-第三方支付';
COMMENT ON COLUMN billing.acct.credit_limit IS '信用额度';
COMMENT ON COLUMN billing.acct.bill_cycle IS '出账日';

CREATE TABLE billing.acct_payment (
    pay_id bigint NOT NULL,
    acct_id bigint NOT NULL,
    pay_month character(6) NOT NULL,
    amount numeric(12,2) NOT NULL,
    channel character varying(16) NOT NULL,
    card_no billing.card_no_t,
    card_no_enc bytea,
    payer_name character varying(64),
    trade_no character varying(64),
    paid_at timestamp with time zone NOT NULL
)
PARTITION BY RANGE (pay_month);

ALTER TABLE billing.acct_payment OWNER TO bill_owner;
COMMENT ON TABLE billing.acct_payment IS '缴费流水(按月分区)';
COMMENT ON COLUMN billing.acct_payment.pay_id IS '缴费流水号';
COMMENT ON COLUMN billing.acct_payment.pay_month IS '账期 yyyymm';
COMMENT ON COLUMN billing.acct_payment.amount IS '金额(元)';
COMMENT ON COLUMN billing.acct_payment.channel IS 'WXPAY/ALIPAY/UNIONPAY/COUNTER/WITHHOLD';
COMMENT ON COLUMN billing.acct_payment.card_no IS '银行卡号(仅代扣; 应存 card_no_enc, 此列计划 2024Q3 删除)';
COMMENT ON COLUMN billing.acct_payment.card_no_enc IS 'pgp_sym_encrypt(card_no, key)';
COMMENT ON COLUMN billing.acct_payment.payer_name IS '付款人';
COMMENT ON COLUMN billing.acct_payment.trade_no IS '第三方交易号 如 4200002187202406110123456789';

CREATE TABLE billing.acct_payment_202401 PARTITION OF billing.acct_payment FOR VALUES FROM ('202401') TO ('202402');
CREATE TABLE billing.acct_payment_202402 PARTITION OF billing.acct_payment FOR VALUES FROM ('202402') TO ('202403');
CREATE TABLE billing.acct_payment_202403 PARTITION OF billing.acct_payment FOR VALUES FROM ('202403') TO ('202404');
CREATE TABLE billing.acct_payment_202404 PARTITION OF billing.acct_payment FOR VALUES FROM ('202404') TO ('202405');
CREATE TABLE billing.acct_payment_202405 PARTITION OF billing.acct_payment FOR VALUES FROM ('202405') TO ('202406');
CREATE TABLE billing.acct_payment_202406 PARTITION OF billing.acct_payment FOR VALUES FROM ('202406') TO ('202407');

CREATE TABLE billing.bill_detail (
    bill_id bigint NOT NULL,
    acct_id bigint NOT NULL,
    msisdn billing.msisdn_t NOT NULL,
    item_code integer NOT NULL,
    fee numeric(12,2) DEFAULT 0 NOT NULL,
    bill_month character(6) NOT NULL
)
PARTITION BY RANGE (bill_month);

ALTER TABLE billing.bill_detail OWNER TO bill_owner;
COMMENT ON TABLE billing.bill_detail IS '账单明细';
COMMENT ON COLUMN billing.bill_detail.msisdn IS '计费号码';
COMMENT ON COLUMN billing.bill_detail.item_code IS '科目编码 如 10001 月租 20013 国内流量';
COMMENT ON COLUMN billing.bill_detail.fee IS '费用';
COMMENT ON COLUMN billing.bill_detail.bill_month IS '账期';

CREATE TABLE billing.bill_detail_202401 PARTITION OF billing.bill_detail FOR VALUES FROM ('202401') TO ('202402');
CREATE TABLE billing.bill_detail_202402 PARTITION OF billing.bill_detail FOR VALUES FROM ('202402') TO ('202403');
CREATE TABLE billing.bill_detail_202403 PARTITION OF billing.bill_detail FOR VALUES FROM ('202403') TO ('202404');
CREATE TABLE billing.bill_detail_202404 PARTITION OF billing.bill_detail FOR VALUES FROM ('202404') TO ('202405');
CREATE TABLE billing.bill_detail_202405 PARTITION OF billing.bill_detail FOR VALUES FROM ('202405') TO ('202406');
CREATE TABLE billing.bill_detail_202406 PARTITION OF billing.bill_detail FOR VALUES FROM ('202406') TO ('202407');

CREATE TABLE billing.invoice_title (
    title_id bigint NOT NULL,
    acct_id bigint NOT NULL,
    title_type smallint NOT NULL,
    title_name character varying(200) NOT NULL,
    tax_no character varying(20),
    recv_email character varying(128),
    recv_phone billing.msisdn_t
);

ALTER TABLE billing.invoice_title OWNER TO bill_owner;
COMMENT ON TABLE billing.invoice_title IS '发票抬头';
COMMENT ON COLUMN billing.invoice_title.title_type IS '1-个人 2-单位';
COMMENT ON COLUMN billing.invoice_title.title_name IS '抬头(个人为姓名)';
COMMENT ON COLUMN billing.invoice_title.tax_no IS '统一社会信用代码/纳税人识别号';
COMMENT ON COLUMN billing.invoice_title.recv_email IS '电子发票接收邮箱';
COMMENT ON COLUMN billing.invoice_title.recv_phone IS '接收手机';

ALTER TABLE ONLY billing.acct ADD CONSTRAINT acct_pkey PRIMARY KEY (acct_id);
CREATE INDEX idx_acct_bill_msisdn ON billing.acct USING btree (bill_msisdn);
CREATE INDEX idx_payment_trade_no ON ONLY billing.acct_payment USING btree (trade_no);

CREATE SEQUENCE billing.pay_id_seq START WITH 10480783752 INCREMENT BY 1 CACHE 1000;
CREATE SEQUENCE billing.bill_id_seq START WITH 100000000000001 INCREMENT BY 1 CACHE 500;

CREATE FUNCTION billing.mask_msisdn(p text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN p ~ '^1\d{10}$' THEN substr(p,1,3) || '****' || substr(p,8,4) ELSE p END $$;
CREATE FUNCTION billing.mask_card(p text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT regexp_replace(p, '^(\d{6})\d+(\d{4})$', '\1******\2') $$;

ALTER TABLE billing.acct ENABLE ROW LEVEL SECURITY;
CREATE POLICY acct_tenant_isolation ON billing.acct USING ((cust_id / '10000000000'::bigint) = (current_setting('hx.tenant'::text))::bigint);
CREATE VIEW billing.v_acct_masked AS
 SELECT acct_id, cust_id, (left(acct_name, 1) || '**'::text) AS acct_name, billing.mask_msisdn((bill_msisdn)::text) AS bill_msisdn,
    regexp_replace((bill_email)::text, '^(.).*@'::text, '\1***@'::text) AS bill_email
   FROM billing.acct;

GRANT SELECT ON TABLE billing.v_acct_masked TO bill_ro;
GRANT SELECT ON TABLE billing.v_acct_masked TO bill_report;
GRANT SELECT ON TABLE billing.v_acct_masked TO dw_sync;
REVOKE ALL ON TABLE billing.acct_payment FROM PUBLIC;

--
-- PostgreSQL database dump complete
--
