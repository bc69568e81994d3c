"""What the script tests share: a test case with a temporary directory of its own, and compound
files written by an independent writer."""
import os
import subprocess
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
