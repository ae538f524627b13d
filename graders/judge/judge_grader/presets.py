"""Judge presets: versioned prompt files in ``prompts/<name>.v<N>.toml``.

A prompt file is data, not code: changing what the judge reads means adding a new version
file, so that a score logged as ``instruction_following@v1`` always means the same rubric.
A file holds::

    name, version, title     identity; the file name must agree
    scale = [lo, hi]         the judge's numeric scale (the custom preset's comes from the spec)
    output = "score"         or "criteria": one score per rubric criterion
    required = [...]         inputs the judge cannot do without (a sample lacking one is skipped)
    optional = [...]         inputs shown when the sample has them, through [sections]
    system, user             string.Template texts

Template variables: ``$nonce``, ``$scale_min``, ``$scale_max``, ``$output_format``; each
required input by name (``$response``, ``$conversation``, ``$prompt``, ``$reference``,
``$context``, ``$criteria``, ``$instructions``); ``$<name>_section`` for each optional
input, which is the ``[sections]`` text with ``$block`` replaced, or empty. Untrusted inputs
arrive already framed between nonce delimiters; the spec's own rubric text does not.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from string import Template

from judge_grader.framing import Framer

INPUTS = ("conversation", "prompt", "response", "reference", "context", "criteria", "instructions")
# Written by whoever deployed the grader, not by the policy or the dataset: shown as is.
TRUSTED_INPUTS = frozenset({"criteria", "instructions"})
# Next to this module in the source tree and in the deployed package alike; plain os.path
# because importlib.resources costs more at cold start than the whole preset lookup.
PROMPTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "prompts")
_FILE_NAME = re.compile(r"^(?P<name>[a-z_]+)\.v(?P<version>[1-9][0-9]*)\.toml$")


@dataclass(frozen=True)
class Preset:
    name: str
    version: int
    title: str
    scale: tuple[float, float] | None
    output: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    system: str
    user: str
    sections: Mapping[str, str]

    @property
    def id(self) -> str:
        return f"{self.name}@v{self.version}"

    def render(
        self, framer: Framer, inputs: Mapping[str, str], scale: tuple[float, float], output_format: str
    ) -> tuple[str, str]:
        """``(system, user)`` for one call; ``inputs`` must hold every required input."""
        values = {
            "nonce": framer.nonce,
            "scale_min": format_number(scale[0]),
            "scale_max": format_number(scale[1]),
            "output_format": output_format,
        }
        for name in self.required:
            values[name] = self._show(framer, name, inputs[name])
        for name in self.optional:
            text = inputs.get(name)
            values[f"{name}_section"] = (
                Template(self.sections[name]).substitute(block=self._show(framer, name, text)) if text else ""
            )
        # Blank lines left by absent optional sections are collapsed, so the prompt reads cleanly.
        user = re.sub(r"\n{3,}", "\n\n", Template(self.user).substitute(values)).strip() + "\n"
        return Template(self.system).substitute(values).strip() + "\n", user

    @staticmethod
    def _show(framer: Framer, name: str, text: str) -> str:
        return text if name in TRUSTED_INPUTS else framer.block(name.upper(), text)


def available() -> dict[str, tuple[int, ...]]:
    """Preset name -> its versions, oldest first."""
    found: dict[str, list[int]] = {}
    for entry in os.listdir(PROMPTS_DIR):
        match = _FILE_NAME.match(entry)
        if match:
            found.setdefault(match["name"], []).append(int(match["version"]))
    return {name: tuple(sorted(versions)) for name, versions in sorted(found.items())}


@cache
def load_preset(name: str, version: int | None = None) -> Preset:
    """The preset ``name`` at ``version`` (default: the newest). Raises ``KeyError``."""
    versions = available().get(name)
    if not versions:
        raise KeyError(f"no preset {name!r} (known: {', '.join(available())})")
    if version is None:
        version = versions[-1]
    elif version not in versions:
        raise KeyError(f"preset {name!r} has no version {version} (has: {', '.join(map(str, versions))})")
    with open(os.path.join(PROMPTS_DIR, f"{name}.v{version}.toml"), "rb") as file:
        data = tomllib.load(file)
    preset = Preset(
        name=data["name"],
        version=data["version"],
        title=data["title"],
        scale=tuple(data["scale"]) if "scale" in data else None,  # type: ignore[arg-type]
        output=data.get("output", "score"),
        required=tuple(data["required"]),
        optional=tuple(data.get("optional", ())),
        system=data["system"],
        user=data["user"],
        sections=dict(data.get("sections", {})),
    )
    _check(preset, name, version)
    return preset


def _check(preset: Preset, name: str, version: int) -> None:
    # A broken prompt file is a packaging bug: fail at build time, loudly, with the file name.
    where = f"prompts/{name}.v{version}.toml"
    if (preset.name, preset.version) != (name, version):
        raise ValueError(f"{where}: declares {preset.id}")
    unknown = set(preset.required + preset.optional) - set(INPUTS)
    missing_sections = set(preset.optional) - set(preset.sections)
    if unknown or missing_sections or "response" not in preset.required:
        raise ValueError(f"{where}: unknown inputs {unknown}, optional without section {missing_sections}")
    if preset.output not in ("score", "criteria") or (preset.scale is None) != (preset.output == "criteria"):
        raise ValueError(f"{where}: output must be 'score' with a scale or 'criteria' without one")


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
