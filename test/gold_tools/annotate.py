"""The vocabulary the annotations.py files of test/dev2..dev6 are written in (GUIDELINE.md).

Each record names a quoted span by its exact words; gold_builder.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).
"""


def who(speaker, *aliases):
    return {'speaker': speaker, 'aliases': list(aliases)}


def q(text, kind, speaker=None, continues=False, note=None, nth=0, para=False, unterminated=False):
    rec = {'text': text, 'kind': kind, 'continues': continues, 'note': note, 'nth': nth,
           'para': para, 'unterminated': unterminated}
    rec.update(speaker or {'speaker': None, 'aliases': []})
    return rec


def term(text, note=None, nth=0):
    return q(text, 'term', None, note=note, nth=nth)


MULTI = 'Paragraph of a multi-paragraph quote: no closing mark at the paragraph end, by convention.'
