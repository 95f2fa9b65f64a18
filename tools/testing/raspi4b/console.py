#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""The host side of a raspi4b guest's console.

usage: console.py CONSOLE_SOCKET MONITOR_SOCKET LOG

Connects to QEMU's console (a unix socket chardev, the PL011) and its HMP
monitor (a unix socket), copies the console into LOG until QEMU closes
it, and answers each "@@RPI4B-XP ADDR@@" the guest prints with the 32-bit
word at physical ADDR as QEMU's monitor reads it ("xp /1wx ADDR"), typed
back on the console as "0xVALUE" and a newline: the guest's way to read
the emulated BCM2711's registers without its own kernel in the path.
"""

import re
import socket
import sys
import time

REQUEST = re.compile(rb"@@RPI4B-XP (0x[0-9a-fA-F]+)@@")
XP_REPLY = re.compile(rb"^[0-9a-fA-F]+: (0x[0-9a-fA-F]+)\s*$", re.M)


def connect(path):
    """Connect to a unix socket QEMU is about to create."""
    for _ in range(600):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.connect(path)
            return s
        except OSError:
            s.close()
            time.sleep(0.1)
    sys.exit(f"console.py: cannot connect to {path}")


def read_prompt(mon):
    """What the monitor prints up to its next prompt."""
    buf = b""
    while not buf.endswith(b"(qemu) "):
        data = mon.recv(4096)
        if not data:
            break
        buf += data
    return buf


def monitor_cmd(mon, cmd):
    """Run an HMP command; its output up to the next prompt."""
    mon.sendall(cmd.encode() + b"\n")
    return read_prompt(mon)


def main():
    con = connect(sys.argv[1])
    mon = connect(sys.argv[2])
    read_prompt(mon)  # the banner and the first prompt
    pending = b""
    with open(sys.argv[3], "wb") as log:
        while True:
            data = con.recv(4096)
            if not data:
                break
            log.write(data)
            log.flush()
            pending += data
            while True:
                m = REQUEST.search(pending)
                if not m:
                    break
                pending = pending[m.end():]
                out = monitor_cmd(mon, f"xp /1wx {m.group(1).decode()}")
                v = XP_REPLY.search(out.replace(b"\r", b""))
                reply = v.group(1) if v else b"none"
                log.write(b"\n[console.py: xp " + m.group(1) + b" = " +
                          reply + b"]\n")
                con.sendall(reply + b"\n")
            pending = pending[-64:]


if __name__ == "__main__":
    main()
