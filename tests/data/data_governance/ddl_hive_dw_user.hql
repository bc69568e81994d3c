-- =====================================================================
-- 数仓 用户域 建表脚本 (Hive 3.1.3 / Spark 3.3 兼容)
-- 仓库: git@gitlab.hxtel.local:bigdata/dw-ddl.git  路径: user/  tag: release-2024.06.2
-- 规范: 表名 {层}_{域}_{主题}_{d|h|m}{i|f}; 分区 dt=yyyyMMdd, prov_id=3位省编码(011 北京, 031 上海, 051 广东)
-- 敏感字段必须在 TBLPROPERTIES 'pi.columns' 中登记, 由 dsg-scanner 每日核对 COMMENT 与登记是否一致
-- =====================================================================

SET hive.exec.dynamic.partition=true;
SET hive.exec.dynamic.partition.mode=nonstrict;

DROP TABLE IF EXISTS dw_ods.ods_crm_cust_base_di;
CREATE EXTERNAL TABLE IF NOT EXISTS dw_ods.ods_crm_cust_base_di (
  `cust_id` bigint COMMENT '客户编号',
  `cust_name` string COMMENT '客户姓名',
  `cert_type` string COMMENT '证件类型',
  `cert_no` string COMMENT '证件号码(明文, 仅 ods 层, 7天生命周期)',
  `birthday` string COMMENT '出生日期 yyyy-MM-dd',
  `gender` string COMMENT '性别',
  `cert_addr` string COMMENT '证件地址',
  `status` string COMMENT '客户状态',
  `create_time` string COMMENT '创建时间',
  `update_time` string COMMENT '更新时间',
  `op_type` string COMMENT 'I/U/D'
) COMMENT 'CRM 客户基本信息日增量'
PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd', `prov_id` string COMMENT '省份编码')
ROW FORMAT DELIMITED FIELDS TERMINATED BY '\001' LINES TERMINATED BY '\n' NULL DEFINED AS '\\N'
STORED AS TEXTFILE
LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di'
TBLPROPERTIES (
  'serialization.encoding'='UTF-8',
  'lifecycle'='7',
  'owner'='dw_etl',
  'sensitive.level'='L4',
  'pi.columns'='cust_name:PERSON_NAME,cert_no:CHINA_RESIDENT_ID_NUMBER,birthday:DATE_OF_BIRTH,cert_addr:STREET_ADDRESS',
  'numRows'='1870544154',
  'rawDataSize'='12244278779',
  'totalSize'='52196861926',
  'numFiles'='1367',
  'transient_lastDdlTime'='1717649335');

DROP TABLE IF EXISTS dw_ods.ods_crm_cust_contact_di;
CREATE EXTERNAL TABLE IF NOT EXISTS dw_ods.ods_crm_cust_contact_di (
  `contact_id` bigint COMMENT '联系人ID',
  `cust_id` bigint COMMENT '客户编号',
  `contact_name` string COMMENT '联系人姓名',
  `contact_phone` string COMMENT '联系电话',
  `contact_email` string COMMENT '邮箱',
  `mail_addr` string COMMENT '邮寄地址',
  `zip_code` string COMMENT '邮编'
) COMMENT 'CRM 联系人日增量'
PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd', `prov_id` string COMMENT '省份编码')
ROW FORMAT DELIMITED FIELDS TERMINATED BY '\001' LINES TERMINATED BY '\n' NULL DEFINED AS '\\N'
STORED AS TEXTFILE
LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_contact_di'
TBLPROPERTIES (
  'serialization.encoding'='UTF-8',
  'lifecycle'='7',
  'owner'='dw_etl',
  'sensitive.level'='L4',
  'pi.columns'='contact_name:PERSON_NAME,contact_phone:PHONE_NUMBER,contact_email:EMAIL_ADDRESS,mail_addr:STREET_ADDRESS',
  'numRows'='53511739',
  'rawDataSize'='16091102086',
  'totalSize'='3934366490',
  'numFiles'='3877',
  'transient_lastDdlTime'='1717632704');

