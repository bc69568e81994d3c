#!/usr/bin/env bash
# What reading other encodings and Office files costs, against the same data as UTF-8 and
# against the tools that only decode it, measured in one run:
#
#   - CRM JSON Lines (Chinese names and addresses) as UTF-8, GB18030 and UTF-16LE, each
#     scanned by `piguard scan -j1` (summary); peer: iconv decoding the GB18030 file;
#   - CDR rows as CSV and as an Excel workbook (written by python3-openpyxl), each scanned;
#     peer: unzip inflating the worksheet's XML;
#   - an mbox of --rows / 10 MIME messages (Python's email package: base64 GB2312 and
#     quoted-printable bodies, encoded-word headers, a CSV attachment), scanned; peer: Python's
#     mailbox/email packages decoding every part.
#
# Usage: bench/formats_bench.sh [--size 200M] [--rows 200000] [--runs 3]
# Best of --runs wall-clock seconds per command. Files go to bench/data/ (reused).
set -euo pipefail
cd "$(dirname "$0")/.."
size=200M
rows=200000
runs=3
while (($#)); do
  case $1 in
    --size) size=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "formats_bench: unknown option $1" >&2; exit 2 ;;
  esac
done
bin=build/piguard
[ -x "$bin" ] || scripts/build.sh
mkdir -p bench/data
crm=bench/data/crm-$size-s1.jsonl
gb=bench/data/crm-$size-s1.gb18030.jsonl   # the same name ending: read as JSON Lines too
u16=bench/data/crm-$size-s1.utf16le.jsonl
[ -f "$crm" ] || /usr/bin/python3 bench/gen_data.py --kind crm-jsonl --size "$size" --out "$crm" -q
[ -f "$gb" ] || iconv -f utf-8 -t gb18030 "$crm" > "$gb"
[ -f "$u16" ] || { printf '\xff\xfe'; iconv -f utf-8 -t utf-16le "$crm"; } > "$u16"
cdr=bench/data/cdr-rows$rows-s1.csv
book=bench/data/cdr-rows$rows-s1.xlsx
if [ ! -f "$book" ]; then
  /usr/bin/python3 bench/gen_data.py --kind cdr-csv --size 64M --out "$cdr.all" -q
  head -n $((rows + 1)) "$cdr.all" > "$cdr"
  rm -f "$cdr.all"
  /usr/bin/python3 - "$cdr" "$book" <<'EOF'
import csv, sys, openpyxl
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("cdr")
with open(sys.argv[1], newline="") as f:
    for row in csv.reader(f):
        ws.append(row)  # text cells, as an export of identifiers keeps them
wb.save(sys.argv[2])
EOF
fi

box=bench/data/mail-$rows-s1.mbox
if [ ! -f "$box" ]; then
  # $rows / 10 messages written by Python's email package: GB2312 base64 and UTF-8
  # quoted-printable bodies, encoded-word headers, a CSV attachment.
  /usr/bin/python3 - "$box" $((rows / 10)) <<'EOF'
import email.charset, mailbox, random, sys
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
rng = random.Random(1)
box = mailbox.mbox(sys.argv[1])
qp = email.charset.Charset("utf-8")
qp.body_encoding = email.charset.QP
names = ["张伟", "李秀英", "王芳", "刘洋", "陈静", "杨磊", "赵强", "黄敏"]
for i in range(int(sys.argv[2])):
    n = rng.choice(names)
    phone = "1%d%09d" % (rng.choice([38, 39, 37, 58, 86]), rng.randrange(10**9))
    msg = MIMEMultipart("mixed")
    msg["From"] = formataddr((str(Header(n, "gb2312")), "user%d@example.com" % i))
    msg["Subject"] = Header("关于号码%s的投诉 #%d" % (phone, i), "utf-8")
    body = ("您好，我是%s，手机%s，订单号%018d，我的套餐被重复扣费，请尽快处理。" % (n, phone, rng.randrange(10**18))) * 4
    msg.attach(MIMEText(body + "\n", "plain", "gb2312"))
    html = MIMEText("", "html")
    html.set_payload("<p>%s 电话：%s 工单 %d</p>\n" % (n, phone, i) * 3, charset=qp)
    msg.attach(html)
    msg.attach(MIMEApplication(("姓名,手机号\n%s,%s\n" % (n, phone)).encode("gbk"), Name="list.csv"))
    box.add(msg)
box.close()
EOF
fi

best() {  # best wall-clock seconds of "$@" over $runs runs, output discarded
  local b=""
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    e=$(date +%s.%N)
    b=$(echo "$s $e ${b:-999999}" | awk '{d = $2 - $1; print (d < $3 ? d : $3)}')
  done
  echo "$b"
}
row() {  # label file-for-size seconds
  local bytes
  bytes=$(stat -c %s "$2")
  echo "$1 $bytes $3" | awk '{printf "| %s | %.1f MB | %.3f | %.3f |\n", $1, $2 / 1e6, $3, $2 / $3 / 1e9}'
}
echo "| input | bytes | seconds | GB/s |"
echo "|---|---:|---:|---:|"
row "crm-jsonl-utf8-piguard" "$crm" "$(best $bin scan -j1 "$crm")"
row "crm-jsonl-gb18030-piguard" "$gb" "$(best $bin scan -j1 "$gb")"
row "crm-jsonl-gb18030-iconv-decode-only" "$gb" "$(best iconv -f gb18030 -t utf-8 "$gb")"
row "crm-jsonl-utf16le-piguard" "$u16" "$(best $bin scan -j1 "$u16")"
row "cdr-csv-piguard" "$cdr" "$(best $bin scan -j1 "$cdr")"
row "cdr-xlsx-piguard" "$book" "$(best $bin scan -j1 "$book")"
row "cdr-xlsx-unzip-inflate-only" "$book" "$(best unzip -p "$book" xl/worksheets/sheet1.xml)"
row "mbox-piguard" "$box" "$(best $bin scan -j1 "$box")"
row "mbox-python-email-decode-only" "$box" "$(best /usr/bin/python3 -c '
import mailbox, sys
for m in mailbox.mbox(sys.argv[1]):
    for part in m.walk():
        part.get_payload(decode=True)
' "$box")"
echo
echo "findings (must be equal per group):"
for f in "$crm" "$gb" "$u16" "$cdr" "$book" "$box"; do
  printf '  %s: ' "$f"
  { $bin scan -j1 -f jsonl "$f" || true; } | wc -l
done
