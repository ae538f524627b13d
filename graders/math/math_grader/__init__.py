"""The math grader: extract the final answer, read it into SymPy, compare with the reference."""
