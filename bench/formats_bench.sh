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
#     mailbox/email packages decoding every part;
#   - 60,000 CDR rows (an Excel 97-2003 sheet holds 65,536) as CSV and as an .xls workbook
#     (python3-xlwt), each scanned; peer: python3-xlrd reading every cell;
#   - a PDF of --rows / 1000 pages of service agreement forms (python3-reportlab), scanned;
#     peer: pdftotext -layout extracting its text;
#   - the CDR CSV and the CRM JSON Lines packed into one .tar.gz (GNU tar and gzip), scanned
#     member by member; peer: tar extracting both to standard output (decompression only);
#   - 500 copies of a Word 97-2003 document (tests/fixtures/word97/roster.doc) in a directory,
#     scanned; peer: antiword extracting each one's text (a process per file, as piguard);
#   - the CDR rows as an OpenDocument spreadsheet (.ods, content.xml written here as LibreOffice
#     writes a sheet of text cells), scanned; peers: unzip inflating content.xml, and, when
#     LibreOffice is installed, `soffice --convert-to csv` (what one would do without piguard;
#     one run, it takes a while);
#   - the same sheet as a flat document (.fods), scanned;
#   - the CDR rows as an SQLite table (Python's sqlite3), scanned; peer: Python's sqlite3
#     selecting every row (reading only);
#   - the CDR rows as Avro records (python3-avro, deflate), scanned; peer: avrocat decoding
#     them to JSON (what piguard runs, without the scan);
#   - a signalling capture of 20,000 packets (bench/gen_pcap.py), scanned; peer: tshark
#     printing the fields piguard asks it for (what piguard runs, without the scan);
#   - a deck of --rows / 200 slides of customer call-backs (content.xml written here as
#     LibreOffice writes an .odp), and, when LibreOffice is installed, the same deck converted by
#     it to .pptx and to PowerPoint 97-2003 .ppt, each scanned; peer: unzip inflating the .pptx's
#     slides (decompression only).
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

xls_rows=$((rows < 60000 ? rows : 60000))
xcsv=bench/data/cdr-rows$xls_rows-s1.xls.csv
xls=bench/data/cdr-rows$xls_rows-s1.xls
if [ ! -f "$xls" ]; then
  head -n $((xls_rows + 1)) "$cdr" > "$xcsv"
  /usr/bin/python3 - "$xcsv" "$xls" <<'EOF'
import csv, sys, xlwt
wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("cdr")
with open(sys.argv[1], newline="") as f:
    for i, row in enumerate(csv.reader(f)):
        for j, v in enumerate(row):
            ws.write(i, j, v)
wb.save(sys.argv[2])
EOF
fi

pdf=bench/data/agreements-$((rows / 1000))p-s1.pdf
if [ ! -f "$pdf" ]; then
  /usr/bin/python3 - "$pdf" $((rows / 1000)) <<'EOF'
import random, sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
rng = random.Random(1)
names = ["张伟", "李秀英", "王芳", "刘洋", "陈静", "杨磊", "赵强", "黄敏"]
c = canvas.Canvas(sys.argv[1], invariant=1)
for page in range(int(sys.argv[2])):
    c.setFont("STSong-Light", 10)
    y = 800
    for k in range(12):  # twelve subscribers' forms a page
        phone = "1%d%08d" % (rng.choice([38, 39, 37, 58, 86]), rng.randrange(10**8))
        c.drawString(60, y, "客户姓名"); c.drawString(130, y, rng.choice(names))
        c.drawString(220, y, "联系电话"); c.drawString(290, y, phone)
        c.drawString(400, y, "受理单号"); c.drawString(460, y, "%012d" % rng.randrange(10**12))
        c.drawString(60, y - 14, "通信地址"); c.drawString(130, y - 14, "浙江省杭州市西湖区示例路%d号" % rng.randrange(1, 300))
        y -= 60
    c.showPage()
c.save()
EOF
fi

