#!/usr/bin/python3
"""Writes the Office test fixtures that no Debian Python package can write, with LibreOffice
as an independent writer: tests/fixtures/word97/*.doc, Word documents written by python3-docx
(the same content tests/scripts/test_doc.py builds again as .docx) converted to Word 97-2003;
tests/fixtures/pptx/deck.pptx, a two-slide deck with speaker notes converted from the flat
ODF presentation below; tests/fixtures/odf/: the same Word documents as .odt, the deck as
.odp and a python3-openpyxl workbook as .ods (test_odf.py compares each with its Office Open
XML twin); tests/fixtures/rtf/: the Word documents as RTF (test_rtf.py); and
tests/fixtures/ppt/: the deck and a deck with a customer table as PowerPoint 97-2003, with the
table deck's .pptx twin (test_ppt.py). Run by hand from the repository root when the fixtures
must change, with the groups to write (word97, pptx, odf, rtf, ppt; all when none is named);
it needs python3-docx, python3-openpyxl, python3-stdnum, libreoffice-writer-nogui,
libreoffice-calc-nogui and libreoffice-impress-nogui, which the tests themselves do not."""
import os
import subprocess
import sys
import tempfile

from stdnum.cn import ric

sys.path.insert(0, os.path.join("tests", "scripts"))
from doc_content import DOCUMENTS, workbook  # noqa: E402


def convert(src, ext, out_dir):
    """Has LibreOffice write `src` as `ext` into out_dir (created when missing)."""
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", out_dir, src],
                   check=True, capture_output=True, timeout=300)
    print("wrote", os.path.join(out_dir, os.path.splitext(os.path.basename(src))[0] + "." + ext))


def word_documents(tmp):
    """The documents of doc_content.py saved as .docx in tmp: their paths."""
    paths = []
    for name, build in DOCUMENTS.items():
        paths.append(os.path.join(tmp, name + ".docx"))
        build().save(paths[-1])
    return paths


def word97():
    with tempfile.TemporaryDirectory() as tmp:
        for path in word_documents(tmp):
            convert(path, "doc", os.path.join("tests", "fixtures", "word97"))

# The deck: a complaint review's slides, a customer in the text, the caller in the notes.
ID = "33010619880315123" + ric.calc_check_digit("33010619880315123" + "0")
FODP = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.presentation">
 <office:body><office:presentation>
  <draw:page draw:name="p1">
   <draw:frame svg:x="2cm" svg:y="2cm" svg:width="20cm" svg:height="3cm"><draw:text-box>
    <text:p>2026年11月投诉处理复盘</text:p></draw:text-box></draw:frame>
   <draw:frame svg:x="2cm" svg:y="6cm" svg:width="20cm" svg:height="8cm"><draw:text-box>
    <text:p>案例一：客户周雅婷（13957162408）反映宽带多次断线</text:p>
    <text:p>装机地址：浙江省杭州市西湖区示例路18号2幢301室</text:p></draw:text-box></draw:frame>
   <presentation:notes><draw:frame svg:x="2cm" svg:y="2cm" svg:width="16cm" svg:height="10cm"
     presentation:class="notes"><draw:text-box>
    <text:p>回访人：陈建华，客户身份证号码 %s 已核验</text:p></draw:text-box></draw:frame>
   </presentation:notes>
  </draw:page>
  <draw:page draw:name="p2">
   <draw:frame svg:x="2cm" svg:y="2cm" svg:width="20cm" svg:height="3cm"><draw:text-box>
    <text:p>整改措施：回访率提升到98%%</text:p></draw:text-box></draw:frame>
  </draw:page>
 </office:presentation></office:body>
</office:document>
""" % ID


# A deck with a callback list as a table (header row, two customers) under a title.
ROSTER_FODP = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.presentation">
 <office:body><office:presentation>
  <draw:page draw:name="p1">
   <draw:frame svg:x="2cm" svg:y="1cm" svg:width="20cm" svg:height="2cm"><draw:text-box>
    <text:p>回访名单</text:p></draw:text-box></draw:frame>
   <draw:frame svg:x="2cm" svg:y="4cm" svg:width="20cm" svg:height="6cm"><table:table>
    <table:table-column/><table:table-column/><table:table-column/>
    %s
   </table:table></draw:frame>
  </draw:page>
 </office:presentation></office:body>
</office:document>
""" % "\n    ".join(
    "<table:table-row>%s</table:table-row>" % "".join(
        "<table:table-cell><text:p>%s</text:p></table:table-cell>" % cell for cell in row)
    for row in [("姓名", "联系电话", "证件号码"), ("王芳", "13800138000", "11010519491231002X"),
                ("李强", "13912345678", "440305198511301234")])


def deck_source(tmp, name="deck", source=FODP):
    """A flat ODF deck above, as a file in tmp: its path."""
    path = os.path.join(tmp, name + ".fodp")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    return path


def pptx():
    with tempfile.TemporaryDirectory() as tmp:
        convert(deck_source(tmp), "pptx", os.path.join("tests", "fixtures", "pptx"))


def odf():
    """OpenDocument: LibreOffice's own format, from the same sources."""
    with tempfile.TemporaryDirectory() as tmp:
        odf_out = os.path.join("tests", "fixtures", "odf")
        for path in word_documents(tmp):
            convert(path, "odt", odf_out)
        book = os.path.join(tmp, "book.xlsx")
        workbook().save(book)
        convert(book, "ods", odf_out)
        convert(deck_source(tmp), "odp", odf_out)


def rtf():
    """RTF: what Word and LibreOffice export, from the same Word documents."""
    with tempfile.TemporaryDirectory() as tmp:
        for path in word_documents(tmp):
            convert(path, "rtf", os.path.join("tests", "fixtures", "rtf"))


def ppt():
    """PowerPoint 97-2003: the deck (its .pptx twin is in pptx/) and the roster deck, both."""
    with tempfile.TemporaryDirectory() as tmp:
        ppt_out = os.path.join("tests", "fixtures", "ppt")
        convert(deck_source(tmp), "ppt", ppt_out)
        roster = deck_source(tmp, "roster", ROSTER_FODP)
        convert(roster, "ppt", ppt_out)
        convert(roster, "pptx", ppt_out)


GROUPS = {"word97": word97, "pptx": pptx, "odf": odf, "rtf": rtf, "ppt": ppt}
for group in sys.argv[1:] or GROUPS:
    GROUPS[group]()
