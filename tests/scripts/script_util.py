"""What the script tests share: a test case with a temporary directory of its own, running
piguard and collecting its findings, and compound files written by an independent writer."""
import email.mime.application
import email.mime.multipart
import email.mime.text
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import unittest


class TempDirTest(unittest.TestCase):
    """A test case whose every test gets an empty directory (self.dir), removed afterwards;
    self.path(name) is a file name in it."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def assert_read_by_content(self, path, want, member, scan=None):
        """The file at `path` gives the findings `want` (scan_values's, sorted) under a name
        that says nothing, as the member `member` of a tar.gz and on standard input; `scan` is
        scan_values or a test's own variant of it."""
        scan = scan or scan_values
        renamed = self.path("renamed.bin")
        shutil.copy(path, renamed)
        self.assertEqual(scan(renamed), (1, want, ""))
        tgz = self.path("member.tar.gz")
        with tarfile.open(tgz, "w:gz") as t:
            t.add(path, member)
        self.assertEqual(scan(tgz), (1, sorted(("!" + member + w[0],) + w[1:] for w in want), ""))
        with open(path, "rb") as f:
            self.assertEqual(scan("-", stdin=f.read()), (1, want, ""))

    def assert_read_as_attachment(self, path, want, filename, scan=None):
        """The file at `path`, attached as `filename` to an e-mail message, gives the findings
        `want` (scan_values's, sorted) under the attachment's name."""
        scan = scan or scan_values
        msg = email.mime.multipart.MIMEMultipart()
        msg["Subject"] = "backup"
        msg.attach(email.mime.text.MIMEText("见附件", "plain", "utf-8"))
        with open(path, "rb") as f:
            att = email.mime.application.MIMEApplication(f.read(), _subtype="octet-stream")
        att.add_header("Content-Disposition", "attachment", filename=filename)
        msg.attach(att)
        eml = self.path("attached.eml")
        with open(eml, "wb") as f:
            f.write(msg.as_bytes())
        self.assertEqual(scan(eml), (1, sorted(("!" + filename + w[0],) + w[1:] for w in want), ""))

    def assert_redact_skips(self, path, note):
        """`piguard redact` on a folder holding the file at `path`: skipped with `note`,
        nothing written for it."""
        src = self.path("redact-in")
        os.mkdir(src)
        shutil.copy(path, src)
        code, out, err = run_piguard("redact", src, "-o", self.path("redact-out"))
        self.assertIn(note, err)
        self.assertFalse(os.path.exists(os.path.join(self.path("redact-out"),
                                                     os.path.basename(path))))


def run_piguard(*args, stdin=None):
    """(exit status, standard output, standard error) of the piguard binary under test."""
    p = subprocess.run([os.environ.get("PIGUARD_BIN", "build/piguard"), *args],
                       capture_output=True, timeout=120, input=stdin)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def scan_values(path, *extra, stdin=None, skip_fields=()):
    """(exit status, sorted [(what follows `path` in the finding's path, line, type, field,
    value)], standard error) of `piguard scan -j1 -f jsonl --show-values`; findings under the
    fields `skip_fields` left out."""
    code, out, err = run_piguard("scan", "-j1", "-f", "jsonl", "--show-values", *extra, path,
                                 stdin=stdin)
    got = []
    for line in out.splitlines():
        f = json.loads(line)
        if f.get("field") in skip_fields:
            continue
        got.append((f["path"][len(path):], f["line"], f["type"], f.get("field"), f["value"]))
    return code, sorted(got), err


def write_cfb(path, streams):
    """A compound file at `path` with the streams {name: bytes}, written by Perl's
    OLE::Storage_Lite (cfb_writer.pl); a name with '/' in it is a stream inside storages
    ("ObjectPool/_1/Package"), and a value of None makes an empty storage of that name."""
    args = []
    parts = []
    for i, (name, data) in enumerate(streams.items()):
        if data is None:
            args.append(name + "/")
            continue
        part = path + ".stream%d" % i
        with open(part, "wb") as f:
            f.write(data)
        parts.append(part)
        args.append("%s=%s" % (name, part))
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run(["perl", os.path.join(here, "cfb_writer.pl"), path, *args], check=True,
                   timeout=120)
    for part in parts:
        os.remove(part)
