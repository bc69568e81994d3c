#!/usr/bin/python3
"""`piguard scan` on PowerPoint 97-2003 decks (.ppt) and the compound-file reader under them.

Checks, differential: the decks LibreOffice wrote (tools/make_office_fixtures.py) give the
findings (part label, line, type, field, value) of their .pptx twins, a table's header naming
its columns. Decks built here record by record as [MS-PPT] describes them, the way PowerPoint
writes them (placeholder text in the document's slide list, a shape that only refers to it,
an 8-bit text atom, a comment, an incremental save that replaced a slide) and stored in a
compound file by an independent writer (Perl's OLE::Storage_Lite): the newest slide is read,
the old one is not; the same findings whether the stream lies in the mini stream, in regular
sectors or needs allocation sectors listed outside the header; without a Current User stream;
an encrypted deck and a broken edit chain are errors (exit status 2), the latter with every
slide still read. The compound-file reader, against python3-olefile and the bytes written:
random streams of sizes around every boundary. Also: a deck under another name, on standard
input and inside a tar.gz, a cut file, redact's note; embedded objects (ExOleObjStg records,
stored and compressed, the newest version of each) read as the files they carry."""
import io
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tarfile
import unittest
import zlib

import olefile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_util import TempDirTest, write_cfb  # noqa: E402

BIN = os.environ.get("PIGUARD_BIN", "build/piguard")
CFB_TOOL = os.environ.get("PIGUARD_CFB", "build/tests/piguard_cfb_tool")
SRC = os.environ.get("PIGUARD_SOURCE_DIR", ".")
FIXTURES = os.path.join(SRC, "tests", "fixtures")


def run(*args, stdin=None):
    p = subprocess.run([BIN, *args], capture_output=True, timeout=120, input=stdin)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def scan(path, *extra):
    """(exit status, [(part label, line, type, field, value)], stderr) of a jsonl scan."""
    code, out, err = run("scan", "-f", "jsonl", "--show-values", *extra, path)
    got = []
    for line in out.splitlines():
        f = json.loads(line)
        label = f["path"][len(path):] if f["path"].startswith(path) else f["path"]
        got.append((label, f["line"], f["type"], f.get("field"), f["value"]))
    return code, sorted(got), err


# ---- [MS-PPT] records, as PowerPoint writes them
def rec(rtype, body=b"", ver=0, inst=0):
    return struct.pack("<HHI", ver | (inst << 4), rtype, len(body)) + body


def container(rtype, children, inst=0):
    return rec(rtype, b"".join(children), ver=0xF, inst=inst)


def chars(text):  # TextCharsAtom: UTF-16LE, paragraphs end with CR
    return rec(0x0FA0, text.encode("utf-16-le"))


def text_bytes(text):  # TextBytesAtom: the low bytes of UTF-16 code units
    return rec(0x0FA8, text.encode("latin-1"))


def text_header(kind):
    return rec(0x0F9F, struct.pack("<I", kind))


def slide_persist(persist_id, slide_id):
    return rec(0x03F3, struct.pack("<IIiII", persist_id, 0, 0, slide_id, 0))


def textbox(*atoms, anchor=None):
    """A shape with a text box; `anchor` (left, top, right, bottom) places it in its group."""
    children = [rec(0xF00A, struct.pack("<II", 1, 0xA00), ver=2)]
    if anchor:
        children.append(rec(0xF00F, struct.pack("<iiii", *anchor)))
    children.append(container(0xF00D, [text_header(4), *atoms]))
    return container(0xF004, children)


def drawing(shapes):
    group = container(0xF003, [container(0xF004, [rec(0xF00A, struct.pack("<II", 0, 5), ver=2)]),
                               *shapes])
    return container(0x040C, [container(0xF002, [group])])


def table(rows):
    """A table as PowerPoint stores one: a group of text boxes placed on a grid."""
    cells = [container(0xF004, [rec(0xF00A, struct.pack("<II", 2, 0x201), ver=2)])]  # the group
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cells.append(textbox(chars(text), anchor=(100 * c, 50 * r, 100 * c + 100, 50 * r + 50)))
    return container(0xF003, cells)


