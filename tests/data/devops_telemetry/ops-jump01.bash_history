mysql -h 10.32.9.5 -P 3306 -u crm_ro -p'Root@2023$' crm -e "select * from t_subscriber where msisdn='17261906107'"
ping -c 3 114.114.114.114
curl -s 'http://geoip.internal:8000/v1/geo?ip=113.87.40.152' | jq .city
exit
mysql -h 172.16.8.31 -u crm_rw -p'WGVMnfAdL^+' crm -e "update t_cust_cert set status=1 where cert_no='110101198810043509';"
curl -u elastic:Dw#888! 'http://10.32.14.22:9200/selfcare-access-*/_search?q=msisdn:16683903124&size=20&pretty'
curl -X DELETE "http://10.32.5.12:8080/internal/user/13066349035/device/864012060677713?operator=ops"
curl -s -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjMxMCJ9.eyJzdWIiOiI0OTAxMTM0OTEwIiwiaWF0IjoxNjk5OTQ5MzcxLCJleHAiOjE3MDAwMzA4MTcsInNjb3BlIjoic2VsZmNhcmUifQ.3sY35sPAcCf_NRKOR-80V3W8QLIAZ0Y_9QG6loKAUSX" "http://172.16.8.31:8080/api/v1/subscriber/query?msisdn=13401629575&channel=APP" | jq .
redis-cli -h 10.32.5.12 -p 6379 -n 3 del "login:fail:18879105687"
date +%s%3N
systemctl restart filebeat
echo "13988427756,陈子轩" >> /data/whitelist/vip_20231104.csv
jps -l
mysql -h 10.50.3.7 -P 3306 -u crm_ro --password='Bss.666$' crm -e "select * from t_subscriber where msisdn='18125705414'"
du -sh /data/logs/*
date +%s%3N
PGPASSWORD=*8Qr_vOhzqO psql -h 10.32.9.5 -U report -d dw -c "select cust_name,cert_no,contact_addr from ods.ods_cust where cert_no='440106200006272384'"
grep 18520287245 /data/logs/order-svc/app.log | tail -n 50
mysql -h 10.32.5.12 -u crm_rw -p'ounNlTYhG9oksRpdl36XHUiM' crm -e "update t_cust_cert set status=1 where cert_no='130102199403302600';"
kill -9 23145
iptables -I INPUT -s 39.144.198.220 -j DROP   # 刷短信接口的
awk -F'|' '{print $3}' cdr_20231114.txt | sort | uniq -c | head
git log --oneline -5
mysql -h 10.32.14.21 -u pay_ro -p'Admin!888!' pay -e "select * from t_bank_bind where card_no='6217008763890722381'\G"
mysql -h 10.32.1.8 -u crm_rw -p'Uat_2022$' crm -e "update t_cust_cert set status=1 where cert_no='310115196002268757';"
tail -f app.log
redis-cli -a 'Admin!2020#' set captcha:14707467872 334923 EX 300
mysql -h 172.16.8.31 -u crm_rw -p'dIp4GHflg#JryC' crm -e "update t_cust_cert set status=1 where cert_no='445102199005025414';"
date -d @1699934123
curl -X POST http://172.16.8.31:8080/api/v2/realname/verify -H 'Content-Type: application/json' -d '{"phone":"17676225507","certNo":"110108196406069112","name":"金秀英","channel":"ops"}'
zgrep "460117154614844" /data/logs/hss-adapter/hss.log.2023-11-12.gz | less
redis-cli -a 'dW6H6EwgJOFAwuZk' set captcha:13207629124 862967 EX 300
top
nslookup selfcare.internal 10.32.0.10
iptables -I INPUT -s 39.144.255.237 -j DROP   # 刷短信接口的
mysql -h 10.32.14.21 -P 3306 -u crm_ro --password='UpC4KHmxK6peDwRb' crm -e "select * from t_subscriber where msisdn='17315328946'"
grep 19807812575 /data/logs/order-svc/app.log | tail -n 50
sshpass -p iP4dQykFpiB1 scp /tmp/export_20231113.csv deploy@10.32.14.22:/data/tmp/
curl -s -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMzQxOTA0Nzk1IiwiaWF0IjoxNjk5OTY4OTU3LCJleHAiOjE3MDAwNTAxMzEsInNjb3BlIjoic2VsZmNhcmUifQ.7VgJlkixbzlRn8j46ozq-n0CyfDvbl6b5tpnACac5Hr" "http://10.32.5.12:8080/api/v1/subscriber/query?msisdn=19191135321&channel=APP" | jq .
kubectl get pods -n crm -o wide
jstack 23145 > /tmp/jstack.txt
ps -ef | grep java
redis-cli -h 10.32.14.22 -p 6379 -a Admin@2019! get sms:code:13191062576
python3 tools/send_sms.py --to 18774662431 --tpl SMS_753431189 --param code=087094
psql "postgresql://billing:Uat888@172.16.8.31:5432/billing" -c "select bill_no,amount from t_bill where phone_no='13028462963' and bill_month='202310'"
curl -u elastic:Oss@666# 'http://10.32.14.22:9200/selfcare-access-*/_search?q=msisdn:18210018149&size=20&pretty'
curl -X POST http://10.50.3.7:8080/api/v2/realname/verify -H 'Content-Type: application/json' -d '{"phone":"18201379852","certNo":"330110195512134449","name":"贾平","channel":"ops"}'
nslookup selfcare.internal 10.32.0.10
mysql -h 10.32.9.5 -u crm_rw -p'9kyyDFZZH6I' crm -e "update t_cust_cert set status=1 where cert_no='320105197003278395';"
redis-cli -h 10.32.14.21 -p 6379 -n 3 del "login:fail:15889951722"
PGPASSWORD=@Htu=KC+dgy# psql -h 10.32.14.21 -U report -d dw -c "select cust_name,cert_no,contact_addr from ods.ods_cust where cert_no='220102199903233930'"
grep 10086 sms-template.txt
history | grep mysql
psql "postgresql://billing:amtuGt43XMuaBx@10.50.3.7:5432/billing" -c "select bill_no,amount from t_bill where phone_no='17715633120' and bill_month='202301'"
cat /etc/redhat-release
sshpass -p 'hf5DLAmu#^2=p' ssh -o StrictHostKeyChecking=no ops@10.32.14.21
grep '138****5678' app.log | wc -l
grep -rn '89860693112206332411' /data/logs/sim-activation/ --include=*.log
nslookup selfcare.internal 10.32.0.10
iptables -I INPUT -s 58.246.51.19 -j DROP   # 刷短信接口的
grep '138****5678' app.log | wc -l
curl -X POST http://10.50.3.7:8080/api/v2/realname/verify -H 'Content-Type: application/json' -d '{"phone":"17202895486","certNo":"460105196412239115","name":"邓立新","channel":"ops"}'
date -d @1699934123
curl -s -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjMxMCJ9.eyJzdWIiOiI2MTYyODY0MTM5IiwiaWF0IjoxNjk5OTIzMDk0LCJleHAiOjE3MDAwNTAzMjIsInNjb3BlIjoic2VsZmNhcmUifQ.lWj53iYLnZIgf9ICaej3QOFZeLpkEIvXHbwqTjLoFxt" "http://10.40.2.11:8080/api/v1/subscriber/query?msisdn=15303312125&channel=APP" | jq .
vim /etc/hosts
curl -X POST http://172.16.8.31:8080/api/v2/realname/verify -H 'Content-Type: application/json' -d '{"phone":"17656130718","certNo":"420111197209119489","name":"陶晓东","channel":"ops"}'
cat /etc/redhat-release
curl -s -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjMxMCJ9.eyJzdWIiOiI0Mjc2MzcyMjY5IiwiaWF0IjoxNjk5OTMzODIxLCJleHAiOjE3MDAwMDIzNDIsInNjb3BlIjoic2VsZmNhcmUifQ.Nlq7pDiRACjWK_hVUav6e_IE1-HA_lYKSF1W6iX3Niv" "http://10.32.14.21:8080/api/v1/subscriber/query?msisdn=13830479220&channel=APP" | jq .
curl http://10.32.1.8:8080/actuator/health
echo "15204677448,罗艳" >> /data/whitelist/vip_20231106.csv
mysql -h 10.32.5.12 -u crm_rw -p'Billing@888!' crm -e "update t_cust_cert set status=1 where cert_no='110101199811048648';"
curl -s -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjMxMCJ9.eyJzdWIiOiI5NjI1MDA4OTYwIiwiaWF0IjoxNjk5OTY4MDUwLCJleHAiOjE3MDAwNzk4MjQsInNjb3BlIjoic2VsZmNhcmUifQ.G7Jg5NYwh6rG3eD4UoSVscLs8tu5Ybk4A4LkK7fcT3n" "http://10.40.2.11:8080/api/v1/subscriber/query?msisdn=13684368824&channel=APP" | jq .
systemctl restart filebeat
git log --oneline -5
vim /etc/hosts
ps -ef | grep java
crontab -l
nslookup selfcare.internal 10.32.0.10
curl -s -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjMxMCJ9.eyJzdWIiOiI1NTgyNzg4OTg2IiwiaWF0IjoxNjk5OTE4NjU0LCJleHAiOjE3MDAwNzQ3NzksInNjb3BlIjoic2VsZmNhcmUifQ.WY5ifjCNXnMYsl4uS-7EjFxlObFZpFrPlronmKl1wOl" "http://10.40.2.11:8080/api/v1/subscriber/query?msisdn=13544920588&channel=APP" | jq .
free -g
mysql -h 10.32.9.5 -u etc_ro -p'wUPidfR6p5MSCxTzl' etc -e "select * from t_etc_bind where plate_no='豫A57Q91'"
curl -X POST http://10.40.2.11:8080/api/v2/realname/verify -H 'Content-Type: application/json' -d '{"phone":"13316802175","certNo":"61011319780207155X","name":"汪家乐","channel":"ops"}'
curl -s -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjMxMCJ9.eyJzdWIiOiIzNjg2OTcwMjM4IiwiaWF0IjoxNjk5OTIyMzk4LCJleHAiOjE3MDAwNDQzNzUsInNjb3BlIjoic2VsZmNhcmUifQ.ktK6ruEk7JQiqiWQ8qoCtGQPxNgsz5A0oIV8_ggsibS" "http://10.32.9.5:8080/api/v1/subscriber/query?msisdn=13711017969&channel=APP" | jq .
date +%s%3N
top
ps -ef | grep java
redis-cli -h 10.32.1.8 -p 6379 -n 3 del "login:fail:15110871275"
curl -X POST http://10.32.9.5:8080/api/v2/realname/verify -H 'Content-Type: application/json' -d '{"phone":"19960552131","certNo":"230103196502174882","name":"莫晓东","channel":"ops"}'
history | grep mysql
awk -F'|' '{print $3}' cdr_20231114.txt | sort | uniq -c | head
mysql -h 10.32.9.5 -P 3306 -u crm_ro -p'k%sRKu3v8nTrrPl' crm -e "select * from t_subscriber where msisdn='18193593560'"
systemctl restart filebeat
vim /etc/hosts
mysql -h 10.32.5.12 -u crm_rw -p'Admin_2021$' crm -e "update t_cust_cert set status=1 where cert_no='370202197802245640';"
ps -ef | grep java
curl -s -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjQ2ODAyODgxIiwiaWF0IjoxNjk5OTY2NTUzLCJleHAiOjE3MDAwMDk5MTgsInNjb3BlIjoic2VsZmNhcmUifQ.vXqfTuUiWhPrBiRnjSlebJUxKqV7d1uBmJXMhze-ajB" "http://10.32.1.8:8080/api/v1/subscriber/query?msisdn=17380569002&channel=APP" | jq .
grep ORD2023111400012345 order.log
echo -n '410105199411091336' | md5sum
sudo su - app
grep 14585816412 /data/logs/order-svc/app.log | tail -n 50
sudo su - app
kubectl get pods -n crm -o wide
sshpass -p '=NtePfgniq' ssh -o StrictHostKeyChecking=no ops@10.40.2.11
python3 tools/send_sms.py --to 17717202297 --tpl SMS_588141552 --param code=177882
mysql -h 10.50.3.7 -u crm_rw -p'WBKyUzXWAjHNeS9JtxYjN' crm -e "update t_cust_cert set status=1 where cert_no='370202197212124988';"
curl -u elastic:Billing#2019# 'http://10.32.14.21:9200/selfcare-access-*/_search?q=msisdn:15121583931&size=20&pretty'
mongo --host 10.32.1.8 -u app -p oVMTbezHqyq --authenticationDatabase admin selfcare --eval 'db.user_profile.find({mobile:"18719548642"}).pretty()'
crontab -l
date -d @1699934123
mongo --host 10.32.5.12 -u app -p p#G2=h_1JE --authenticationDatabase admin selfcare --eval 'db.user_profile.find({mobile:"13206867550"}).pretty()'
echo -n '50011220000327963X' | md5sum
grep 15127239864 /data/logs/order-svc/app.log | tail -n 50
curl -X DELETE "http://10.50.3.7:8080/internal/user/18236849545/device/860822050919238?operator=ops"
ssh -i ~/.ssh/id_rsa deploy@10.32.5.12
mysql -h 10.40.2.11 -u etc_ro -p'1m5j5Oni3CA' etc -e "select * from t_etc_bind where plate_no='冀B353U0'"
date +%s%3N
redis-cli -h 172.16.8.31 -p 6379 -n 3 del "login:fail:17842302518"
grep -rn '89860228019201533012' /data/logs/sim-activation/ --include=*.log
grep 13958534658 /data/logs/order-svc/app.log | tail -n 50
jps -l
redis-cli -h 10.32.9.5 -p 6379 -a Root.2021$ get sms:code:13142429888
iptables -I INPUT -s 124.64.94.243 -j DROP   # 刷短信接口的
mysql -uroot -pvHBxrqJCe0HG9m -h127.0.0.1 -P3307
grep 15720702282 /data/logs/order-svc/app.log | tail -n 50
redis-cli -h 10.32.14.22 -p 6379 -n 3 del "login:fail:18945348907"
python3 tools/send_sms.py --to 13673190827 --tpl SMS_491759612 --param code=400381
curl -v -H 'Cookie: SESSION=b26b8e856e9563a5fecfe3ff563bfc69; lang=zh_CN' http://10.32.14.22:8080/selfcare/api/user/info
git clone https://oauth2:glpat-FIydB98uI65EoSURr-nd@gitlab.corp.local/bss/selfcare-api.git
sudo su - app
ssh -i ~/.ssh/id_rsa deploy@10.32.5.12
mysql -uroot -pj7JBxuhmk3isUe -h127.0.0.1 -P3307
ps -ef | grep java
redis-cli -a 'QdaoCaPQJUcym6E' set captcha:13036863393 565893 EX 300
mysql -h 172.16.8.31 -P 3306 -u crm_ro -pWTHn9mZNFpxK crm -e "select * from t_subscriber where msisdn='18325591830'"
curl http://10.32.1.8:8080/actuator/health
grep 10086 sms-template.txt
grep -rn '8986021402550211258' /data/logs/sim-activation/ --include=*.log
vim /etc/hosts
free -g
psql "postgresql://billing:P9xcYWcyaN@10.32.14.22:5432/billing" -c "select bill_no,amount from t_bill where phone_no='13286144221' and bill_month='202308'"
sshpass -p TJ7xoRX2ChnX scp /tmp/export_20231106.csv deploy@10.32.5.12:/data/tmp/
curl -s -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjMxMCJ9.eyJzdWIiOiIzODM2MTc2NTM1IiwiaWF0IjoxNjk5OTY0Njk2LCJleHAiOjE3MDAwMDQ3MTQsInNjb3BlIjoic2VsZmNhcmUifQ.JNUrWP92hl7W4_wW7vb5zAyrE6wDzprKn2MRZfybjwj" "http://172.16.8.31:8080/api/v1/subscriber/query?msisdn=19011536266&channel=APP" | jq .
redis-cli -h 10.32.5.12 -p 6379 -n 3 del "login:fail:18895215994"
git log --oneline -5
curl -s -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NzM2MjA2MTI0IiwiaWF0IjoxNjk5OTQ2ODYyLCJleHAiOjE3MDAwMDUwNjMsInNjb3BlIjoic2VsZmNhcmUifQ.OGBV64SFOVSiX98gMgdwHDkdoaON_5en3jc5gTzKVDD" "http://10.32.14.21:8080/api/v1/subscriber/query?msisdn=15333686874&channel=APP" | jq .
grep 19910461305 /data/logs/order-svc/app.log | tail -n 50
mysql -h 10.32.14.21 -u etc_ro -p'BQChSZWP%7l' etc -e "select * from t_etc_bind where plate_no='云FFT0686'"
mysql -h 172.16.8.31 -u etc_ro -p'8M14cdWbslf6gGuST6n2BQ' etc -e "select * from t_etc_bind where plate_no='吉DDK1433'"
curl -s -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjMxMCJ9.eyJzdWIiOiI4MjU3ODE5NjA0IiwiaWF0IjoxNjk5OTI4Mjc2LCJleHAiOjE3MDAwMDA2NDksInNjb3BlIjoic2VsZmNhcmUifQ.7m517nzBo3xwOmFSd14TypWz2F61NykngLffLhJyCsl" "http://10.32.9.5:8080/api/v1/subscriber/query?msisdn=15395805866&channel=APP" | jq .
mysql -h 10.32.9.5 -u pay_ro -p'MFKbmpopXTnKM7tF' pay -e "select * from t_bank_bind where card_no='6236683555803371070'\G"
mysql -h 10.32.5.12 -u crm_rw -p's09So_J0yURM' crm -e "update t_cust_cert set status=1 where cert_no='610113199202048056';"
mysql -uroot -pArFgw7joiBlL4C -h127.0.0.1 -P3307
tail -f app.log
nslookup selfcare.internal 10.32.0.10
top
psql "postgresql://billing:ccxKgZomlEK4ojb@10.32.5.12:5432/billing" -c "select bill_no,amount from t_bill where phone_no='18986221390' and bill_month='202303'"
grep 18522249006 /data/logs/order-svc/app.log | tail -n 50
java -version
iptables -I INPUT -s 36.112.198.249 -j DROP   # 刷短信接口的
curl -s 'http://geoip.internal:8000/v1/geo?ip=112.96.73.153' | jq .city
ps -ef | grep java
python3 tools/send_sms.py --to 13405369715 --tpl SMS_056369459 --param code=541635
mysql -h 172.16.8.31 -P 3306 -u crm_ro -p'Etl#2020!' crm -e "select * from t_subscriber where msisdn='15182001829'"
kill -9 23145
grep 13236042991 /data/logs/order-svc/app.log | tail -n 50
history | grep mysql
redis-cli -h 172.16.8.31 -p 6379 -a JXvNiUWTxaZoPAk0EArsa get sms:code:18599826301
jstack 23145 > /tmp/jstack.txt
curl -X POST http://10.32.14.21:8080/api/v2/realname/verify -H 'Content-Type: application/json' -d '{"phone":"17896730184","certNo":"310104198302163121","name":"沈嘉豪","channel":"ops"}'
git log --oneline -5
free -g
psql "postgresql://billing:GQKZnJt8NZMZ@10.32.1.8:5432/billing" -c "select bill_no,amount from t_bill where phone_no='15771542740' and bill_month='202309'"
curl -v -H 'Cookie: SESSION=0c0a910631eecbbab4c3bc7e9c4e2744; lang=zh_CN' http://10.32.5.12:8080/selfcare/api/user/info
sshpass -p WuEJVyTf2oks scp /tmp/export_20231106.csv deploy@10.32.1.8:/data/tmp/
curl -X DELETE "http://10.40.2.11:8080/internal/user/13248807751/device/867544036771417?operator=ops"
top
PGPASSWORD=_YJ5Pg+mK=KH_sx psql -h 10.50.3.7 -U report -d dw -c "select cust_name,cert_no,contact_addr from ods.ods_cust where cert_no='640104198211282703'"
crontab -l
mysql -h 10.32.14.21 -u pay_ro -p'Uat.123' pay -e "select * from t_bank_bind where card_no='6227007546408066163'\G"
curl -X POST http://10.50.3.7:8080/api/v2/realname/verify -H 'Content-Type: application/json' -d '{"phone":"19163057455","certNo":"150102198912119563","name":"白志刚","channel":"ops"}'
netstat -anp | grep 8080
java -version
exit
mysql -h 10.32.5.12 -P 3306 -u crm_ro -p0AvEkRBZaRkt crm -e "select * from t_subscriber where msisdn='13408509639'"
curl -s -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0Nzc4MDY4NDE2IiwiaWF0IjoxNjk5OTEzNjE4LCJleHAiOjE3MDAwMjcyMDAsInNjb3BlIjoic2VsZmNhcmUifQ.U5CrP8EJ4eSEyHuU0OhcQlYfoPYGfL5xhGwYySz_4Ij" "http://10.32.5.12:8080/api/v1/subscriber/query?msisdn=17334391140&channel=APP" | jq .
