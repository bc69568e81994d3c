// Secrets on command lines (detect/command_line.h): which option values are passwords, and
// which lines are command lines at all.
#include "detect/command_line.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace piguard::detail {
namespace {

std::vector<std::string> Secrets(std::string_view line) {
  std::vector<SecretSpan> spans;
  CommandLineSecrets(line, &spans);
  std::vector<std::string> out;
  for (const SecretSpan& s : spans) out.emplace_back(line.substr(s.start, s.end - s.start));
  return out;
}

using V = std::vector<std::string>;

TEST(CommandLineTest, PasswordsOfDatabaseAndCacheClients) {
  EXPECT_EQ(Secrets("mysql -h 10.20.30.40 -uroot -pS3cr3t_2024 billing"), V{"S3cr3t_2024"});
  EXPECT_EQ(Secrets("mysqldump -u admin -p'Zx9#kLm2' crm > /tmp/crm.sql"), V{"Zx9#kLm2"});
  EXPECT_EQ(Secrets("/usr/bin/mysql -u root -p\"rootpass\" -e 'show databases'"), V{"rootpass"});
  EXPECT_EQ(Secrets("redis-cli -h 10.1.1.5 -p 6379 -a Redis@2023 info"), V{"Redis@2023"});
  EXPECT_EQ(Secrets("redis-cli -a 'cachepass' --no-auth-warning"), V{"cachepass"});
  EXPECT_EQ(Secrets("mongosh -u admin -p Mongo2024! --authenticationDatabase admin"),
            V{"Mongo2024!"});
  EXPECT_EQ(Secrets("sqlplus scott/tiger@orcl"), V{"tiger"});
  EXPECT_EQ(Secrets("expdp userid=system/Oracle_11g directory=d dumpfile=x.dmp"),
            V{"Oracle_11g"});
  EXPECT_EQ(Secrets("sqlcmd -S db01 -U sa -P 'Sql$erver1'"), V{"Sql$erver1"});
  EXPECT_EQ(Secrets("beeline -u jdbc:hive2://h:10000 -n etl -p EtlPass9"), V{"EtlPass9"});
}

// A CI job's script: each command an item of an indented YAML list.
TEST(CommandLineTest, YamlListItemsAreCommandLines) {
  EXPECT_TRUE(LooksLikeCommandLine("    - sshpass -p 'eJNi-ckei1Q*Wse' ssh deploy@10.2.3.4 x"));
  EXPECT_EQ(Secrets("    - sshpass -p 'eJNi-ckei1Q*Wse' ssh deploy@10.2.3.4 x"),
            V{"eJNi-ckei1Q*Wse"});
  EXPECT_EQ(Secrets("  - curl -u deploy:5ZVcA=r.9NX -T app.jar http://nexus"), V{"5ZVcA=r.9NX"});
  EXPECT_FALSE(LooksLikeCommandLine("    - item of a list"));
  EXPECT_FALSE(LooksLikeCommandLine("    -p not a command"));
}

TEST(CommandLineTest, PasswordsOfTransferAndRemoteTools) {
  EXPECT_EQ(Secrets("curl -u admin:Passw0rd! http://10.1.2.3/api"), V{"Passw0rd!"});
  EXPECT_EQ(Secrets("curl --user 'ops:hunter two' https://x.example.com"), V{"hunter two"});
  EXPECT_EQ(Secrets("curl -uops:s3cret https://x"), V{"s3cret"});
  EXPECT_EQ(Secrets("sshpass -p 'Root@123' ssh root@10.0.0.8"), V{"Root@123"});
  EXPECT_EQ(Secrets("smbclient //fs/share -U alice%FilePass1"), V{"FilePass1"});
  EXPECT_EQ(Secrets("lftp -u upload,ftpPass22 ftp.example.com"), V{"ftpPass22"});
  EXPECT_EQ(Secrets("plink -ssh root@10.0.0.9 -pw PlinkPw1"), V{"PlinkPw1"});
  EXPECT_EQ(Secrets("xfreerdp /v:10.0.0.5 /u:admin /p:Rdp#2024"), V{"Rdp#2024"});
  EXPECT_EQ(Secrets("ldapsearch -x -D cn=admin,dc=ex,dc=com -w LdapPw7 -b dc=ex"),
            V{"LdapPw7"});
  EXPECT_EQ(Secrets("snmpwalk -v2c -c n0c_R3ad 10.0.0.1"), V{"n0c_R3ad"});
  EXPECT_EQ(Secrets("ipmitool -I lanplus -H 10.0.0.2 -U admin -P IpmiPw1 power status"),
            V{"IpmiPw1"});
}

TEST(CommandLineTest, KeysTokensAndPipedPasswords) {
  EXPECT_EQ(Secrets("keytool -importkeystore -storepass changeit1 -keypass K3ypass"),
            (V{"changeit1", "K3ypass"}));
  EXPECT_EQ(Secrets("openssl pkcs12 -export -passout pass:Exp0rt!pw -out a.p12"),
            V{"Exp0rt!pw"});
  EXPECT_EQ(Secrets("docker login -u deploy -p Dock3rPass registry.example.com"),
            V{"Dock3rPass"});
  EXPECT_EQ(Secrets("echo 'Sud0pass' | sudo -S systemctl restart app"), V{"Sud0pass"});
  EXPECT_EQ(Secrets("echo \"alice:NewPass1\" | chpasswd"), V{"NewPass1"});
  EXPECT_EQ(Secrets("echo Secr3t | passwd --stdin alice"), V{"Secr3t"});
  EXPECT_EQ(Secrets("htpasswd -b /etc/nginx/.htpasswd admin Ng1nxPass"), V{"Ng1nxPass"});
  EXPECT_EQ(Secrets("htpasswd -nbB admin WebPass9"), V{"WebPass9"});
  EXPECT_EQ(Secrets("net user zhangsan Passw0rd123 /add"), V{"Passw0rd123"});
  EXPECT_EQ(Secrets("rabbitmqctl add_user mq_app MqPass55"), V{"MqPass55"});
  EXPECT_EQ(Secrets("nmcli dev wifi connect HomeNet password wifipass88"), V{"wifipass88"});
  EXPECT_EQ(Secrets("vault login s.Xy12AbCdEf34"), V{"s.Xy12AbCdEf34"});
  EXPECT_EQ(Secrets("mc alias set s3 https://s3.example.com AKIAEXAMPLE wJalrXUtnFEMIK7"),
            V{"wJalrXUtnFEMIK7"});
  // Any program's option named like a secret, with its value in the next word.
  EXPECT_EQ(Secrets("./deploy.sh --db-password Db_Pass1 --env prod"), V{"Db_Pass1"});
  EXPECT_EQ(Secrets("app --api-token tk_9f8e7d6c5b --verbose"), V{"tk_9f8e7d6c5b"});
  EXPECT_EQ(Secrets("echo 'Admin_123' | base64"), V{"Admin_123"});
  EXPECT_EQ(Secrets("kubectl exec -it crm-db-0 -n crm -- mysql -h db -uapp -pyiwm3lfj7tLd -e 'select 1'"),
            V{"yiwm3lfj7tLd"});
  EXPECT_EQ(Secrets("kubectl exec -it web-0 -- ls -p"), V{});
  // Wrappers and assignments before the program; several commands on one line.
  EXPECT_EQ(Secrets("sudo -u postgres mysql -pWrapped1"), V{"Wrapped1"});
  EXPECT_EQ(Secrets("LANG=C timeout 10 redis-cli -a T1meout && mysql -pSecond2"),
            (V{"T1meout", "Second2"}));
  // An '&' glued to what follows is part of the word, as typed and kept by audit logs; one
  // before a blank or another operator is the shell's.
  EXPECT_EQ(Secrets("curl -s -u admin:Xh&2021+db http://10.20.8.47:9200/"), V{"Xh&2021+db"});
  EXPECT_EQ(Secrets("redis-cli -h 10.20.7.130 -p 6379 -a &irXLUHj7G*UULK"), V{"&irXLUHj7G*UULK"});
  EXPECT_EQ(Secrets("redis-cli -a Bg1pass & mysql -pNext2"), (V{"Bg1pass", "Next2"}));
  EXPECT_EQ(Secrets("redis-cli -a Bg1pass&>/dev/null"), V{"Bg1pass"});
}

TEST(CommandLineTest, NoSecretWhereThereIsNone) {
  EXPECT_EQ(Secrets("mysql -u root -p billing"), V{});            // -p alone prompts
  EXPECT_EQ(Secrets("mysql -u root --password billing"), V{});    // so does --password
  EXPECT_EQ(Secrets("mysql -uroot -p$MYSQL_PWD crm"), V{});        // a variable
  EXPECT_EQ(Secrets("mysql -uroot -p\"${DB_PASS}\" crm"), V{});
  EXPECT_EQ(Secrets("mysql -uroot -p<password> crm"), V{});       // a placeholder
  EXPECT_EQ(Secrets("mysql -uroot -p*** crm"), V{});
  EXPECT_EQ(Secrets("redis-cli -a YOUR_PASSWORD ping"), V{});
  EXPECT_EQ(Secrets("docker run -p 8080:80 nginx"), V{});          // a port, not login
  EXPECT_EQ(Secrets("curl -u admin https://x"), V{});               // curl asks
  EXPECT_EQ(Secrets("ssh -p 2222 root@10.0.0.8"), V{});
  EXPECT_EQ(Secrets("app --password-file /run/secrets/db --token-ttl 60"), V{});
  EXPECT_EQ(Secrets("app --db-password /run/secrets/db"), V{});     // a path
  EXPECT_EQ(Secrets("htpasswd /etc/nginx/.htpasswd admin"), V{});   // prompts without -b
  EXPECT_EQ(Secrets("net user zhangsan * /add"), V{});
  EXPECT_EQ(Secrets("echo hello world | sudo -S ls"), V{});         // two words echoed
  EXPECT_EQ(Secrets("echo done | tee log"), V{});
  EXPECT_EQ(Secrets("grep -p pattern file"), V{});
}

TEST(CommandLineTest, PromptsAndHistoryFormats) {
  EXPECT_EQ(Secrets("$ mysql -pDollar1"), V{"Dollar1"});
  EXPECT_EQ(Secrets("+ curl -u ci:CiPass1 https://x"), V{"CiPass1"});
  EXPECT_EQ(Secrets("[root@db01 ~]# mysql -pBracket1"), V{"Bracket1"});
  EXPECT_EQ(Secrets("root@db01:~# redis-cli -a Colon1"), V{"Colon1"});
  EXPECT_EQ(Secrets(": 1700000000:0;sshpass -p Zsh1pw ssh h"), V{"Zsh1pw"});
  for (const char* line :
       {"mysql -pX1", "$ mysql -pX1", "+ curl -u a:b x", "[root@db01 ~]# mysql -pX",
        "root@db01:~$ redis-cli -a x", ": 1700000000:0;mysql -px", "sudo mysql -px",
        "PGX=1 sudo -u app sshpass -p x ssh h", "/usr/bin/mysqldump -px db",
        "echo x | sudo -S ls"})
    EXPECT_TRUE(LooksLikeCommandLine(line)) << line;
  for (const char* line :
       {"log line about mysql -pX", "nov 30 05:19:18 host sshd[1]: accepted", "[INFO] mysql",
        "[2024-11-30 12:00:00] curl -u a:b", "ls -la", "time=2024 level=info", "# comment",
        "$", "", "user@host", "ssh -p 22 host", "[09:21:13] 客户：我的密码是 Abc12345"})
    EXPECT_FALSE(LooksLikeCommandLine(line)) << line;
}

}  // namespace
}  // namespace piguard::detail
