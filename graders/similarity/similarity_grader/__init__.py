"""The similarity grader: text similarity metrics (RapidFuzz, NLTK, rouge-score, embeddings)."""
