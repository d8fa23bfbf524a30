#!/usr/bin/env python3
"""Writes a .kumiki project with about N real (non-shadow) blocks, for benchmarks.

Usage: make_project.py N OUT.kumiki
The program is a long but ordinary child's program: read the light sensor,
compare, draw, play tones and wait, repeated under several start blocks. Every
block has an id, as in every project the editor saves.
"""
import json
import sys
import zipfile


def num(n):
    return {"shadow": {"type": "math_number", "fields": {"NUM": n}}}


def colour(c):
    return {"shadow": {"type": "kumiki_colour", "fields": {"COLOUR": c}}}


def group(i):
    """Ten real blocks."""
    get = {"type": "variables_get", "fields": {"VAR": {"id": "v_light"}}}
    return [
        {"type": "variables_set", "fields": {"VAR": {"id": "v_light"}},
         "inputs": {"VALUE": {"block": {"type": "kumiki_light_level"}}}},                       # 2
        {"type": "controls_if", "inputs": {
            "IF0": {"block": {"type": "logic_compare", "fields": {"OP": "GT"},
                              "inputs": {"A": {"block": dict(get)}, "B": num(100 + i)}}},       # 2
            "DO0": {"block": {"type": "kumiki_screen_number",
                              "inputs": {"NUMBER": {"block": dict(get)}, "X": num(10), "Y": num(10),
                                         "SIZE": num(2), "COLOUR": colour("#ffffff")}}}}},      # 3 (if, number, get)
        {"type": "kumiki_play_tone", "inputs": {"HZ": num(200 + i), "MS": num(50)}},            # 1
        {"type": "kumiki_wait_ms", "inputs": {"MS": num(10)}},                                  # 1
        {"type": "kumiki_screen_fill", "inputs": {"COLOUR": colour("#000000")}},                # 1
    ]


def chain(blocks):
    for a, b in zip(blocks, blocks[1:]):
        a["next"] = {"block": b}
    return blocks[0]


def with_ids(block, counter):
    """Gives the block, its inputs' blocks and shadows, and the blocks below it ids, depth first."""
    pending = [block]
    while pending:
        b = pending.pop()
        counter[0] += 1
        b["id"] = f"b{counter[0]}"
        for connection in list(b.get("inputs", {}).values()) + [b.get("next")]:
            if connection:
                pending.extend(c for c in (connection.get("block"), connection.get("shadow")) if c)
    return block


def main():
    target, out = int(sys.argv[1]), sys.argv[2]
    groups = max(1, target // 10)
    tops = []
    counter = [0]
    per_hat = 10
    for h in range(0, groups, per_hat):
        body = [b for i in range(h, min(groups, h + per_hat)) for b in group(i)]
        hat = "kumiki_forever" if h == 0 else "kumiki_on_start"
        tops.append({"type": hat, "x": 40, "y": 40 + h * 400, "inputs": {"DO": {"block": chain(body)}}})
        with_ids(tops[-1], counter)
    project = {"format": 1, "name": f"Benchmark {target}", "board": "wio-terminal", "language": "en",
               "workspace": {"blocks": {"languageVersion": 0, "blocks": tops},
                             "variables": [{"name": "light", "id": "v_light"}]},
               "settings": {}}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.json", json.dumps(project))


if __name__ == "__main__":
    main()