def slide(notes_id, shapes, extra=()):
    atom = rec(0x03EF, struct.pack("<I8sIIHH", 0, bytes(8), 0x80000000, notes_id, 0, 0), ver=2)
    return container(0x03EE, [atom, drawing(shapes), *extra])


def notes(slide_id, shapes):
    return container(0x03F0, [rec(0x03F1, struct.pack("<IHH", slide_id, 0, 0), ver=1),
                              drawing(shapes)])


def comment(author, text):
    return container(0x2EE0, [rec(0x0FBA, author.encode("utf-16-le"), inst=0),
                              rec(0x0FBA, text.encode("utf-16-le"), inst=1),
                              rec(0x2EE1, bytes(28))])


class DeckWriter:
    """A PowerPoint Document stream: records put under persist ids, edits that list them."""

    def __init__(self, padding=0):
        self.stream = bytearray()
        self.persist = {}
        if padding:  # a record no reader needs, to give the stream its size
            self.stream += rec(0x0FD9, bytes(padding))

    def put(self, persist_id, record):
        self.persist[persist_id] = len(self.stream)
        self.stream += record

    def edit(self, persist_ids, doc_persist=1, last_edit=0):
        """A persist directory for persist_ids and the edit that names it: the edit's offset."""
        directory = len(self.stream)
        self.stream += rec(0x1772, b"".join(struct.pack("<II", pid | (1 << 20), self.persist[pid])
                                            for pid in sorted(persist_ids)))
        offset = len(self.stream)
        self.stream += rec(0x0FF5, struct.pack("<IHBBIIIIHH", 0, 0, 0, 3, last_edit, directory,
                                               doc_persist, 100, 1, 0))
        return offset


def current_user(edit, token=0xE391C05F):
    user = b"piguard"
    return rec(0x0FF6, struct.pack("<IIIHHBBH", 0x14, token, edit, len(user), 0x03F4, 3, 0, 0) +
               user + struct.pack("<I", 8))


def powerpoint_deck(padding=0, token=0xE391C05F):
    """{stream name: bytes} of a two-slide deck saved twice; slide 2 replaced in the second save."""
    d = DeckWriter(padding)
    document = container(0x03E8, [
        rec(0x03E9, bytes(40), ver=1),
        container(0x0FF0, [slide_persist(2, 256), text_header(0), chars("投诉复盘"),
                           text_header(1), chars("客户：周雅婷\r联系电话 13957162408"),
                           slide_persist(3, 257)], inst=0),
        container(0x0FF0, [slide_persist(4, 512)], inst=2),
    ])
    d.put(1, document)
    # Slide 1: a placeholder that refers to the slide list's text, a text box of its own (8-bit
    # text) and a comment.
    outline_ref = container(0xF004, [container(0xF00D, [rec(0x0F9E, struct.pack("<I", 1))])])
    d.put(2, slide(512, [outline_ref, textbox(text_bytes("Email: li.na@example.com"))],
                   [container(0x1388, [container(0x138A, [comment("张经理", "核实身份证 11010519491231002X")])])]))
    d.put(3, slide(0, [textbox(chars("旧版：王小明 13800000001"))]))
    d.put(4, notes(256, [textbox(chars("回访人：陈建华"))]))
    first = d.edit([1, 2, 3, 4])
    # The second save: slide 2 again, now a callback list.
    d.put(3, slide(0, [table([("姓名", "手机号码"), ("李强", "13912345678"), ("赵敏", "13700001111")])]))
    second = d.edit([3], last_edit=first)
    return {"PowerPoint Document": bytes(d.stream), "Current User": current_user(second, token)}