ods=bench/data/cdr-rows$rows-s1.ods
if [ ! -f "$ods" ]; then
  /usr/bin/python3 - "$cdr" "$ods" <<'EOF'
import csv, sys, zipfile
from xml.sax.saxutils import escape
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
               compress_type=zipfile.ZIP_STORED)
    z.writestr("META-INF/manifest.xml",
               '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
               'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
               '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
               'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
               '</manifest:manifest>')
    with z.open("content.xml", "w", force_zip64=True) as out, open(sys.argv[1], newline="") as f:
        out.write(('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
                   '<office:body><office:spreadsheet><table:table table:name="cdr">' % NS).encode())
        for row in csv.reader(f):
            cells = "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                            '</table:table-cell>' % escape(v) for v in row)
            out.write(("<table:table-row>%s<table:table-cell table:number-columns-repeated="
                       '"%d"/></table:table-row>' % (cells, 16384 - len(row))).encode())
        out.write(b"</table:table></office:spreadsheet></office:body></office:document-content>")
EOF
fi
# The same sheet as a flat document (.fods): content.xml with office:document as its root.
fods=bench/data/cdr-rows$rows-s1.fods
[ -f "$fods" ] || unzip -p "$ods" content.xml |
  sed -e 's/<office:document-content /<office:document office:mimetype="application\/vnd.oasis.opendocument.spreadsheet" /' \
      -e 's/<\/office:document-content>/<\/office:document>/' > "$fods"
# A signalling capture of 20,000 packets (SIP, RADIUS, GTPv2, HTTP: bench/gen_pcap.py).
pcap=bench/data/signalling-20000-s1.pcap
[ -f "$pcap" ] || /usr/bin/python3 bench/gen_pcap.py --packets 20000 --out "$pcap" > /dev/null
# tshark as piguard runs it: the fields of src/formats/pcap.cc.
pcap_fields=$(/usr/bin/python3 -c '
import re
s = open("src/formats/pcap.cc").read()
start = s.index("kPcapFields[] = {")
print(" ".join("-e " + f for f in re.findall(r"\"([^\"]+)\"", s[start:s.index("};", start)])))')
tshark_fields() {
  # shellcheck disable=SC2086
  tshark -n -T fields -E header=y -E separator=/t -E occurrence=a -E aggregator=, $pcap_fields -r "$pcap"
}
# The CDR rows as Avro records (python3-avro, deflate codec: what Kafka Connect writes).
avro_file=bench/data/cdr-rows$rows-s1.avro
if [ ! -f "$avro_file" ]; then
  /usr/bin/python3 - "$cdr" "$avro_file" <<'EOF'
import csv, json, re, sys
import avro.datafile, avro.io, avro.schema
with open(sys.argv[1], newline="") as f:
    rows = csv.reader(f)
    names = [re.sub(r"[^A-Za-z0-9_]", "_", h) for h in next(rows)]  # the CSV's column names
    schema = avro.schema.parse(json.dumps({"type": "record", "name": "Cdr", "fields": [
        {"name": n, "type": "string"} for n in names]}))
    with open(sys.argv[2], "wb") as out:
        w = avro.datafile.DataFileWriter(out, avro.io.DatumWriter(), schema, codec="deflate")
        for r in rows:
            w.append(dict(zip(names, r)))
        w.close()
EOF
fi
# The CDR rows as an SQLite table (Python's sqlite3: every value text, as the CSV has them).
sqlite_db=bench/data/cdr-rows$rows-s1.db
if [ ! -f "$sqlite_db" ]; then
  /usr/bin/python3 - "$cdr" "$sqlite_db" <<'EOF'
import csv, sqlite3, sys
with open(sys.argv[1], newline="") as f:
    rows = csv.reader(f)
    header = next(rows)
    db = sqlite3.connect(sys.argv[2])
    db.execute("CREATE TABLE cdr (%s)" % ", ".join('"%s" TEXT' % h for h in header))
    db.executemany("INSERT INTO cdr VALUES (%s)" % ", ".join("?" * len(header)), rows)
    db.commit()
    db.close()
EOF
fi

slides=$((rows / 200))
odp=bench/data/callbacks-${slides}slides-s1.odp
if [ ! -f "$odp" ]; then
  /usr/bin/python3 - "$odp" "$slides" <<'EOF'
import random, sys, zipfile
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
MIME = "application/vnd.oasis.opendocument.presentation"
rng = random.Random(1)
names = ["张伟", "李秀英", "王芳", "刘洋", "陈静", "杨磊", "赵强", "黄敏"]
def frame(y, paragraphs):
    return ('<draw:frame svg:x="1cm" svg:y="%dcm" svg:width="24cm" svg:height="3cm"><draw:text-box>'
            '%s</draw:text-box></draw:frame>' % (y, "".join("<text:p>%s</text:p>" % p for p in paragraphs)))
pages = []
for n in range(int(sys.argv[2])):
    body = []
    for k in range(3):  # three call-backs a slide
        phone = "1%d%08d" % (rng.choice([38, 39, 37, 58, 86]), rng.randrange(10**8))
        body += ["客户姓名：%s，联系电话：%s" % (rng.choice(names), phone),
                 "工单号 %012d，通信地址：浙江省杭州市西湖区示例路%d号" % (rng.randrange(10**12), rng.randrange(1, 300))]
    pages.append('<draw:page draw:name="page%d">%s%s</draw:page>'
                 % (n + 1, frame(1, ["投诉回访 第%d批" % (n + 1)]), frame(5, body)))
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("mimetype", MIME, compress_type=zipfile.ZIP_STORED)
    z.writestr("META-INF/manifest.xml",
               '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
               'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
               '"%s"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
               '"text/xml"/></manifest:manifest>' % MIME)
    z.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body><office:presentation>%s</office:presentation></office:body>'
               '</office:document-content>' % (NS, "".join(pages)))
