"""What the script tests share: a test case with a temporary directory of its own."""
import os
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
