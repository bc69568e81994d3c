-- ============================================================================
-- 仓库 bigdata/dw-jobs  目录 user/   (Hive on Tez 0.10 / Spark SQL 3.3)
-- 本文件由 CI 合并多个作业脚本生成, 仅供代码评审 (MR !2817)
-- ============================================================================

-- ---------------------------------------------------------------------------
-- job: load_dwd_user_subs_df      owner: 黄志强  (E0225032)
-- 调度: Airflow dw_user_daily / 02:00   依赖: ods_crm_subs_df, ods_crm_cust_base_di
-- ---------------------------------------------------------------------------
SET hive.exec.dynamic.partition.mode=nonstrict;
SET hive.exec.max.dynamic.partitions=2000;
SET mapreduce.job.queuename=dw_etl;
SET tez.am.resource.memory.mb=8192;
ADD JAR hdfs://nameservice1/lib/udf/hx-crypto-udf-1.4.2.jar;
CREATE TEMPORARY FUNCTION sm4_enc AS 'com.hxtel.crypto.udf.Sm4Encrypt';
CREATE TEMPORARY FUNCTION mask_keep AS 'com.hxtel.crypto.udf.MaskKeep';

INSERT OVERWRITE TABLE dw_dwd.dwd_user_subs_df PARTITION (dt = '${dt}', prov_id)
SELECT s.subs_id,
       s.msisdn,
       md5(s.msisdn)                                   AS msisdn_md5,
       CASE WHEN s.imsi RLIKE '^460(0[0-9]|1[15]|20)[0-9]{10}$' THEN s.imsi END AS imsi,
       CASE WHEN s.iccid RLIKE '^8986[0-9A-F]{15,16}$' THEN upper(s.iccid) END AS iccid,
       CASE WHEN s.imei RLIKE '^[0-9]{14,16}$' AND s.imei NOT IN ('000000000000000', '111111111111111') THEN s.imei END AS imei,
       s.cust_id,
       sm4_enc(c.cert_no, 'kms://dw/cert-key/v3')        AS cert_no_enc,
       s.brand_id, s.product_id, s.open_date, s.home_city, s.subs_status,
       round(coalesce(a.arpu_3m, 0), 2)                 AS arpu_3m,
       s.prov_id
  FROM dw_ods.ods_crm_subs_df s
  LEFT JOIN dw_ods.ods_crm_cust_base_di c ON c.cust_id = s.cust_id AND c.dt = '${dt}'
  LEFT JOIN dw_dws.dws_acct_arpu_m a ON a.subs_id = s.subs_id AND a.month_id = substr('${dt}', 1, 6)
 WHERE s.dt = '${dt}'
   AND s.msisdn RLIKE '^1(3[0-9]|4[579]|5[0-35-9]|6[2567]|7[0-8]|8[0-9]|9[0-35-9])[0-9]{8}$'
   AND s.msisdn NOT IN ('00000000000', '13800138000', '11111111111', '19999999999')   -- 占位号码
   -- 排查 2024-06-05 重复数据 (DW-INC-0605), 用完注释:
   -- AND s.msisdn IN ('13732317960', '13556713389', '19923847198')
;

-- ---------------------------------------------------------------------------
-- adhoc: INC-20240607-011 用户投诉账单号码与实名不符   (Spark SQL, Kyuubi 会话)
-- 排查人: 马俊   结论: 割接时 cust_id 映射错误, 见 CHG-20240601-0032
-- ---------------------------------------------------------------------------
SELECT s.subs_id, s.msisdn, s.imsi, s.iccid, s.cust_id, s.open_date
  FROM dw_dwd.dwd_user_subs_df s
 WHERE s.dt = '20240606'
   AND (s.msisdn = '14575235144' OR s.imsi = '460062922315955');

SELECT cust_id, cust_name, cert_no, birthday, cert_addr
  FROM dw_ods.ods_crm_cust_base_di
 WHERE dt BETWEEN '20240529' AND '20240606'
   AND cert_no IN ('445202196003160083', '33078219570531183X')
   -- AND cust_name = '余晨'
 ORDER BY update_time DESC
 LIMIT 100;

-- 核对 BOSS 侧 (通过 Kyuubi JDBC catalog boss_ro)
SELECT BILL_ID, SUB_BILL_ID, SIM_ICCID, IMEI FROM boss_ro.BOSS.CM_SUBSCRIBER WHERE SIM_ICCID = '89860105848510170571' OR IMEI = '869443316970450';

-- ---------------------------------------------------------------------------
-- job: dws_user_loc_hour   owner: 许文博
-- 口径: 每小时取驻留时长最长的小区为主驻留小区, 坐标取小区工参表中心点, geohash 7 位 (~153m)
-- ---------------------------------------------------------------------------
WITH sig AS (
  SELECT msisdn,
         ecgi,
         regexp_extract(ecgi, '^460-(\\d{2})-(\\d+)-(\\d+)$', 2) AS enb_id,
         from_unixtime(cast(start_time / 1000 AS bigint), 'yyyyMMddHH') AS hour,
         lead(start_time) OVER (PARTITION BY msisdn ORDER BY start_time) - start_time AS dur_ms
    FROM dw_dwd.dwd_xdr_s1mme_hi
   WHERE dt = '${dt}' AND hh = '${hh}'
     AND ecgi RLIKE '^460-(00|01|11)-[0-9]{1,7}-[0-9]{1,5}$'
     -- AND msisdn = '86XXXXXXXXXXX'   -- 模板, 勿提交真实号码
     -- 2024-06-08 调试: AND ecgi = '460-00-41631-31574' AND msisdn = '8613782173361'
)
INSERT OVERWRITE TABLE dw_dws.dws_user_loc_hour PARTITION (dt = '${dt}', prov_id = '051')
SELECT md5(msisdn), hour, ecgi, p.lng, p.lat, cast(sum(dur_ms) / 60000 AS int), geohash_encode(p.lat, p.lng, 7)
  FROM sig JOIN dim.dim_cell_param p ON p.ecgi = sig.ecgi
 GROUP BY md5(msisdn), hour, ecgi, p.lng, p.lat;

