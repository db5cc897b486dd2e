"""cleannews on corpus engines: a datatrove step and a Ray Data batch function.

| module        | what                                                                  | needs            |
|---------------|-----------------------------------------------------------------------|------------------|
| ``datatrove`` | ``CleanNewsFormatter`` (text), ``CleanNewsExtractor`` (HTML) steps   | ``cleannews[datatrove]`` |
| ``ray``       | ``CleanNews`` batch callable and ``clean_batch`` for Ray Data's ``map_batches`` and ``datasets.Dataset.map`` | nothing (``cleannews[ray]`` for Ray) |
| ``records``   | how one record is cleaned: the options every integration shares      | nothing          |
| ``schema``    | the removal record's fixed schema: Arrow type, ``datasets`` features | pyarrow / datasets, when called |

Importing :mod:`cleannews` never imports this package, and this package imports no
engine: each module imports its engine itself (see docs/corpus-scale.md).
"""
