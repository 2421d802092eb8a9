"""Secrets: API keys, tokens, private key blocks and passwords in connection strings."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from ._rec_en import _CASE_SENSITIVE, _Validated

_NA = r"(?<![A-Za-z0-9_\-])"
_NB = r"(?![A-Za-z0-9_\-])"


class ApiKeyRecognizer(_Validated):
    """Vendor API keys with a recognisable prefix."""

    ENTITY = "API_KEY"
    PATTERNS = [
        Pattern("openai/anthropic sk-", _NA + r"sk-(?:[A-Za-z0-9]+-){0,3}[A-Za-z0-9_\-]{20,}" + _NB, 0.9),
        Pattern("aws access key id", _NA + r"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}" + _NB, 0.9),
        Pattern("google api key", _NA + r"AIza[0-9A-Za-z_\-]{35}" + _NB, 0.9),
        Pattern("stripe", _NA + r"(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{16,}" + _NB, 0.9),
        Pattern("slack", _NA + r"xox[abposr]-[0-9A-Za-z\-]{10,}" + _NB, 0.9),
        Pattern("huggingface", _NA + r"hf_[A-Za-z0-9]{30,}" + _NB, 0.9),
        Pattern(
            "aws secret access key",
            r"(?i:aws_secret_access_key|secret_access_key|aws secret)[\"']?\s*[:=]\s*[\"']?\K"
            r"[A-Za-z0-9/+=]{40}" + _NB,
            0.9,
        ),
    ]
    CONTEXT = ["key", "api", "token", "secret"]
    FLAGS = _CASE_SENSITIVE


class AccessTokenRecognizer(_Validated):
    """GitHub/GitLab tokens and JSON Web Tokens."""

    ENTITY = "ACCESS_TOKEN"
    PATTERNS = [
        Pattern("github", _NA + r"gh[pousr]_[A-Za-z0-9]{36,255}" + _NB, 0.9),
        Pattern("github fine-grained", _NA + r"github_pat_[A-Za-z0-9_]{22,255}" + _NB, 0.9),
        Pattern("gitlab", _NA + r"glpat-[A-Za-z0-9_\-]{20,}" + _NB, 0.9),
        Pattern(
            "jwt",
            _NA + r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}" + _NB,
            0.9,
        ),
        Pattern(
            "bearer",
            r"(?i:bearer)\s+\K[A-Za-z0-9_\-\.=]{20,}" + _NB,
            0.7,
        ),
    ]
    CONTEXT = ["token", "bearer", "authorization"]
    FLAGS = _CASE_SENSITIVE


class PrivateKeyRecognizer(_Validated):
    ENTITY = "PRIVATE_KEY"
    PATTERNS = [
        Pattern(
            "pem private key",
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----.*?"
            r"(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)",
            1.0,
        ),
    ]
    CONTEXT = ["key"]
    FLAGS = _CASE_SENSITIVE | re.DOTALL


class PasswordRecognizer(_Validated):
    """The password part of ``scheme://user:password@host`` and ``password=...`` settings."""

    ENTITY = "PASSWORD"
    PATTERNS = [
        Pattern(
            "url credentials",
            r"[A-Za-z][A-Za-z0-9+.\-]{1,30}://[^\s:/@]{1,128}:\K[^\s@/]{1,256}(?=@[^\s@])",
            0.9,
        ),
        Pattern(
            "key=value",
            r"(?i:\b(?:password|passwd|pwd|pass|secret|密码)\b|密码)[\"']?\s*(?:[:=：]|是|为)\s*[\"']?\K"
            r"[^\s\"';,，。]{3,128}",
            0.8,
        ),
    ]
    CONTEXT = ["password", "passwd", "pwd", "密码"]
    FLAGS = _CASE_SENSITIVE

    def check(self, text: str) -> bool | None:
        return False if text.startswith(("<", "{", "$", "%(")) or text == "***" else None


SECRET_RECOGNIZERS = (
    ApiKeyRecognizer,
    AccessTokenRecognizer,
    PrivateKeyRecognizer,
    PasswordRecognizer,
)