WANT = [
    ("!notes1", 1, "PERSON_NAME", None, "陈建华"),
    ("!slide1", 2, "PERSON_NAME", None, "周雅婷"),
    ("!slide1", 3, "PHONE_NUMBER", None, "13957162408"),
    ("!slide1", 4, "EMAIL_ADDRESS", "Email", "li.na@example.com"),
    ("!slide1", 5, "CHINA_RESIDENT_ID_NUMBER", None, "11010519491231002X"),
    ("!slide2", 3, "PERSON_NAME", "姓名", "李强"),
    ("!slide2", 3, "PHONE_NUMBER", "手机号码", "13912345678"),
    ("!slide2", 4, "PERSON_NAME", "姓名", "赵敏"),
    ("!slide2", 4, "PHONE_NUMBER", "手机号码", "13700001111"),
]


class PptTest(TempDirTest):
    def assert_same_findings(self, ppt, pptx):
        code, want, err = scan(pptx)
        self.assertEqual(code, 1, err)
        code, got, err = scan(ppt)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, want)
        return got

    def test_libreoffice_decks_match_their_pptx(self):
        got = self.assert_same_findings(os.path.join(FIXTURES, "ppt", "deck.ppt"),
                                        os.path.join(FIXTURES, "pptx", "deck.pptx"))
        self.assertIn(("!notes1", 1, "CHINA_RESIDENT_ID_NUMBER", None, "33010619880315123X"), got)
        got = self.assert_same_findings(os.path.join(FIXTURES, "ppt", "roster.ppt"),
                                        os.path.join(FIXTURES, "ppt", "roster.pptx"))
        self.assertIn(("!slide1", 5, "PERSON_NAME", "姓名", "李强"), got)

    def test_powerpoint_deck_in_every_stream_layout(self):
        # Mini stream (< 4096 bytes), regular sectors, and a file large enough that its
        # allocation sectors are listed outside the header.
        for padding in (0, 6000, 9 << 20):
            with self.subTest(padding=padding):
                path = self.path("deck%d.ppt" % padding)
                write_cfb(path, powerpoint_deck(padding))
                code, got, err = scan(path)
                self.assertEqual((code, err), (1, ""))
                self.assertEqual(got, sorted(WANT))
        code, out, err = run("scan", self.path("deck0.ppt"))
        self.assertIn("deck0.ppt!slide2  [text", out)
        self.assertNotIn("13800000001", out + err)

    def test_without_current_user_the_last_edit_is_read(self):
        streams = powerpoint_deck()
        del streams["Current User"]
        path = self.path("deck.pps")
        write_cfb(path, streams)
        code, got, err = scan(path)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, sorted(WANT))

    def test_encrypted_deck_is_an_error(self):
        path = self.path("secret.ppt")
        write_cfb(path, powerpoint_deck(token=0xF3D1C4DF))
        code, got, err = scan(path)
        self.assertEqual((code, got), (2, []))
        self.assertIn("secret.ppt: a password-protected (encrypted) presentation", err)

    def test_broken_edit_chain_reads_every_stored_slide(self):
        streams = powerpoint_deck()
        streams["Current User"] = current_user(7)  # no edit record there
        path = self.path("broken.ppt")
        write_cfb(path, streams)
        code, got, err = scan(path)
        self.assertEqual(code, 2)
        self.assertIn("broken.ppt: damaged PowerPoint presentation (no edit "
                      "record where one should be, at byte 7); the slides were read in the order "
                      "they are stored", err)
        values = {g[4] for g in got}
        # Both versions of slide 2 are in the file: both are read, and the notes.
        self.assertTrue({"13800000001", "13912345678", "li.na@example.com", "陈建华"} <= values, got)
        self.assertNotIn("13957162408", values)  # the slide list's text is the document's

    def test_embedded_objects_are_read(self):
        # ExOleObjStg records: an OLE object packaging a CSV file (compressed, and replaced in
        # the second save: the old version is not read), one holding a Word document in its
        # Package stream (stored as it is), one whose compressed data is damaged (a warning),
        # each a compound file written by OLE::Storage_Lite.
        from test_embedded import ole10native, document

        def ole_object(streams):
            path = self.path("object.bin")
            write_cfb(path, streams)
            with open(path, "rb") as f:
                return f.read()

        def stg(data, compressed):
            if not compressed:
                return rec(0x1011, data, inst=0)
            return rec(0x1011, struct.pack("<I", len(data)) + zlib.compress(data), inst=1)

        old_csv = ole_object({"\x01Ole10Native": ole10native("名单.csv", "姓名,电话\n王小明,13800000001\n".encode())})
        csv = ole_object({"\x01Ole10Native": ole10native("名单.csv", "姓名,电话\n李强,13912345678\n".encode())})
        package = ole_object({"Package": document("客户身份证号码 11010519491231002X")})
        d = DeckWriter()
        d.put(1, container(0x03E8, [rec(0x03E9, bytes(40), ver=1),
                                    container(0x0FF0, [slide_persist(2, 256)], inst=0)]))
        d.put(2, slide(0, [textbox(chars("汇报 联系电话 13957162408"))]))
        d.put(3, stg(old_csv, True))
        d.put(4, stg(package, False))
        broken = stg(csv, True)
        d.put(5, broken[:-6] + b"\0" * 6)
        first = d.edit([1, 2, 3, 4, 5])
        d.put(3, stg(csv, True))
        second = d.edit([3], last_edit=first)
        path = self.path("objects.ppt")
        write_cfb(path, {"PowerPoint Document": bytes(d.stream), "Current User": current_user(second)})
        code, got, err = scan(path)
        self.assertEqual(code, 1, err)
        self.assertEqual(got, sorted([
            ("!slide1", 1, "PHONE_NUMBER", None, "13957162408"),
            ("!object1!名单.csv", 2, "PERSON_NAME", "姓名", "李强"),
            ("!object1!名单.csv", 2, "PHONE_NUMBER", "电话", "13912345678"),
            ("!object2", 1, "CHINA_RESIDENT_ID_NUMBER", None, "11010519491231002X"),
        ]))
        self.assertIn("%s!object3: the embedded object's compressed data is damaged" % path, err)
        self.assertIn("a file embedded in a document", err)

    def test_other_names_archives_and_damage(self):
        deck = os.path.join(FIXTURES, "ppt", "deck.ppt")
        code, want, err = scan(deck)
        renamed = self.path("deck.dat")
        shutil.copy(deck, renamed)
        code, got, err = scan(renamed)
        self.assertEqual((code, err, got), (1, "", want))
        tgz = self.path("decks.tar.gz")
        with tarfile.open(tgz, "w:gz") as t:
            t.add(deck, "a/deck.ppt")
            t.add(deck, "a/deck-without-extension")
        code, got, err = scan(tgz)
        self.assertEqual((code, err), (1, ""))
        self.assertEqual(got, sorted([("!a/deck.ppt" + w[0], *w[1:]) for w in want] +
                                     [("!a/deck-without-extension" + w[0], *w[1:]) for w in want]))
        # Standard input is read as a deck too (whole, in memory), with the same findings.
        with open(deck, "rb") as f:
            code, out, err = run("scan", "-f", "jsonl", "--show-values", "-", stdin=f.read())
        self.assertEqual((code, err), (1, ""))
        got = []
        for line in out.splitlines():
            f = json.loads(line)
            self.assertTrue(f["path"].startswith("-!"), f["path"])
            got.append((f["path"][1:], f["line"], f["type"], f.get("field"), f["value"]))
        self.assertEqual(sorted(got), want)
        # A compound file of no kind piguard reads, on standard input: skipped with a note.
        other = self.path("other.bin")
        write_cfb(other, {"Equation Native": b"\x1c\x00" + b"x" * 40})
        with open(other, "rb") as f:
            code, out, err = run("scan", "-", stdin=f.read())
        self.assertEqual(code, 0)
        self.assertIn("OLE2 compound file", out + err)
        cut = self.path("cut.ppt")
        with open(deck, "rb") as f:
            data = f.read()
        with open(cut, "wb") as f:
            f.write(data[:3000])
        code, got, err = scan(cut)
        self.assertEqual((code, got), (2, []))
        self.assertIn("cut.ppt: damaged OLE2 compound file", err)
        code, out, err = run("redact", deck, "-o", self.path("out.ppt"))
        self.assertIn("a PowerPoint 97-2003 presentation; redact does not rewrite it", out + err)


