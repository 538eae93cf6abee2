"""bilag: goal/result tables of Danish municipal status annexes as data.

The pipeline runs one way: ``bilag.extract`` reads a file into a
:class:`~bilag.record.Record`, ``bilag.normalize`` reads the verdicts and
numbers into it, ``bilag.store`` keeps records in a SQL database.
"""

__version__ = "0.1.0"
