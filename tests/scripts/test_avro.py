#!/usr/bin/python3
"""`piguard scan` on Avro object container files written here by python3-avro (Apache Avro's
Python implementation, independent of the C library piguard reads them with) and re-encoded
with the snappy codec by avro-c's own avromod: each record a line of JSON Lines whose field
names are the values' paths (a union's branch included); every codec; the file under another
name, in a tar.gz, on standard input and as an e-mail attachment; a file with no records is no
error; a file cut short gives the records before the damage and an error (exit status 2);
redact says it does not rewrite Avro files."""
import json
import os
import subprocess
import sys
import unittest

import avro.datafile
import avro.io
import avro.schema

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_util import TempDirTest, run_piguard, scan_values  # noqa: E402

SCHEMA = avro.schema.parse(json.dumps({
    "type": "record", "name": "Attach", "namespace": "cn.example.mme", "fields": [
        {"name": "subscriber", "type": {"type": "record", "name": "Subscriber", "fields": [
            {"name": "name", "type": ["null", "string"]},
            {"name": "msisdn", "type": ["null", "string"]},
            {"name": "imsi", "type": "long"}]}},
        {"name": "cells", "type": {"type": "array", "items": "string"}},
        {"name": "attrs", "type": {"type": "map", "values": "string"}},
        {"name": "duration_ms", "type": "int"},
    ]}))

RECORDS = [
    {"subscriber": {"name": "王小明", "msisdn": "13912345678", "imsi": 460001234567890},
     "cells": ["460-00-37021-18542"], "attrs": {"email": "wang.xm@example.com"}, "duration_ms": 63},
    {"subscriber": {"name": None, "msisdn": None, "imsi": 12},
     "cells": [], "attrs": {}, "duration_ms": 0},
    {"subscriber": {"name": "欧阳娜娜", "msisdn": "15012345678", "imsi": 460110069901481},
     "cells": [], "attrs": {"id_card": "11010519491231002X"}, "duration_ms": 120},
]

# (line, type, field, value) of RECORDS.
WANT = sorted([
    (1, "PERSON_NAME", "$.subscriber.name.string", "王小明"),
    (1, "PHONE_NUMBER", "$.subscriber.msisdn.string", "13912345678"),
    (1, "IMSI_ID", "$.subscriber.imsi", "460001234567890"),
    (1, "CELL_ID", "$.cells[0]", "460-00-37021-18542"),
    (1, "EMAIL_ADDRESS", "$.attrs.email", "wang.xm@example.com"),
    (3, "PERSON_NAME", "$.subscriber.name.string", "欧阳娜娜"),
    (3, "PHONE_NUMBER", "$.subscriber.msisdn.string", "15012345678"),
    (3, "IMSI_ID", "$.subscriber.imsi", "460110069901481"),
    (3, "CHINA_RESIDENT_ID_NUMBER", "$.attrs.id_card", "11010519491231002X"),
])


run = run_piguard
scan = scan_values


def write_avro(path, records, codec="null", block_per_record=False):
    with open(path, "wb") as f:
        w = avro.datafile.DataFileWriter(f, avro.io.DatumWriter(), SCHEMA, codec=codec)
        for r in records:
            w.append(r)
            if block_per_record:
                w.flush()  # ends the block
        w.close()


class AvroTest(TempDirTest):
    def test_records_are_json_lines_in_every_codec(self):
        want = [("",) + w for w in WANT]
        plain = self.path("attach.avro")
        write_avro(plain, RECORDS)
        deflate = self.path("attach-deflate.avro")
        write_avro(deflate, RECORDS, codec="deflate")
        snappy = self.path("attach-snappy.avro")
        subprocess.run(["avromod", "-c", "snappy", plain, snappy], check=True, timeout=60)
        for path in (plain, deflate, snappy):
            with self.subTest(file=os.path.basename(path)):
                code, got, err = scan(path)
                self.assertEqual((code, err), (1, ""))
                self.assertEqual(got, want)
        code, out, err = run("scan", plain)
        self.assertIn("attach.avro  [jsonl, 3 lines", out)
        self.assertIn("$.subscriber.msisdn.string", out)
        # No records: no findings and no error.
        empty = self.path("empty.avro")
        write_avro(empty, [])
        self.assertEqual(scan(empty), (0, [], ""))

    def test_by_content_in_archives_on_stdin_and_in_mail(self):
        path = self.path("attach.avro")
        write_avro(path, RECORDS, codec="deflate")
        self.assert_read_by_content(path, [("",) + w for w in WANT],
                                    "topics/mme/partition=0/attach+0+0000.avro")
        self.assert_read_as_attachment(path, [("",) + w for w in WANT], "sample.avro")

    def test_cut_file_gives_the_records_before_and_an_error(self):
        # One block per record: cut inside the last block.
        path = self.path("blocks.avro")
        write_avro(path, RECORDS, block_per_record=True)
        with open(path, "rb") as f:
            data = f.read()
        cut = self.path("cut.avro")
        with open(cut, "wb") as f:
            f.write(data[:-30])
        code, got, err = scan(cut)
        self.assertEqual(code, 2, err)
        self.assertEqual(got, [("",) + w for w in WANT if w[0] == 1])
        # avrocat says so on its standard error and exits 0: piguard takes the message.
        self.assertIn(cut + ": avrocat cannot read it to its end (damaged or cut short)", err)
        self.assertIn("the records before that were scanned", err)
        self.assertNotIn("1391234", err)
        # Cut in its header: avrocat fails (exit status 1).
        with open(cut, "wb") as f:
            f.write(data[:40])
        code, got, err = scan(cut)
        self.assertEqual((code, got), (2, []), err)
        self.assertIn(cut + ": avrocat cannot read it (damaged or cut short, or a codec it lacks; "
                      "exit status 1)", err)
        self.assert_redact_skips(path, "an Avro data file; redact does not rewrite it")


if __name__ == "__main__":
    unittest.main()
