-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: crm-db-m01.gz.hxtel.local    Database: crm_user
-- ------------------------------------------------------
-- Server version	8.0.36-28
-- 导出方式: mysqldump --no-data --routines --triggers --set-gtid-purged=OFF (仅结构, 不含数据)
-- 导出时间: 2024-06-11 02:00:13   变更单: DBA-20240610-0415   敏感级别: 表结构 L2 (字段注释含 PI 字段名)

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;

--
-- Table structure for table `t_cust_base`
--

DROP TABLE IF EXISTS `t_cust_base`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_cust_base` (
  `cust_id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '客户编号(13位, 前8位为建档日期)',
  `cust_name` varchar(64) NOT NULL DEFAULT '' COMMENT '客户姓名（实名登记姓名）',
  `cust_name_py` varchar(128) DEFAULT NULL COMMENT '姓名拼音, 大写, 姓在前, 如 ZHANG SAN',
  `cust_type` char(1) NOT NULL DEFAULT '1' COMMENT '客户类型 1-个人 2-政企 3-测试',
  `cert_type` char(2) NOT NULL DEFAULT '01' COMMENT '证件类型 01-居民身份证 02-护照 03-港澳居民来往内地通行证 04-台湾居民来往大陆通行证 05-军官证 11-港澳台居民居住证',
  `cert_no` varchar(32) NOT NULL DEFAULT '' COMMENT '证件号码（身份证号18位, 末位可为X; 示例 110101********1234）',
  `cert_no_enc` varbinary(64) DEFAULT NULL COMMENT '证件号码 SM4-CBC 密文',
  `cert_no_hash` char(64) DEFAULT NULL COMMENT 'SM3(证件号码+盐), 用于关联查询',
  `cert_addr` varchar(256) DEFAULT NULL COMMENT '证件地址（身份证住址, 省市区+详细地址）',
  `cert_expire` date NOT NULL DEFAULT '2099-12-31' COMMENT '证件有效期, 长期有效填 2099-12-31',
  `birthday` date NOT NULL DEFAULT '1900-01-01' COMMENT '出生日期(由身份证号第7-14位解析), 未知填 1900-01-01',
  `gender` tinyint NOT NULL DEFAULT '0' COMMENT '性别 0-未知 1-男 2-女 (身份证第17位奇男偶女)',
  `nation` varchar(16) DEFAULT '汉族' COMMENT '民族',
  `cust_level` tinyint NOT NULL DEFAULT '3' COMMENT '客户星级 1-7',
  `credit_score` smallint NOT NULL DEFAULT '600' COMMENT '信用分 350-950',
  `status` char(2) NOT NULL DEFAULT '10' COMMENT '10-正常 20-冻结 30-注销 40-黑名单',
  `tenant_id` int NOT NULL DEFAULT '200' COMMENT '租户/省公司编码 200-广东',
  `create_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT '创建时间',
  `update_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT '更新时间',
  PRIMARY KEY (`cust_id`),
  UNIQUE KEY `uk_cert` (`cert_type`,`cert_no_hash`),
  KEY `idx_name` (`cust_name`),
  KEY `idx_update` (`update_time`),
  CONSTRAINT `chk_cert_no` CHECK (((`cert_type` <> _utf8mb4'01') or regexp_like(`cert_no`,_utf8mb4'^[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]$')))
) ENGINE=InnoDB AUTO_INCREMENT=14257554532 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='客户基本信息表（A1类 个人身份信息, 敏感级别 L4）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_cust_contact`
--