DROP TABLE IF EXISTS dw_dwd.dwd_user_subs_df;
CREATE TABLE IF NOT EXISTS dw_dwd.dwd_user_subs_df (
  `subs_id` bigint COMMENT '用户实例ID',
  `msisdn` string COMMENT '手机号码',
  `msisdn_md5` string COMMENT '手机号码MD5(32位小写)',
  `imsi` string COMMENT 'IMSI',
  `iccid` string COMMENT 'ICCID',
  `imei` string COMMENT '最近注册IMEI',
  `cust_id` bigint COMMENT '客户编号',
  `cert_no_enc` string COMMENT '证件号SM4密文(base64)',
  `brand_id` int COMMENT '品牌',
  `product_id` int COMMENT '主套餐',
  `open_date` string COMMENT '开户日期',
  `home_city` string COMMENT '归属地市',
  `subs_status` string COMMENT '状态',
  `arpu_3m` decimal(12,2) COMMENT '近3月ARPU'
) COMMENT '用户号码实例全量快照（明细, 已加密字段见 *_enc）'
PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd', `prov_id` string COMMENT '省份编码')
STORED AS ORC
LOCATION 'hdfs://nameservice1/warehouse/dw_dwd.db/dwd_user_subs_df'
TBLPROPERTIES (
  'orc.compress'='ZSTD',
  'lifecycle'='180',
  'owner'='dw_etl',
  'sensitive.level'='L4',
  'pi.columns'='msisdn:PHONE_NUMBER,imsi:IMSI_ID,iccid:ICCID_NUMBER,imei:IMEI_HARDWARE_ID',
  'numRows'='2653606880',
  'rawDataSize'='11184412017',
  'totalSize'='9797702894',
  'numFiles'='3540',
  'transient_lastDdlTime'='1717739563');

DROP TABLE IF EXISTS dw_dwd.dwd_xdr_s1mme_hi;
CREATE TABLE IF NOT EXISTS dw_dwd.dwd_xdr_s1mme_hi (
  `start_time` bigint COMMENT '开始时间(ms)',
  `procedure_type` int COMMENT '流程类型 1-attach 2-TAU 5-service request',
  `imsi` string COMMENT 'IMSI',
  `imei` string COMMENT 'IMEI(SV)',
  `msisdn` string COMMENT 'MSISDN(含86)',
  `ecgi` string COMMENT '小区标识 ECGI = MCC-MNC-eNBID-CellID',
  `tac` string COMMENT '跟踪区码',
  `mme_ue_s1ap_id` bigint COMMENT '',
  `cause` int COMMENT '失败原因码'
) COMMENT 'S1-MME 信令明细（小时分区）'
PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd', `hh` string COMMENT '小时 00-23', `prov_id` string COMMENT '省份编码')
STORED AS ORC
LOCATION 'hdfs://nameservice1/warehouse/dw_dwd.db/dwd_xdr_s1mme_hi'
TBLPROPERTIES (
  'orc.compress'='ZSTD',
  'lifecycle'='90',
  'owner'='dw_etl',
  'sensitive.level'='L4',
  'pi.columns'='imsi:IMSI_ID,imei:IMEI_HARDWARE_ID,msisdn:PHONE_NUMBER,ecgi:CELL_ID',
  'numRows'='1003853512',
  'rawDataSize'='15475921741',
  'totalSize'='55972241545',
  'numFiles'='1865',
  'transient_lastDdlTime'='1717707144');

DROP TABLE IF EXISTS dw_dwd.dwd_xdr_http_hi;
CREATE TABLE IF NOT EXISTS dw_dwd.dwd_xdr_http_hi (
  `msisdn` string COMMENT 'MSISDN',
  `ue_ipv4` string COMMENT '终端 IPv4',
  `ue_ipv6` string COMMENT '终端 IPv6',
  `host` string COMMENT '访问域名',
  `uri_hash` string COMMENT 'URI 哈希',
  `ul_bytes` bigint COMMENT '上行字节',
  `dl_bytes` bigint COMMENT '下行字节',
  `ecgi` string COMMENT '小区'
) COMMENT '用户面 HTTP 会话明细'
PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd', `hh` string COMMENT '小时 00-23', `prov_id` string COMMENT '省份编码')
STORED AS ORC
LOCATION 'hdfs://nameservice1/warehouse/dw_dwd.db/dwd_xdr_http_hi'
TBLPROPERTIES (
  'orc.compress'='ZSTD',
  'lifecycle'='400',
  'owner'='dw_etl',
  'sensitive.level'='L4',
  'pi.columns'='msisdn:PHONE_NUMBER,ue_ipv4:IP_ADDRESS,ue_ipv6:IP_ADDRESS,ecgi:CELL_ID',
  'numRows'='2109350721',
  'rawDataSize'='10277578199',
  'totalSize'='80305694842',
  'numFiles'='3588',
  'transient_lastDdlTime'='1717014475');

