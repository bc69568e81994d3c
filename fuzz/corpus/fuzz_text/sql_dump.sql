INSERT INTO `t_customer` (`id`, `real_name`, `mobile`, `cert_no`) VALUES
(1,'张伟','13800138000','11010519491231002X'),(2,'李''娜',NULL,NOW());
INSERT INTO t VALUES ('a\'b', ST_GeomFromText('POINT(110.03 31.60)'), -1.5);
UPDATE t SET mobile = '13900001111' WHERE id = 2;
