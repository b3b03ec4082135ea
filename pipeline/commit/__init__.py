"""Commitment extraction helpers (used by ``pipeline.components.commitments``).

- :mod:`.lexicon` — the trigger lexicon (``resources/commitments.json``), loaded strictly;
- :mod:`.actors` — subject → ISO alpha-3 states and Person ids, meeting parties;
- :mod:`.quantities` — money and quantities inside an action (targets);
- :mod:`.extract` — the dependency-tree walks that find triggers, actions, deadlines.
"""
