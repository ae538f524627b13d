"""Code that runs inside the sandbox (standard library only; pytest for that format).

Nothing here imports ``grader_core``: the runner is a bare ``python -S`` process.
"""
