"""Use cases: the ``Desk`` facade and its sub-services. Returns dataclasses and Changes."""