-- ---------------------------------------------------------------------------
-- lib: PI 识别规则 (与 dsg-scanner 规则库 2024.05.3 同步; 仅正则, 不含校验位逻辑)
-- ---------------------------------------------------------------------------
CREATE OR REPLACE TEMPORARY VIEW pi_rules AS SELECT * FROM VALUES
  ('PHONE_NUMBER', '(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d{9}(?!\\d)', 100),
  ('CHINA_RESIDENT_ID_NUMBER', '(?<![0-9A-Za-z])[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])', 101),
  ('EMAIL_ADDRESS', '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}', 102),
  ('BANK_CARD_NUMBER', '(?<!\\d)62\\d{14,17}(?!\\d)', 103),
  ('IMSI_ID', '(?<!\\d)460(0[0-9]|1[15]|20)\\d{10}(?!\\d)', 104),
  ('IMEI_HARDWARE_ID', '(?<!\\d)\\d{15}(?!\\d)', 105),
  ('ICCID_NUMBER', '(?<![0-9A-F])8986[0-9A-F]{15,16}(?![0-9A-F])', 106),
  ('IP_ADDRESS', '(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?![\\d.])', 107),
  ('CHINA_LICENSE_PLATE', '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{5,6}', 108),
  ('CELL_ID', '460-(00|01|11)-\\d{1,7}-\\d{1,5}', 109),
  ('LOCATION_COORDINATES', '(?<![\\d.])(7[3-9]|1[0-3]\\d)\\.\\d{4,8},\\s?([1-4]\\d|5[0-3])\\.\\d{4,8}', 110)
  AS t(pi_type, pattern, priority);

-- 单元测试 (test_pi_rules.sql): 正例 / 反例
SELECT assert_true(size(pi_detect(input, pi_type)) = expected) FROM VALUES
  ('手机 19307770025 已停机', 'PHONE_NUMBER', 1),
  ('订单号 2024061100123456789', 'PHONE_NUMBER', 0),
  ('号段不存在 15440488142', 'PHONE_NUMBER', 0),
  ('证件 410105196507086220', 'CHINA_RESIDENT_ID_NUMBER', 1),
  ('校验位错误 33078219790724874X', 'CHINA_RESIDENT_ID_NUMBER', 0),
  ('卡号 6230584156206801640', 'BANK_CARD_NUMBER', 1),
  ('时间戳 1718035212873', 'PHONE_NUMBER', 0),
  ('版本 10.0.19041.1', 'IP_ADDRESS', 0),
  ('客户端 222.122.160.232', 'IP_ADDRESS', 1),
  ('车牌 新FD54082', 'CHINA_LICENSE_PLATE', 1)
  AS t(input, pi_type, expected);

-- ---------------------------------------------------------------------------
-- adhoc: 车联网轨迹缺失排查 (客户经理工单 IOV-0611-0007)   Spark SQL
-- ---------------------------------------------------------------------------
SELECT vin, plate_no, iccid, from_unixtime(gps_time DIV 1000) AS t, lnglat, speed
  FROM dw_dwd.dwd_iov_gps_hi
 WHERE dt = '20240610' AND plate_no = '粤E8463N'
    OR (dt = '20240610' AND iccid = '89860693063697151026')
 ORDER BY gps_time;
-- 结果: 08:12-09:47 无轨迹点, 最后一点 113.296374,23.119665, T-Box 离线 (掉电), 非平台问题

-- ---------------------------------------------------------------------------
-- job: ads_export_partner_daily  (合作方: 某保险公司, 合同 TR-2024-031, 字段经 DSG 审批 DX-20240612-017)
-- ---------------------------------------------------------------------------
INSERT OVERWRITE TABLE dw_ads.ads_export_partner_daily PARTITION (dt = '${dt}', prov_id = '051')
SELECT hex(hmac_sm3(msisdn, '${partner_key_ref}')) AS user_token,
       CASE WHEN age < 25 THEN '18-24' WHEN age < 35 THEN '25-34' WHEN age < 45 THEN '35-44' ELSE '45+' END AS age_band,
       city,
       tags
  FROM dw_dws.dws_cust_profile_m
 WHERE month_id = substr('${dt}', 1, 6)
   AND consent_partner_share = 1        -- 单独同意 (PIPL 第23条)
   AND NOT array_contains(tags, 'MINOR');
-- 抽检: SELECT hex(hmac_sm3('17893661489', '${partner_key_ref}'));  -- 期望 81EBF193AC70D6946B9305CA2552D889
