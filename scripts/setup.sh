#!/usr/bin/env bash
# Installs everything piguard needs to build, test and benchmark, from Debian 12 packages.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libre2-dev libsimdjson-dev libyaml-cpp-dev libcli11-dev zlib1g-dev libssl-dev
  libzstd-dev liblzma-dev libbz2-dev zstd xz-utils bzip2
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-stdnum python3-phonenumbers
  clang libclang-rt-14-dev
  nlohmann-json3-dev python3-yaml python3-jsonschema chromium fonts-noto-cjk
  ripgrep time opencc unzip
  libsqlite3-dev libpq-dev postgresql postgresql-contrib
  libcpp-httplib-dev wrk
  libminizip-dev libexpat1-dev libfreexl-dev libarchive-dev antiword python3-openpyxl python3-docx python3-xlwt
  poppler-utils poppler-data python3-reportlab python3-xlrd python3-olefile libole-storage-lite-perl
  avro-bin python3-avro tshark
  tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng python3-pil libemail-outlook-message-perl
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