class CompoundFileTest(TempDirTest):
    def test_streams_match_what_was_written_and_olefile(self):
        rng = random.Random(7)
        sizes = [0, 1, 63, 64, 65, 4095, 4096, 4097, 7 * 512 + 3, 100000, 7 << 20]
        for trial in range(4):
            streams = {}
            for i, size in enumerate(rng.sample(sizes, 6) if trial else sizes):
                streams["Stream %d 流" % i] = rng.randbytes(size)
            path = self.path("t%d.cfb" % trial)
            write_cfb(path, streams)
            listed = subprocess.run([CFB_TOOL, path], capture_output=True, timeout=60)
            self.assertEqual(listed.returncode, 0, listed.stderr)
            names = listed.stdout.decode("utf-8").splitlines()
            ole = olefile.OleFileIO(path)
            self.assertEqual(sorted(names), sorted(e[0] for e in ole.listdir()))
            self.assertEqual(sorted(names), sorted(streams))
            for name, data in streams.items():
                with self.subTest(trial=trial, stream=name, size=len(data)):
                    got = subprocess.run([CFB_TOOL, path, name], capture_output=True, timeout=60)
                    self.assertEqual(got.returncode, 0, got.stderr)
                    self.assertEqual(got.stdout, data)
                    self.assertEqual(got.stdout, ole.openstream(name).read())
            ole.close()
        missing = subprocess.run([CFB_TOOL, path, "nothing"], capture_output=True, timeout=60)
        self.assertEqual(missing.returncode, 3)

    def test_damaged_files_are_errors_that_say_so(self):
        path = self.path("t.cfb")
        write_cfb(path, {"A": b"x" * 10000, "B": b"y" * 100})
        with open(path, "rb") as f:
            data = bytearray(f.read())
        cases = {
            "cut": (data[:1024], "damaged OLE2 compound file"),
            "header only": (data[:512], "damaged OLE2 compound file"),
            "bad sector size": (data[:30] + b"\x0a\x00" + data[32:], "sector size 2^10"),
            "no signature": (b"\0" * 8 + data[8:], "not an OLE2 compound file (no signature)"),
        }
        # A loop in the allocation table: the first entry of stream A's chain points to itself.
        looped = bytearray(data)
        fat_sector = struct.unpack_from("<I", data, 76)[0]
        fat = 512 * (fat_sector + 1)
        for s in range(128):
            nxt = struct.unpack_from("<I", looped, fat + 4 * s)[0]
            if nxt < 0xFFFFFFF0 and nxt == s + 1 and s > 1:
                struct.pack_into("<I", looped, fat + 4 * s, s)
                break
        cases["loop"] = (looped, "damaged OLE2 compound file")
        for name, (bytes_, message) in cases.items():
            with self.subTest(case=name):
                damaged = self.path(name.replace(" ", "_") + ".cfb")
                with open(damaged, "wb") as f:
                    f.write(bytes_)
                results = [subprocess.run([CFB_TOOL, damaged, s], capture_output=True, timeout=60)
                           for s in ("A", "B")]
                self.assertTrue(any(r.returncode == 2 for r in results), results)
                self.assertIn(message, b"".join(r.stderr for r in results).decode("utf-8"))

    def test_a_storage_named_like_the_document_stream_is_not_a_deck(self):
        # A storage (a folder inside the file) where the "PowerPoint Document" stream belongs:
        # there is no stream to read, which once made the renderer read freed memory.
        path = self.path("storage.ppt")
        write_cfb(path, {"PowerPoint Document": None, "Current User": current_user(0)})
        code, out, err = run("scan", "--no-progress", path)
        self.assertEqual(code, 2, err)
        self.assertIn("not a PowerPoint 97-2003 presentation", err)
        # The same storage in a file under another name: not read as a deck either.
        other = self.path("storage.bin")
        os.rename(path, other)
        code, out, err = run("scan", "--no-progress", other)
        self.assertNotIn("PowerPoint", err)
        self.assertIn(code, (0, 2), err)


if __name__ == "__main__":
    unittest.main()
