"""Builds test/dev13/gold.jsonl from the hand annotations in annotations.py.

    python3 test/dev13/build_gold.py          # writes test/dev13/gold.jsonl
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep test/dev13 free of __pycache__
HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent / 'gold_tools'))
from gold_builder import build  # noqa: E402

if __name__ == '__main__':
    build(HERE)
