"""The similarity grader: every metric on a fixed table, the hacks, bad references, and
cosine through a botocore-stubbed Bedrock client and a loopback OpenAI-compatible server.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from grader_core.errors import SampleError, SkipSample, SpecError
from grader_core.protocol import GradeContext
from grader_core.spec import build_grader
from grader_core.types import Message, Sample, Score, Status
from similarity_grader.embeddings import BedrockEmbeddings
from similarity_grader.grader import SimilarityGrader
from similarity_grader.metrics import TEXT_METRICS
from similarity_grader.wordnet import WORDNET_DIR

REF = "The Eiffel Tower is in Paris and was completed in 1889."
PARAPHRASE = "Completed in 1889, the Eiffel Tower stands in Paris."
STUFFED = " ".join([REF] * 5)
OFF_TOPIC = "Bananas are yellow fruit rich in potassium."

needs_wordnet = pytest.mark.skipif(
    not (WORDNET_DIR / "lexnames").is_file(), reason="WordNet not shipped: run `make setup`"
)
METRICS = [pytest.param(m, marks=needs_wordnet) if m == "meteor" else m for m in TEXT_METRICS]


def sample(response: str, reference: Any = REF) -> Sample:
    return Sample(
        id="s", messages=(Message("user", "q"), Message("assistant", response)), response=response, reference=reference
    )


def grade(response: str, reference: Any = REF, **spec: Any) -> Score:
    return build_grader({"type": "similarity", **spec}).grade(sample(response, reference), GradeContext.within(30))


@pytest.mark.parametrize("metric", METRICS)
def test_identical_text_scores_one(metric: str) -> None:
    # Every metric's ceiling is the reference itself (METEOR's fragmentation penalty
    # keeps it a hair under 1).
    assert grade(REF, metric=metric).value == pytest.approx(1.0, abs=0.01)


@pytest.mark.parametrize("metric", METRICS)
def test_off_topic_scores_below_a_paraphrase(metric: str) -> None:
    # The ordering every metric must get right for RL to learn anything from it.
    assert grade(OFF_TOPIC, metric=metric).value < grade(PARAPHRASE, metric=metric).value or metric in (
        "rouge_4",
        "rouge_5",  # no 4-gram survives this paraphrase: both are 0
    )


@pytest.mark.parametrize("metric", METRICS)
def test_hack_stuffing_scores_below_the_reference(metric: str) -> None:
    # Repeating the reference never beats writing it once.
    assert grade(STUFFED, metric=metric).value < grade(REF, metric=metric).value - 0.2


# BLEU is not here: its clipped n-gram precision falls to 1/5 when stuffed, but this
# paraphrase shares few 3- and 4-grams, and the two land close (0.19 vs 0.17).
@pytest.mark.parametrize(
    "metric", ["fuzzy_match", "gleu", "rouge_1", "rouge_l"], ids=lambda m: f"{m}-penalises-stuffing"
)
def test_hack_stuffing_scores_below_a_paraphrase_for_precision_metrics(metric: str) -> None:
    assert grade(STUFFED, metric=metric).value < grade(PARAPHRASE, metric=metric).value


@needs_wordnet
def test_meteor_is_recall_weighted_stuffing_beats_paraphrase() -> None:
    # Documented in the README: METEOR alone rewards stuffing over an honest paraphrase.
    assert grade(STUFFED, metric="meteor").value > grade(PARAPHRASE, metric="meteor").value


@needs_wordnet
def test_meteor_uses_wordnet_synonyms() -> None:
    # "auto" and "car" share a synset: without WordNet this pair scores like an unrelated
    # word. (NLTK looks synonyms up on Porter stems, so "automobile" -> "automobil" finds none.)
    with_synonym = grade("the auto is red", "the car is red", metric="meteor").value
    unrelated = grade("the banana is red", "the car is red", metric="meteor").value
    assert with_synonym > unrelated


def test_fuzzy_match_is_not_partial_ratio() -> None:
    # WRatio/partial_ratio would give a response containing the reference 1.0.
    assert grade(f"{REF} Also, buy my course at example.com today!", metric="fuzzy_match").value < 0.9


def test_case_folding_option() -> None:
    assert grade(REF.upper(), metric="fuzzy_match").value == 1.0
    assert grade(REF.upper(), metric="fuzzy_match", ignore_case=False).value < 0.5


def test_several_references_best_counts() -> None:
    assert grade(PARAPHRASE, [OFF_TOPIC, PARAPHRASE], metric="rouge_l").value == 1.0


def test_in_tag_and_empty_response() -> None:
    assert grade(f"<think>bananas</think><answer>{REF}</answer>", metric="rouge_l", in_tag="answer").value == 1.0
    score = grade("   ", metric="bleu")
    assert score.value == 0.0 and {m.name: m.value for m in score.metrics}["empty_response"] == 1.0


def test_pass_threshold_adds_a_metric_without_changing_the_score() -> None:
    plain, thresholded = grade(PARAPHRASE, metric="rouge_l"), grade(PARAPHRASE, metric="rouge_l", pass_threshold=0.9)
    assert plain.value == thresholded.value
    assert {m.name: m.value for m in thresholded.metrics}["passed"] == 0.0


@pytest.mark.parametrize(
    ("reference", "spec", "error", "mentions"),
    [
        pytest.param(None, {}, SkipSample, "no reference", id="none-skips"),
        pytest.param({"a": 1}, {}, SampleError, "reference: expected a string", id="object"),
        pytest.param(["a", 2], {}, SampleError, "reference: expected a string", id="list-with-number"),
        pytest.param("   ", {}, SampleError, "reference: empty", id="blank"),
        pytest.param({"x": "a"}, {"reference_field": "gold"}, SampleError, "reference.gold: missing", id="no-field"),
    ],
)
def test_bad_references(reference: Any, spec: dict[str, Any], error: type[Exception], mentions: str) -> None:
    with pytest.raises(error, match=mentions):
        grade(REF, reference, metric="rouge_l", **spec)


@pytest.mark.parametrize(
    ("spec", "mentions"),
    [
        pytest.param({"metric": "rouge_6"}, "spec.metric", id="unknown-metric"),
        pytest.param({"metric": "bleu", "stemmer": True}, "spec.stemmer", id="stemmer-outside-rouge"),
        pytest.param(
            {"metric": "bleu", "embedding": {"backend": "bedrock"}}, "spec.embedding", id="embedding-for-bleu"
        ),
        pytest.param({"metric": "cosine", "ignore_case": True}, "spec.ignore_case", id="ignore-case-for-cosine"),
        pytest.param(
            {"metric": "cosine", "embedding": {"backend": "openai"}}, "base_url and model", id="openai-no-url"
        ),
        pytest.param(
            {"metric": "cosine", "embedding": {"backend": "bedrock", "base_url": "http://x"}},
            "spec.embedding.base_url",
            id="openai-option-on-bedrock",
        ),
        pytest.param(
            {
                "metric": "cosine",
                "embedding": {
                    "backend": "openai",
                    "base_url": "http://x",
                    "model": "m",
                    "api_key_env": "RFT_TEST_UNSET_KEY",
                },
            },
            "RFT_TEST_UNSET_KEY",
            id="api-key-env-unset",
        ),
    ],
)
def test_invalid_specs(spec: dict[str, Any], mentions: str) -> None:
    with pytest.raises(SpecError, match=mentions):
        build_grader({"type": "similarity", **spec})


# --- cosine: Bedrock Titan through a stubbed client ----------------------------------


def titan_reply(vector: list[float]) -> dict[str, Any]:
    from botocore.response import StreamingBody

    raw = json.dumps({"embedding": vector, "inputTextTokenCount": 3}).encode()
    return {"body": StreamingBody(io.BytesIO(raw), len(raw)), "contentType": "application/json"}


def stubbed_bedrock() -> tuple[Any, Any]:
    import boto3
    from botocore.stub import Stubber

    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    return client, Stubber(client)


def expect_titan(stubber: Any, text: str, vector: list[float]) -> None:
    stubber.add_response(
        "invoke_model",
        titan_reply(vector),
        {
            "modelId": "amazon.titan-embed-text-v2:0",
            "body": json.dumps({"inputText": text, "normalize": True, "dimensions": 256}),
            "contentType": "application/json",
            "accept": "application/json",
        },
    )


def test_cosine_bedrock_titan_and_reference_cache() -> None:
    client, stubber = stubbed_bedrock()
    grader = SimilarityGrader(
        "cosine", embedder=BedrockEmbeddings("amazon.titan-embed-text-v2:0", dimensions=256, client=client)
    )
    expect_titan(stubber, "hello there", [1.0, 0.0])
    expect_titan(stubber, REF, [0.6, 0.8])
    expect_titan(stubber, "another rollout", [0.0, 1.0])  # the reference's vector is cached
    with stubber:
        first = grader.grade(sample("hello there"), GradeContext.within(5))
        second = grader.grade(sample("another rollout"), GradeContext.within(5))
        stubber.assert_no_pending_responses()
    assert first.value == pytest.approx(0.6) and second.value == pytest.approx(0.8)
    assert grader.concurrency > 1  # network-bound: the runner may overlap samples


def test_cosine_bedrock_error_is_an_error_status_not_a_zero() -> None:
    client, stubber = stubbed_bedrock()
    grader = SimilarityGrader("cosine", embedder=BedrockEmbeddings(client=client))
    stubber.add_client_error("invoke_model", "AccessDeniedException", "not allowed to invoke this model")
    with stubber, pytest.raises(SampleError, match="AccessDeniedException"):
        grader.grade(sample("hello"), GradeContext.within(5))


def test_cosine_opposite_vectors_clamp_to_zero() -> None:
    client, stubber = stubbed_bedrock()
    grader = SimilarityGrader(
        "cosine", embedder=BedrockEmbeddings("amazon.titan-embed-text-v2:0", dimensions=256, client=client)
    )
    expect_titan(stubber, "up", [1.0, 0.0])
    expect_titan(stubber, REF, [-1.0, 0.0])
    with stubber:
        assert grader.grade(sample("up"), GradeContext.within(5)).value == 0.0


# --- cosine: an OpenAI-compatible endpoint on loopback --------------------------------


@pytest.fixture
def embeddings_server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
            vectors = [[1.0, 1.0] if "Paris" in text else [1.0, -1.0] for text in body["input"]]
            data = [{"index": i, "embedding": v} for i, v in reversed(list(enumerate(vectors)))]
            reply = json.dumps({"data": data, "model": body["model"]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/v1", seen
    finally:
        server.shutdown()
        server.server_close()


def test_cosine_openai_compatible_endpoint(embeddings_server, monkeypatch) -> None:
    url, seen = embeddings_server
    monkeypatch.setenv("RFT_TEST_EMBED_KEY", "sk-test")
    spec = {
        "metric": "cosine",
        "embedding": {
            "backend": "openai",
            "base_url": url,
            "model": "embed-small",
            "api_key_env": "RFT_TEST_EMBED_KEY",
        },
    }
    # Replies arrive out of order (index 1 first): the grader sorts by index.
    assert grade("Paris has a tower", **spec).value == pytest.approx(1.0)
    assert grade("Bananas", **spec).value == pytest.approx(0.0)
    assert seen[0]["path"] == "/v1/embeddings" and seen[0]["auth"] == "Bearer sk-test"
    assert seen[0]["body"] == {"model": "embed-small", "input": ["Paris has a tower", REF]}
    assert seen[1]["body"]["input"] == ["Bananas"]  # the reference vector was cached


def test_cosine_refuses_key_over_plain_http_to_a_remote_host(monkeypatch) -> None:
    monkeypatch.setenv("RFT_TEST_EMBED_KEY", "sk-test")
    spec = {"backend": "openai", "base_url": "http://example.com/v1", "model": "m", "api_key_env": "RFT_TEST_EMBED_KEY"}
    with pytest.raises(SpecError, match="plain http"):
        build_grader({"type": "similarity", "metric": "cosine", "embedding": spec})


def test_unreachable_endpoint_is_an_error_status() -> None:
    spec = {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"}
    score_or_error = build_grader({"type": "similarity", "metric": "cosine", "embedding": spec})
    with pytest.raises(SampleError, match="unreachable"):
        score_or_error.grade(sample("x"), GradeContext.within(2))


def test_status_ok_for_text_metrics() -> None:
    assert grade(PARAPHRASE, metric="gleu").status is Status.OK
