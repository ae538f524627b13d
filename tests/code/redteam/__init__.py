"""Red-team probes for the code grader, written without reading its implementation.

Each family in :mod:`redteam.families` turns a HumanEval task into one or more responses a
reward-hacking policy might send; :mod:`redteam.honest` holds honest but unusual
solutions that must keep scoring 1.0; :mod:`redteam.run` grades them all through the code
function's public handler, in batches; :mod:`redteam.naive` is the positive control (a
harness that runs response and test in one interpreter, which the probes beat).
``tests/code/test_code_redteam.py`` asserts on the results and ``bench/code_redteam.py``
prints them as a table.
"""
