#!/usr/bin/env python3
"""Turns a folder of HTML lessons into a course-pack source folder.

    gen_pack.py HTML_DIR OUT_SRC_DIR [--per-module 50] [--id ID] [--version X.Y.Z]

HTML_DIR is what gen_lessons.py writes as OUT/html (lesson-*.html plus img/); the
shared comparison corpus has the same layout, so the same lessons can be timed with
other tools. Writes pack.json (modules of --per-module lessons, titles from <title>),
lessons/*.html (image paths rewritten to ../img/), img/, and two small quizzes.
"""
import argparse
import json
import os
import re
import shutil

TITLE = re.compile(r"<title>(.*?)</title>", re.S)

QUIZ = {
    "formatVersion": 1,
    "passMark": 50,
    "questions": [
        {"id": "q1", "type": "single", "prompt": "Which of these is a health data standard?",
         "options": [{"id": "a", "text": "HL7 FHIR", "correct": True},
                     {"id": "b", "text": "MP3", "correct": False}]},
        {"id": "q2", "type": "truefalse", "prompt": "Consent matters.", "answer": True},
    ],
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html_dir")
    parser.add_argument("out_dir")
    parser.add_argument("--per-module", type=int, default=50)
    parser.add_argument("--id", default="org.example.bench")
    parser.add_argument("--version", default="1.0.0")
    args = parser.parse_args()

    lessons = sorted(n for n in os.listdir(args.html_dir)
                     if n.startswith("lesson-") and n.endswith(".html"))
    for sub in ("lessons", "img", "quizzes"):
        os.makedirs(os.path.join(args.out_dir, sub), exist_ok=True)
    img_dir = os.path.join(args.html_dir, "img")
    if os.path.isdir(img_dir):
        for name in sorted(os.listdir(img_dir)):
            if name.startswith("lesson-"):
                shutil.copyfile(os.path.join(img_dir, name), os.path.join(args.out_dir, "img", name))

    modules = []
    for start in range(0, len(lessons), args.per_module):
        items = []
        for name in lessons[start:start + args.per_module]:
            with open(os.path.join(args.html_dir, name), encoding="utf-8") as f:
                page = f.read()
            match = TITLE.search(page)
            title = match.group(1).strip() if match else name
            page = page.replace('src="img/', 'src="../img/')
            with open(os.path.join(args.out_dir, "lessons", name), "w", encoding="utf-8") as f:
                f.write(page)
            items.append({"id": name[:-len(".html")], "type": "lesson", "title": title[:200],
                          "file": "lessons/" + name})
        number = len(modules) + 1
        if number <= 2:
            quiz_id = "check-%02d" % number
            with open(os.path.join(args.out_dir, "quizzes", quiz_id + ".json"), "w") as f:
                json.dump(QUIZ, f, indent=2)
            items.append({"id": quiz_id, "type": "quiz", "title": "Check %d" % number,
                          "file": "quizzes/%s.json" % quiz_id})
        modules.append({"id": "module-%02d" % number, "title": "Module %d" % number,
                        "items": items})

    manifest = {
        "formatVersion": 1, "id": args.id, "version": args.version,
        "title": "Benchmark course (%d lessons)" % len(lessons),
        "description": "Synthetic lessons for the import and search benchmark.",
        "language": "en", "authors": [{"name": "Benchmark generator"}],
        "license": "CC0-1.0", "created": "2026-01-01", "reviewBy": "2099-01-01",
        "modules": modules,
    }
    with open(os.path.join(args.out_dir, "pack.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)


if __name__ == "__main__":
    main()