DROP TABLE IF EXISTS dw_dws.dws_user_loc_hour;
CREATE TABLE IF NOT EXISTS dw_dws.dws_user_loc_hour (
  `msisdn_md5` string COMMENT '手机号MD5',
  `hour` string COMMENT '小时 yyyyMMddHH',
  `main_ecgi` string COMMENT '主驻留小区',
  `lng` double COMMENT '经度',
  `lat` double COMMENT '纬度',
  `stay_min` int COMMENT '驻留分钟',
  `geohash7` string COMMENT 'geohash 7位'
) COMMENT '用户小时级驻留位置（C1 位置, L4）'
PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd', `hh` string COMMENT '小时 00-23', `prov_id` string COMMENT '省份编码')
STORED AS ORC
LOCATION 'hdfs://nameservice1/warehouse/dw_dws.db/dws_user_loc_hour'
TBLPROPERTIES (
  'orc.compress'='ZSTD',
  'lifecycle'='180',
  'owner'='dw_etl',
  'sensitive.level'='L4',
  'pi.columns'='main_ecgi:CELL_ID,lng:LOCATION_COORDINATES,lat:LOCATION_COORDINATES',
  'numRows'='879843544',
  'rawDataSize'='12845588522',
  'totalSize'='63119926422',
  'numFiles'='2310',
  'transient_lastDdlTime'='1717398538');

DROP TABLE IF EXISTS dw_dws.dws_cust_profile_m;
CREATE TABLE IF NOT EXISTS dw_dws.dws_cust_profile_m (
  `cust_id` bigint COMMENT '',
  `age_band` string COMMENT '年龄段 18-24/25-34/...',
  `gender` string COMMENT '',
  `home_district` string COMMENT '常住区县(到区县, 不含详细地址)',
  `work_district` string COMMENT '工作地区县',
  `term_brand` string COMMENT '终端品牌',
  `arpu_band` string COMMENT '',
  `churn_score` double COMMENT '离网概率'
) COMMENT '客户画像月表'
PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd', `prov_id` string COMMENT '省份编码')
STORED AS ORC
LOCATION 'hdfs://nameservice1/warehouse/dw_dws.db/dws_cust_profile_m'
TBLPROPERTIES (
  'orc.compress'='ZSTD',
  'lifecycle'='180',
  'owner'='dw_etl',
  'sensitive.level'='L2',
  'pi.columns'='',
  'numRows'='1516703019',
  'rawDataSize'='12623722403',
  'totalSize'='7540808645',
  'numFiles'='3805',
  'transient_lastDdlTime'='1717959496');

DROP TABLE IF EXISTS dw_ads.ads_export_partner_daily;
CREATE TABLE IF NOT EXISTS dw_ads.ads_export_partner_daily (
  `user_token` string COMMENT 'HMAC-SM3(msisdn, partner_key) 十六进制',
  `age_band` string COMMENT '',
  `city` string COMMENT '城市',
  `tags` array<string> COMMENT '标签'
) COMMENT '合作方日导出(已脱敏, token 化)'
PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd', `prov_id` string COMMENT '省份编码')
STORED AS ORC
LOCATION 'hdfs://nameservice1/warehouse/dw_ads.db/ads_export_partner_daily'
TBLPROPERTIES (
  'orc.compress'='ZSTD',
  'lifecycle'='90',
  'owner'='dw_etl',
  'sensitive.level'='L2',
  'pi.columns'='',
  'numRows'='2069314122',
  'rawDataSize'='10013430671',
  'totalSize'='76857163985',
  'numFiles'='1855',
  'transient_lastDdlTime'='1717260440');

