#!/usr/bin/env python3
"""Deterministic synthetic lesson corpus for the import/search benchmark.

    gen_lessons.py OUT_DIR N_LESSONS [WORDS_PER_LESSON]

Writes
  OUT_DIR/html/lesson-NNNNN.html   one HTML page per lesson (WORDS_PER_LESSON words,
                                   default 1200, in paragraphs of 80 words)
  OUT_DIR/html/img/lesson-NNNNN.png  one 64x48 noise PNG for every 10th lesson
  OUT_DIR/html/index.html          a page linking every lesson
  OUT_DIR/lessons.tsv              id <TAB> title <TAB> rare word

Words are drawn uniformly from a 100-word health-technology vocabulary, so almost
every lesson contains every common word (the worst case for ranking two-word
queries). Each lesson i holds one rare word, zq{i:05d}marker, found in no other
lesson (the best case: one hit). 2,000 lessons make about 27 MB.
The same seed always gives the same bytes. tests/testsupport/syntheticcourse.cpp
generates the same shape in C++ for tests that must not depend on Python.
"""
import os
import random
import struct
import sys
import zlib

VOCABULARY = """
patient clinician nurse midwife pharmacist carer community hospital clinic ward
record dataset registry interoperability standard terminology coding message api
regulation regulator device software classification conformity certification audit
evidence trial outcome measure benefit cost value economics procurement tender
privacy consent security encryption identity access governance ethics bias fairness
screening triage diagnosis referral pathway prescription dosage adherence follow
monitoring wearable sensor telehealth remote imaging radiology pathology genomics
algorithm model validation verification usability accessibility inclusion equity
risk hazard mitigation safety incident deployment maintenance training skill career
volunteer mentor startup investor population prevention primary secondary tertiary
portfolio interview nutrition vaccine chronic frailty dementia diabetes
""".split()
assert len(VOCABULARY) == 100 and len(set(VOCABULARY)) == 100

SEED = 4502


def png_bytes(width, height, rng):
    """A valid RGB PNG of random pixels (compresses like a photo: barely)."""
    raw = bytearray()
    for _ in range(height):
        raw.append(0)  # filter type 0 for the row
        raw.extend(rng.getrandbits(8) for _ in range(width * 3))

    def chunk(kind, payload):
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def lesson_page(index, words_per_lesson, rng):
    lesson_id = "lesson-%05d" % index
    title = "Lesson %d: %s" % (index, " ".join(rng.choice(VOCABULARY) for _ in range(4)).capitalize())
    rare = "zq%05dmarker" % index
    body = ["<h1>%s</h1>" % title]
    image = None
    if index % 10 == 0:
        image = png_bytes(64, 48, rng)
        body.append('<img src="img/%s.png" alt="Illustration for lesson %d">' % (lesson_id, index))
    for paragraph in range(words_per_lesson // 80):
        words = [rng.choice(VOCABULARY) for _ in range(80)]
        if paragraph == 1:
            words[7] = rare
        body.append("<p>%s.</p>" % " ".join(words).capitalize())
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head>'
            "<body>%s</body></html>" % (title, "\n".join(body)))
    return lesson_id, title, rare, page, image


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    out_dir, count = argv[1], int(argv[2])
    words_per_lesson = int(argv[3]) if len(argv) > 3 else 1200
    html_dir = os.path.join(out_dir, "html")
    os.makedirs(os.path.join(html_dir, "img"), exist_ok=True)
    rng = random.Random(SEED)
    rows, links = [], []
    for index in range(count):
        lesson_id, title, rare, page, image = lesson_page(index, words_per_lesson, rng)
        with open(os.path.join(html_dir, lesson_id + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        if image is not None:
            with open(os.path.join(html_dir, "img", lesson_id + ".png"), "wb") as f:
                f.write(image)
        rows.append("%s\t%s\t%s" % (lesson_id, title, rare))
        links.append('<li><a href="%s.html">%s</a></li>' % (lesson_id, title))
    with open(os.path.join(html_dir, "index.html"), "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic course'
                "</title></head><body><ul>%s</ul></body></html>" % "".join(links))
    with open(os.path.join(out_dir, "lessons.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv)
