#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Stand-in for the kernel's scripts/checker-valid.sh, which some Debian
# kbuild packages lack (Kbuild then skips sparse without failing). Prints 1
# when the checker given as arguments runs on a trivial input.
# usage: checker-valid.sh CHECK [CHECKFLAGS...]
printf 'extern int rpi_acpi_checker_probe;\n' | "$@" - >/dev/null 2>&1 && echo 1