DROP TABLE IF EXISTS dw_dwd.dwd_iov_gps_hi;
CREATE TABLE IF NOT EXISTS dw_dwd.dwd_iov_gps_hi (
  `vin` string COMMENT '车架号',
  `plate_no` string COMMENT '车牌号',
  `iccid` string COMMENT 'T-Box ICCID',
  `gps_time` bigint COMMENT '定位时间(ms)',
  `lnglat` string COMMENT '经度,纬度',
  `speed` double COMMENT 'km/h'
) COMMENT '车联网轨迹点'
PARTITIONED BY (`dt` string COMMENT '日期 yyyyMMdd', `hh` string COMMENT '小时 00-23', `prov_id` string COMMENT '省份编码')
STORED AS ORC
LOCATION 'hdfs://nameservice1/warehouse/dw_dwd.db/dwd_iov_gps_hi'
TBLPROPERTIES (
  'orc.compress'='ZSTD',
  'lifecycle'='400',
  'owner'='dw_etl',
  'sensitive.level'='L4',
  'pi.columns'='plate_no:CHINA_LICENSE_PLATE,iccid:ICCID_NUMBER,lnglat:LOCATION_COORDINATES',
  'numRows'='906409524',
  'rawDataSize'='11131864598',
  'totalSize'='57652956313',
  'numFiles'='1375',
  'transient_lastDdlTime'='1717134955');

-- 补分区 (历史回刷, 工单 DW-20240608-0031)
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240601', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240601/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240601', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240601/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240601', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240601/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240601', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240601/prov_id=059';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240602', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240602/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240602', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240602/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240602', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240602/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240602', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240602/prov_id=059';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240603', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240603/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240603', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240603/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240603', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240603/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240603', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240603/prov_id=059';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240604', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240604/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240604', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240604/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240604', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240604/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240604', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240604/prov_id=059';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240605', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240605/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240605', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240605/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240605', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240605/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240605', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240605/prov_id=059';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240606', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240606/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240606', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240606/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240606', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240606/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240606', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240606/prov_id=059';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240607', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240607/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240607', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240607/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240607', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240607/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240607', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240607/prov_id=059';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240608', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240608/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240608', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240608/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240608', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240608/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240608', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240608/prov_id=059';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240609', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240609/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240609', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240609/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240609', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240609/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240609', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240609/prov_id=059';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240610', prov_id='011') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240610/prov_id=011';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240610', prov_id='031') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240610/prov_id=031';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240610', prov_id='051') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240610/prov_id=051';
ALTER TABLE dw_ods.ods_crm_cust_base_di ADD IF NOT EXISTS PARTITION (dt='20240610', prov_id='059') LOCATION 'hdfs://nameservice1/warehouse/dw_ods.db/ods_crm_cust_base_di/dt=20240610/prov_id=059';

MSCK REPAIR TABLE dw_dwd.dwd_xdr_s1mme_hi;
ALTER TABLE dw_dwd.dwd_xdr_http_hi DROP IF EXISTS PARTITION (dt<'20240511');
ANALYZE TABLE dw_dwd.dwd_user_subs_df PARTITION (dt='20240610', prov_id='051') COMPUTE STATISTICS FOR COLUMNS msisdn, imsi, iccid;

-- 列级权限 (Ranger 策略 id 1187 同步): 明文列仅 role_dw_pi_reader 可读
-- ranger mask: msisdn         -> MASK_HASH
-- ranger mask: imsi           -> MASK_NULL
-- ranger mask: iccid          -> MASK_HASH
-- ranger mask: imei           -> MASK_SHOW_LAST_4
-- ranger mask: cert_no        -> MASK_NULL
-- ranger mask: cust_name      -> MASK_NULL
-- ranger mask: cert_addr      -> MASK_HASH
-- ranger mask: contact_phone  -> MASK_HASH
-- ranger mask: lnglat         -> CUSTOM: udf.mask_keep(lnglat,3,4)
-- ranger mask: plate_no       -> MASK_NULL