DROP TABLE IF EXISTS `t_cust_contact`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_cust_contact` (
  `contact_id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '联系人记录ID',
  `cust_id` bigint unsigned NOT NULL COMMENT '客户编号',
  `contact_name` varchar(64) NOT NULL DEFAULT '' COMMENT '联系人姓名',
  `relation` tinyint NOT NULL DEFAULT '1' COMMENT '与客户关系 1-本人 2-配偶 3-子女 4-父母 5-其他; 紧急联系人见 is_emergency',
  `contact_phone` varchar(20) NOT NULL DEFAULT '1XXXXXXXXXX' COMMENT '联系电话（手机11位, 或固话 区号-号码, 如 020-8XXXXXXX）',
  `contact_phone2` varchar(20) DEFAULT NULL COMMENT '备用电话',
  `contact_email` varchar(128) DEFAULT NULL COMMENT '电子邮箱, 如 zhangsan@example.com',
  `mail_addr` varchar(256) DEFAULT NULL COMMENT '邮寄地址（账单/发票寄送）',
  `zip_code` char(6) NOT NULL DEFAULT '000000' COMMENT '邮编',
  `is_emergency` tinyint(1) NOT NULL DEFAULT '0' COMMENT '是否紧急联系人',
  `is_default` tinyint(1) NOT NULL DEFAULT '0' COMMENT '是否默认',
  `create_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT '创建时间',
  `update_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT '更新时间',
  PRIMARY KEY (`contact_id`),
  KEY `idx_cust` (`cust_id`),
  KEY `idx_phone` (`contact_phone`)
) ENGINE=InnoDB AUTO_INCREMENT=62651350 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='客户联系人表（A1, L4）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_subs_instance`
--