EOF
fi
pptx=${odp%.odp}.pptx
ppt=${odp%.odp}.ppt
if command -v soffice > /dev/null; then
  for kind in pptx ppt; do
    [ -f "${odp%.odp}.$kind" ] || soffice --headless --convert-to "$kind" --outdir bench/data "$odp" > /dev/null 2>&1 || true
  done
  [ -f "$pptx" ] && [ -f "$ppt" ] ||
    echo "formats_bench: LibreOffice did not convert $odp; the .pptx and .ppt rows are left out" >&2
fi

tgz=bench/data/exports-rows$rows-size$size-s1.tar.gz
if [ ! -f "$tgz" ]; then
  tar -C bench/data -czf "$tgz" "$(basename "$cdr")" "$(basename "$crm")"
fi

docs=bench/data/doc500
if [ ! -d "$docs" ]; then
  mkdir -p "$docs"
  for i in $(seq -w 1 500); do cp tests/fixtures/word97/roster.doc "$docs/roster-$i.doc"; done
fi
antiword_all() { for f in "$docs"/*.doc; do antiword -m UTF-8.txt -w 0 "$f"; done; }

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
row() {  # label file-for-size (or a byte count) seconds
  local bytes
  if [[ $2 =~ ^[0-9]+$ ]]; then bytes=$2; else bytes=$(stat -c %s "$2"); fi
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
row "cdr-60k-csv-piguard" "$xcsv" "$(best $bin scan -j1 "$xcsv")"
row "cdr-60k-xls-piguard" "$xls" "$(best $bin scan -j1 "$xls")"
row "cdr-60k-xls-python-xlrd-read-only" "$xls" "$(best /usr/bin/python3 -c '
import sys, xlrd
for sh in xlrd.open_workbook(sys.argv[1]).sheets():
    for r in range(sh.nrows):
        sh.row_values(r)
' "$xls")"
row "agreements-pdf-piguard" "$pdf" "$(best $bin scan -j1 "$pdf")"
row "agreements-pdf-pdftotext-extract-only" "$pdf" "$(best pdftotext -q -layout -enc UTF-8 "$pdf" -)"
# Sized by what is inside (the CSV and the JSON Lines), as the other rows are.
tgz_bytes=$(($(stat -c %s "$cdr") + $(stat -c %s "$crm")))
row "exports-tar-gz-piguard" "$tgz_bytes" "$(best $bin scan -j1 "$tgz")"
row "exports-plain-files-piguard" "$tgz_bytes" "$(best $bin scan -j1 "$cdr" "$crm")"
row "exports-tar-gz-tar-xzO-extract-only" "$tgz_bytes" "$(best tar -xzOf "$tgz")"
doc_bytes=$(du -sb "$docs" | cut -f1)
row "doc-500-files-piguard" "$doc_bytes" "$(best $bin scan -j1 "$docs")"
row "doc-500-files-antiword-extract-only" "$doc_bytes" "$(best antiword_all)"
row "cdr-ods-piguard" "$ods" "$(best $bin scan -j1 "$ods")"
row "cdr-ods-unzip-inflate-only" "$ods" "$(best unzip -p "$ods" content.xml)"
row "cdr-fods-piguard" "$fods" "$(best $bin scan -j1 "$fods")"
# Sized by the CSV of the same rows, as the workbooks are compared with it.
row "cdr-sqlite-piguard" "$cdr" "$(best $bin scan -j1 "$sqlite_db")"
row "cdr-sqlite-python-select-only" "$cdr" "$(best /usr/bin/python3 -c '
import sqlite3, sys
for r in sqlite3.connect(sys.argv[1]).execute("SELECT * FROM cdr"):
    pass
' "$sqlite_db")"
row "cdr-avro-piguard" "$cdr" "$(best $bin scan -j1 "$avro_file")"
row "cdr-avro-avrocat-decode-only" "$cdr" "$(best avrocat "$avro_file")"
row "signalling-pcap-piguard" "$pcap" "$(best $bin scan -j1 "$pcap")"
row "signalling-pcap-tshark-fields-only" "$pcap" "$(best tshark_fields)"
if command -v soffice > /dev/null; then
  soffice_csv() { soffice --headless --convert-to csv --outdir "$(mktemp -d)" "$ods"; }
  runs_before=$runs; runs=1
  row "cdr-ods-soffice-convert-to-csv" "$ods" "$(best soffice_csv)"
  runs=$runs_before
fi
row "deck-odp-piguard" "$odp" "$(best $bin scan -j1 "$odp")"
if [ -f "$pptx" ] && [ -f "$ppt" ]; then
  row "deck-pptx-piguard" "$pptx" "$(best $bin scan -j1 "$pptx")"
  row "deck-pptx-unzip-inflate-slides-only" "$pptx" "$(best unzip -p "$pptx" 'ppt/slides/*.xml')"
  row "deck-ppt-piguard" "$ppt" "$(best $bin scan -j1 "$ppt")"
fi
echo
echo "findings (must be equal per group):"
for f in "$crm" "$gb" "$u16" "$cdr" "$book" "$ods" "$fods" "$sqlite_db" "$avro_file" "$pcap" "$box" "$xcsv" "$xls" "$pdf" "$tgz"; do
  printf '  %s: ' "$f"
  { $bin scan -j1 -f jsonl "$f" || true; } | wc -l
done
printf '  %s + %s: ' "$cdr" "$crm"
{ $bin scan -j1 -f jsonl "$cdr" "$crm" || true; } | wc -l
printf '  %s: ' "$docs"
{ $bin scan -j1 -f jsonl "$docs" || true; } | wc -l
for f in "$odp" "$pptx" "$ppt"; do
  [ -f "$f" ] || continue
  printf '  %s: ' "$f"
  { $bin scan -j1 -f jsonl "$f" || true; } | wc -l
done
