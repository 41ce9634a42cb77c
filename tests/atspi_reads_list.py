#!/usr/bin/env python3
"""A screen reader's view of the task list, over AT-SPI from outside the process.

Starts the program with --demo in a throwaway data folder, finds it on the AT-SPI desktop by
its process id, finds the tree named "Tasks" and reads its first row as a screen reader would:
it must say "Call <contact>, ...". Run it through tests/with-atspi.sh, which gives it Xvfb, a
private D-Bus session with the AT-SPI bus, and Qt's bridge always on:

    tests/with-atspi.sh python3 tests/atspi_reads_list.py build/tests/engage-tasks-test
"""
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

TABLE_ROLES = (pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE)


def wait_for(what, probe, proc, log, timeout=40.0):
    """probe()'s first true answer; fails at once, with the program's own words, if it ended."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"atspi_reads_list: the program ended (status {proc.returncode}) before "
                     f"{what} appeared; it said:\n{said(log)}")
        try:
            found = probe()
        except Exception:  # the app's objects come and go while it starts
            found = None
        if found:
            return found
        time.sleep(0.2)
    sys.exit(f"atspi_reads_list: {what} never appeared in {timeout:.0f} s; the program said:\n"
             f"{said(log)}")


def said(log):
    log.seek(0)
    return log.read().decode(errors="replace")[-4000:]


def app_of(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def task_list(app):
    """The tree named "Tasks", breadth first; lists and tables are not walked into."""
    queue = [app]
    while queue:
        node = queue.pop(0)
        for child in node:
            if child is None:
                continue
            role = child.getRole()
            if role in TABLE_ROLES and child.name == "Tasks":
                return child
            if role not in TABLE_ROLES and role != pyatspi.ROLE_LIST:
                queue.append(child)
    return None


def first_row_text(tree):
    table = tree.queryTable()
    if table.nRows < 1:
        return None
    cell = table.getAccessibleAt(0, 0)
    return cell.name if cell is not None and cell.name else None


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: atspi_reads_list.py PROGRAM")
    with tempfile.TemporaryDirectory(prefix="engage-atspi-data.") as data:
        # Its words go to a file: a pipe nobody reads would stop the program once full.
        log = tempfile.TemporaryFile()
        proc = subprocess.Popen([sys.argv[1], "--demo", "--data-dir", data],
                                stdout=subprocess.DEVNULL, stderr=log)
        try:
            app = wait_for("the program on the AT-SPI desktop", lambda: app_of(proc.pid), proc, log)
            tree = wait_for('a tree named "Tasks"', lambda: task_list(app), proc, log)
            print(f"found {tree.getRoleName()} {tree.name!r}: {tree.description!r}")
            text = wait_for("the first row's text", lambda: first_row_text(tree), proc, log)
            print(f"first row says: {text!r}")
            if not re.match(r"^Call [^,]+, ", text):
                sys.exit(f"atspi_reads_list: the first row does not say whom to call: {text!r}")
            if not re.search(r"\b(overdue|due|no due date)\b", text):
                sys.exit(f"atspi_reads_list: the first row does not say when: {text!r}")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    print("ok")


if __name__ == "__main__":
    main()
