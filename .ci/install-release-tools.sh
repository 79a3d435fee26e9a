#!/usr/bin/env bash
# Installs the real spreadsheet and data clients that test/release/real-clients.test.ts loads the
# CSV edition with: pandas (Debian's python3-pandas, for /usr/bin/python3) and LibreOffice Calc
# headless (csv → xlsx → csv). Without them those tests skip; CI must not skip them.
# Debian bookworm names, checked with apt-cache policy: python3-pandas 1.5.3,
# libreoffice-calc-nogui 7.4.7 (Calc without the GUI toolkits: smaller, no X needed).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends python3-pandas libreoffice-calc-nogui
/usr/bin/python3 -c 'import pandas; print("pandas", pandas.__version__)'
command -v soffice >/dev/null && soffice --version
