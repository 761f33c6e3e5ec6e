#!/usr/bin/env python3
"""One content hash of a built site, to prove that a change of loa's code changed no output.

    python3 bench/fingerprint.py OUT_DIR [--list]

Prints the SHA-256 of the sorted list of (relative path, SHA-256 of the bytes) of every file
under OUT_DIR, with the file count and byte total; `--list` prints each file's hash too, so that
two listings can be compared with `diff`. Symbolic links count as the file they point to.
"""
import argparse
import hashlib
import os
import sys


def files(root):
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            yield os.path.relpath(path, root).replace(os.sep, "/"), path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--list", action="store_true", help="print every file's hash")
    args = parser.parse_args()
    if not os.path.isdir(args.out_dir):
        sys.exit(f"{args.out_dir}: not a folder")
    tree = hashlib.sha256()
    count = total = 0
    for relative, path in sorted(files(args.out_dir)):
        with open(path, "rb") as file:
            data = file.read()
        digest = hashlib.sha256(data).hexdigest()
        if args.list:
            print(f"{digest}  {relative}")
        tree.update(f"{relative}\0{digest}\n".encode())
        count += 1
        total += len(data)
    print(f"{tree.hexdigest()}  {count} files, {total} bytes")


if __name__ == "__main__":
    main()
