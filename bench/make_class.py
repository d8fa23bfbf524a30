#!/usr/bin/env python3
"""Writes a class's worth of student projects for `lesson grade`, for benchmarks.

Usage: make_class.py SAMPLE_FOLDER N OUT_FOLDER
Each student starts from the sample (the lesson's finished program) and is somewhere along the way:
numbers changed; one in three with a timer too fast for the lesson's step 1, one in three with the
last block of each stack not yet added; so `lesson grade` has steps to explain, block names and all.
"""
import copy
import json
import random
import sys
import zipfile
from pathlib import Path


def numbers(node, into):
    if isinstance(node, dict):
        if node.get("type") == "math_number" and isinstance(node.get("fields"), dict):
            into.append(node)
        for value in node.values():
            numbers(value, into)
    elif isinstance(node, list):
        for value in node:
            numbers(value, into)


def drop_last(block):
    """Removes the last block of the stack that starts at block (if it has more than one)."""
    while "next" in block and "next" in block["next"]["block"]:
        block = block["next"]["block"]
    block.pop("next", None)


def main():
    sample, n, out = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    project = json.loads((sample / "project.json").read_text(encoding="utf-8"))
    rng = random.Random(30)
    for i in range(n):
        student = copy.deepcopy(project)
        student["name"] = f"Student {i + 1}"
        found = []
        numbers(student["workspace"], found)
        for number in rng.sample(found, min(3, len(found))):
            number["fields"]["NUM"] = rng.randint(0, 500)
        if i % 3 == 1:
            for top in student["workspace"]["blocks"]["blocks"]:
                if top.get("type") == "kumiki_every":
                    top["inputs"]["MS"] = {"shadow": {"type": "math_number", "fields": {"NUM": 20}}}
        if i % 3 == 2:
            for top in student["workspace"]["blocks"]["blocks"]:
                body = top.get("inputs", {}).get("DO", {}).get("block")
                if body:
                    drop_last(body)
        with zipfile.ZipFile(out / f"student-{i + 1:02d}.kumiki", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("project.json", json.dumps(student))


if __name__ == "__main__":
    main()
