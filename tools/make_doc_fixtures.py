#!/usr/bin/python3
"""Writes the Word 97-2003 test fixtures in tests/fixtures/word97/: Word documents written by
python3-docx (the same content tests/scripts/test_doc.py builds again as .docx), converted
to .doc by LibreOffice (`soffice --headless --convert-to doc`), an independent writer of the
binary format. Run by hand from the repository root when the fixtures must change; it needs
python3-docx and libreoffice-writer-nogui, which the tests themselves do not."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join("tests", "scripts"))
from doc_content import DOCUMENTS  # noqa: E402

out = os.path.join("tests", "fixtures", "word97")
with tempfile.TemporaryDirectory() as tmp:
    for name, build in DOCUMENTS.items():
        path = os.path.join(tmp, name + ".docx")
        build().save(path)
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", out, path],
                       check=True, capture_output=True, timeout=300)
        print("wrote", os.path.join(out, name + ".doc"))
