"""Builds a development set's gold.jsonl from its hand annotations (annotations.py beside it).

The annotations name each quoted span by its exact text (and, when the same words occur twice,
which occurrence); this finds the code-point offsets, so no offset is typed by hand. It refuses
to write when a span is not bounded by quotation marks (or, for an unterminated quote or a
paragraph of a multi-paragraph quote, by the paragraph end), and it lists every quotation mark in
a document that no record accounts for, so that every mark pair is judged (GUIDELINE.md: "Every
quotation-mark pair in the document gets a record"). Shared by test/dev2 and test/dev3.
"""
import json
import sys

sys.dont_write_bytecode = True  # keep the test folders free of __pycache__

OPENERS = set('"\'“‘')
# A double prime closes a quote in some published text: “Marxist in No.10″
CLOSERS = set('"\'”’″')
MARKS = OPENERS | CLOSERS


def find_span(source, text, nth, unterminated):
    """The nth occurrence of `text` with an opening mark right before it and a closing mark (or,
    for an unterminated quote or a paragraph of a multi-paragraph quote, the paragraph end) right
    after it: a quoted span."""
    start = -1
    seen = 0
    while True:
        start = source.find(text, start + 1)
        if start < 0:
            raise SystemExit(f'not found as a quoted span (occurrence {nth}): {text!r}')
        after = source[start + len(text)] if start + len(text) < len(source) else '\n'
        closed = after in CLOSERS or (unterminated and after == '\n')
        if start > 0 and source[start - 1] in OPENERS and closed:
            if seen == nth:
                return start, start + len(text)
            seen += 1


def is_apostrophe(source, i, listed):
    # don’t, Britain’s: a letter on both sides makes it no mark. Others (Kyrgios’ 6-4, ’70s)
    # are listed by hand in APOSTROPHES as snippets ending in the apostrophe.
    ch = source[i]
    if ch not in "'’":
        return False
    before = source[i - 1] if i > 0 else ' '
    after = source[i + 1] if i + 1 < len(source) else ' '
    return (before.isalnum() and after.isalnum()) or i in listed


def build(here):
    """Writes here/gold.jsonl from here/annotations.py; exits 1, writing nothing, on any problem."""
    sys.path.insert(0, str(here))
    from annotations import ANNOTATIONS, APOSTROPHES  # noqa: E402
    docs = here / 'docs'
    out = []
    problems = []
    for doc, records in ANNOTATIONS.items():
        source = (docs / doc).read_text(encoding='utf-8')
        used = set()
        for rec in records:
            text = rec['text']
            open_end = rec.get('unterminated', False) or rec.get('para', False)
            start, end = find_span(source, text, rec.get('nth', 0), open_end)
            before = source[start - 1] if start > 0 else '\n'
            after = source[end] if end < len(source) else '\n'
            if before not in OPENERS:
                problems.append(f'{doc}: no opening mark before {text[:40]!r}')
            if after not in CLOSERS and not (open_end and after == '\n'):
                problems.append(f'{doc}: no closing mark after {text[-40:]!r}')
            used.update({start - 1, end})
            # Doubled marks used as one quotation mark (''tweaked'', ‘‘bleeding obvious’’): both halves
            # belong to the span's marks.
            if start > 1 and source[start - 2] == source[start - 1]:
                used.add(start - 2)
            if end + 1 < len(source) and after in CLOSERS and source[end + 1] == after:
                used.add(end + 1)
            out.append({
                'doc': doc, 'start': start, 'end': end, 'text': text, 'kind': rec['kind'],
                'speaker': rec.get('speaker'), 'aliases': rec.get('aliases', []),
                'continues': rec.get('continues', False), 'note': rec.get('note'),
            })
        # Every mark outside the recorded spans' own marks must be an apostrophe or inside a span.
        spans = [(r['start'], r['end']) for r in out if r['doc'] == doc]
        listed = set()
        for snippet in APOSTROPHES.get(doc, []):
            at = source.find(snippet)
            if at < 0:
                problems.append(f'{doc}: apostrophe snippet not found: {snippet!r}')
            listed.add(at + len(snippet) - 1)
        for i, ch in enumerate(source):
            if ch not in MARKS or i in used or is_apostrophe(source, i, listed):
                continue
            if any(a <= i < b for a, b in spans):
                continue
            problems.append(f'{doc}:{i}: mark {ch!r} not accounted for: ...{source[max(0, i - 30):i + 30]!r}')
    if problems:
        print('\n'.join(problems))
        raise SystemExit(1)
    out.sort(key=lambda r: (r['doc'], r['start']))
    with open(here / 'gold.jsonl', 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    kinds = {}
    for r in out:
        kinds[r['kind']] = kinds.get(r['kind'], 0) + 1
    print(f'{len(out)} records in {len(ANNOTATIONS)} documents: {kinds}')