DROP TABLE IF EXISTS `t_subs_instance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_subs_instance` (
  `subs_id` bigint unsigned NOT NULL COMMENT '用户(号码)实例ID',
  `cust_id` bigint unsigned NOT NULL COMMENT '客户编号',
  `msisdn` char(11) NOT NULL DEFAULT '00000000000' COMMENT '手机号码 MSISDN（11位, 不含国家码 86）',
  `imsi` char(15) DEFAULT NULL COMMENT '国际移动用户识别码 IMSI = 460 + MNC(00/02/04/07/08) + MSIN, 例 46000XXXXXXXXXX',
  `iccid` varchar(20) DEFAULT NULL COMMENT 'SIM卡 ICCID (8986 开头, 19/20位)',
  `imei` varchar(16) DEFAULT NULL COMMENT '最近注册终端 IMEI(15位, Luhn) / IMEISV(16位)',
  `meid` varchar(14) DEFAULT NULL COMMENT 'CDMA 终端 MEID(14位十六进制)',
  `brand_id` smallint NOT NULL DEFAULT '1' COMMENT '品牌 1-全球通 2-动感地带 3-神州行 9-物联网',
  `product_id` int NOT NULL COMMENT '主套餐ID',
  `open_date` date NOT NULL COMMENT '开户日期',
  `region_code` char(4) NOT NULL DEFAULT '0200' COMMENT '地市编码 0200-广州 0755-深圳',
  `home_city` varchar(32) DEFAULT NULL COMMENT '号码归属地（如 广东广州）',
  `subs_status` char(2) NOT NULL DEFAULT '00' COMMENT '00-正常 01-单停 02-双停 09-销户',
  `realname_flag` tinyint(1) NOT NULL DEFAULT '0' COMMENT '实名制登记 0-未登记 1-已登记 2-待补登',
  `create_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT '创建时间',
  `update_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT '更新时间',
  PRIMARY KEY (`subs_id`),
  UNIQUE KEY `uk_msisdn` (`msisdn`,`subs_status`),
  KEY `idx_imsi` (`imsi`),
  KEY `idx_iccid` (`iccid`),
  CONSTRAINT `chk_msisdn` CHECK (regexp_like(`msisdn`,_utf8mb4'^1(3[0-9]|4[579]|5[0-35-9]|6[2567]|7[0-8]|8[0-9]|9[0-35-9])[0-9]{8}$')),
  CONSTRAINT `chk_imsi` CHECK ((`imsi` is null) or regexp_like(`imsi`,_utf8mb4'^460(0[0-9]|1[15]|20)[0-9]{10}$'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='用户号码实例表（A1/C2, L4）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_realname_audit`
--

DROP TABLE IF EXISTS `t_realname_audit`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_realname_audit` (
  `audit_id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '审核流水',
  `subs_id` bigint unsigned NOT NULL COMMENT '用户实例ID',
  `cert_photo_url` varchar(512) DEFAULT NULL COMMENT '证件照片 OSS 地址 oss://realname-gz/yyyy/mm/dd/{audit_id}_front.jpg',
  `live_photo_url` varchar(512) DEFAULT NULL COMMENT '现场人像照片地址',
  `face_score` decimal(5,2) DEFAULT NULL COMMENT '人证比对分(0-100), 阈值 78.50',
  `operator_id` varchar(16) NOT NULL COMMENT '受理员工工号 E0XXXXXX',
  `operator_name` varchar(32) DEFAULT NULL COMMENT '受理员工姓名',
  `channel_id` varchar(20) NOT NULL COMMENT '受理渠道编码 如 GZ-TH-0012',
  `audit_result` char(1) NOT NULL DEFAULT '0' COMMENT '0-待审 1-通过 2-驳回',
  `reject_reason` varchar(200) DEFAULT NULL COMMENT '驳回原因, 如 证件号码校验位错误/人证不符/年龄不满16周岁',
  `create_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT '创建时间',
  `update_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT '更新时间',
  PRIMARY KEY (`audit_id`),
  KEY `idx_subs` (`subs_id`),
  KEY `idx_op_time` (`operator_id`,`create_time`)
) ENGINE=InnoDB AUTO_INCREMENT=715790488 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='实名制审核记录';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_bank_withhold`
--

DROP TABLE IF EXISTS `t_bank_withhold`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_bank_withhold` (
  `withhold_id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '代扣签约ID',
  `cust_id` bigint unsigned NOT NULL COMMENT '客户编号',
  `acct_id` bigint unsigned NOT NULL COMMENT '账户ID',
  `bank_code` char(4) NOT NULL COMMENT '银行代码 0102-工行 0103-农行 0105-建行 0308-招行',
  `bank_card_no` varchar(32) NOT NULL DEFAULT '' COMMENT '代扣银行卡号（16-19位, 银联卡 62 开头, 存储前需 SM4 加密; 展示 6222 **** **** 1234）',
  `card_holder` varchar(64) NOT NULL DEFAULT '' COMMENT '持卡人姓名',
  `holder_cert_no` varchar(32) DEFAULT NULL COMMENT '持卡人证件号',
  `holder_phone` char(11) DEFAULT NULL COMMENT '银行预留手机号',
  `sign_status` char(1) NOT NULL DEFAULT '0' COMMENT '0-待签约 1-已签约 2-已解约',
  `sign_time` datetime DEFAULT NULL COMMENT '签约时间',
  `agreement_no` varchar(40) DEFAULT NULL COMMENT '银联协议号',
  `create_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT '创建时间',
  `update_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT '更新时间',
  PRIMARY KEY (`withhold_id`),
  UNIQUE KEY `uk_acct` (`acct_id`,`sign_status`)
) ENGINE=InnoDB AUTO_INCREMENT=3933422 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='银行代扣签约表（A1 金融账户, L5）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_bb_install_order`
--

DROP TABLE IF EXISTS `t_bb_install_order`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_bb_install_order` (
  `order_no` varchar(32) NOT NULL COMMENT '装机工单号 BB+yyyyMMdd+7位序号',
  `cust_id` bigint unsigned NOT NULL COMMENT '客户编号',
  `install_addr` varchar(256) NOT NULL DEFAULT '' COMMENT '装机地址（标准地址, 到门牌/房号, 例 广东省广州市天河区XX路XX号XX栋XXX室）',
  `std_addr_id` bigint DEFAULT NULL COMMENT '标准地址库ID',
  `lng` decimal(10,6) DEFAULT NULL COMMENT '经度 GCJ-02',
  `lat` decimal(10,6) DEFAULT NULL COMMENT '纬度 GCJ-02',
  `appoint_time` datetime DEFAULT NULL COMMENT '预约上门时间',
  `installer_id` varchar(16) DEFAULT NULL COMMENT '装维人员工号',
  `installer_phone` char(11) DEFAULT NULL COMMENT '装维人员手机号',
  `onu_sn` varchar(32) DEFAULT NULL COMMENT '光猫SN 如 HWTC1A2B3C4D',
  `pppoe_account` varchar(64) DEFAULT NULL COMMENT '宽带账号 020XXXXXXXX@163.gd',
  `pppoe_pwd` varchar(64) DEFAULT NULL COMMENT '宽带密码(密文)',
  `create_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT '创建时间',
  `update_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT '更新时间',
  PRIMARY KEY (`order_no`),
  KEY `idx_cust` (`cust_id`),
  KEY `idx_appoint` (`appoint_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='宽带装机工单（含装机地址与坐标, L4）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_iov_vehicle`
--

DROP TABLE IF EXISTS `t_iov_vehicle`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_iov_vehicle` (
  `vin` char(17) NOT NULL COMMENT '车架号 VIN',
  `plate_no` varchar(10) DEFAULT NULL COMMENT '车牌号 如 粤A·XXXXX, 新能源 粤AD·XXXXX',
  `owner_cust_id` bigint unsigned DEFAULT NULL COMMENT '车主客户编号',
  `iccid` varchar(20) NOT NULL COMMENT '车载 T-Box SIM ICCID',
  `msisdn_iot` varchar(13) DEFAULT NULL COMMENT '物联网号码(13位, 1440/1064 号段)',
  `tbox_imei` char(15) DEFAULT NULL COMMENT 'T-Box 模组 IMEI',
  `last_lnglat` varchar(32) DEFAULT NULL COMMENT '最后位置 经度,纬度 (WGS84)',
  `last_report_time` datetime DEFAULT NULL COMMENT '最后上报时间',
  `create_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT '创建时间',
  `update_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3) COMMENT '更新时间',
  PRIMARY KEY (`vin`),
  KEY `idx_iccid` (`iccid`),
  KEY `idx_plate` (`plate_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='车联网车辆档案（C1 位置 / C2 设备标识, L4）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_app_login_log`
--

DROP TABLE IF EXISTS `t_app_login_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_app_login_log` (
  `log_id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '日志ID',
  `user_id` bigint unsigned NOT NULL COMMENT 'APP 用户ID',
  `login_name` varchar(128) NOT NULL COMMENT '登录名（手机号/邮箱）',
  `login_type` tinyint NOT NULL COMMENT '1-密码 2-短信验证码 3-本机号码一键登录 4-扫码',
  `login_ip` varchar(46) DEFAULT NULL COMMENT '客户端IP（IPv4/IPv6）, 不得写入 X-Forwarded-For 全链',
  `device_id` varchar(64) DEFAULT NULL COMMENT '设备ID (UUID)',
  `imei` varchar(16) DEFAULT NULL COMMENT '终端IMEI（Android 10 以下可取）',
  `ua` varchar(512) DEFAULT NULL COMMENT 'User-Agent',
  `result` char(1) NOT NULL COMMENT '0-成功 1-密码错误 2-验证码错误 3-锁定',
  `login_time` datetime(3) NOT NULL COMMENT '登录时间',
  PRIMARY KEY (`log_id`,`login_time`),
  KEY `idx_user_time` (`user_id`,`login_time`)
) ENGINE=InnoDB AUTO_INCREMENT=3952664691 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='APP 登录日志（按月分区, 保留 6 个月）'
/*!50500 PARTITION BY RANGE  COLUMNS(login_time)
(PARTITION p202401 VALUES LESS THAN ('2024-02-01'),
PARTITION p202402 VALUES LESS THAN ('2024-03-01'),
PARTITION p202403 VALUES LESS THAN ('2024-04-01'),
PARTITION p202404 VALUES LESS THAN ('2024-05-01'),
PARTITION p202405 VALUES LESS THAN ('2024-06-01'),
PARTITION p202406 VALUES LESS THAN ('2024-07-01'),
PARTITION p202407 VALUES LESS THAN ('2024-08-01'),
PARTITION p202408 VALUES LESS THAN ('2024-09-01'),
PARTITION p202409 VALUES LESS THAN ('2024-10-01'),
PARTITION p202410 VALUES LESS THAN ('2024-11-01'),
PARTITION p202411 VALUES LESS THAN ('2024-12-01'),
PARTITION p202412 VALUES LESS THAN ('2025-01-01'),
PARTITION pmax VALUES LESS THAN (MAXVALUE)) */;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_sms_verify`
--

DROP TABLE IF EXISTS `t_sms_verify`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_sms_verify` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `msisdn` char(11) NOT NULL COMMENT '接收号码',
  `biz_type` varchar(16) NOT NULL COMMENT 'LOGIN/RESET_PWD/REALNAME',
  `code_hash` char(64) NOT NULL COMMENT '验证码 SHA-256(code+msisdn+salt), 不存明文',
  `send_time` datetime NOT NULL,
  `expire_time` datetime NOT NULL COMMENT '5分钟有效',
  `verify_cnt` tinyint NOT NULL DEFAULT '0' COMMENT '已校验次数, 超过5次作废',
  PRIMARY KEY (`id`),
  KEY `idx_msisdn` (`msisdn`,`send_time`)
) ENGINE=InnoDB AUTO_INCREMENT=15440756136 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='短信验证码流水';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_user_credential`
--

DROP TABLE IF EXISTS `t_user_credential`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_user_credential` (
  `user_id` bigint unsigned NOT NULL COMMENT 'APP 用户ID',
  `login_pwd` varchar(160) NOT NULL DEFAULT '' COMMENT '登录密码 PBKDF2-SHA256, 格式 pbkdf2_sha256$iter$salt$hash, 禁止明文',
  `pay_pwd` varchar(160) DEFAULT NULL COMMENT '支付密码(同上算法)',
  `pwd_update_time` datetime DEFAULT NULL COMMENT '最近修改时间',
  `api_token_hash` char(64) DEFAULT NULL COMMENT '开放平台 token 的 SHA-256',
  `mfa_secret_enc` varbinary(128) DEFAULT NULL COMMENT 'TOTP 种子(密文)',
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='用户凭证表（A2 鉴权信息, L5, 仅 uac 服务账号可读）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Final view structure for view `v_cust_base_mask`
--

/*!50001 DROP VIEW IF EXISTS `v_cust_base_mask`*/;
/*!50001 CREATE ALGORITHM=UNDEFINED DEFINER=`dba_admin`@`%` SQL SECURITY DEFINER VIEW `v_cust_base_mask` AS select `c`.`cust_id` AS `cust_id`,concat(left(`c`.`cust_name`,1),repeat('*',(char_length(`c`.`cust_name`) - 1))) AS `cust_name`,concat(left(`c`.`cert_no`,6),'********',right(`c`.`cert_no`,4)) AS `cert_no`,concat(left(`s`.`msisdn`,3),'****',right(`s`.`msisdn`,4)) AS `msisdn`,year(`c`.`birthday`) AS `birth_year`,`c`.`gender` AS `gender`,`c`.`status` AS `status` from (`t_cust_base` `c` join `t_subs_instance` `s` on((`s`.`cust_id` = `c`.`cust_id`))) */;

DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`dba_admin`@`%`*/ /*!50003 TRIGGER `trg_cust_base_bi` BEFORE INSERT ON `t_cust_base` FOR EACH ROW BEGIN
  IF NEW.cert_type = '01' AND NEW.birthday = '1900-01-01' THEN
    SET NEW.birthday = STR_TO_DATE(SUBSTR(NEW.cert_no, 7, 8), '%Y%m%d');
    SET NEW.gender = IF(MOD(CAST(SUBSTR(NEW.cert_no, 17, 1) AS UNSIGNED), 2) = 1, 1, 2);
  END IF;
  SET NEW.cert_no_hash = SHA2(CONCAT(NEW.cert_no, @@global.hx_cert_salt_ver), 256);
END */;;
/*!50003 CREATE*/ /*!50020 DEFINER=`dba_admin`@`%`*/ /*!50003 PROCEDURE `sp_mask_export`(IN p_batch VARCHAR(32))
BEGIN
  -- 导出前脱敏: 手机号保留前3后4, 证件号保留前6后4, 银行卡保留前6后4
  UPDATE tmp_export_%s SET
    msisdn  = REGEXP_REPLACE(msisdn, '^(\\d{3})\\d{4}(\\d{4})$', '$1****$2'),
    cert_no = REGEXP_REPLACE(cert_no, '^(\\d{6})\\d{8}([0-9Xx]{4})$', '$1********$2'),
    card_no = REGEXP_REPLACE(card_no, '^(62\\d{4})\\d+(\\d{4})$', '$1******$2'),
    email   = REGEXP_REPLACE(email, '^(.).*@', '$1***@')
  WHERE batch_no = p_batch;
END ;;
DELIMITER ;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2024-06-11  2:00:19
