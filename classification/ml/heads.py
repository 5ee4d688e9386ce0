"""Classifier heads on frozen sentence embeddings (+ lexicon features), and their calibration.

A head is saved as plain numpy arrays (no pickles), so an artifact is small, safe to load and
readable without torch. Serving is a couple of matrix products per batch.

Calibration (fitted on events the head never saw):
  p_cal = softmax((z + b) / T)           T scalar, b per class: minimises held-out NLL
  predicted = argmax(log p_cal + d)      d per class: maximises held-out macro-F1
  confidence = p_cal[predicted]          the calibrated probability that the answer is right
so the decision can favour rare severities (macro-F1) while the confidence stays honest (ECE).
"""

from __future__ import annotations

from typing import Any

import numpy as np

N_CLASSES = 5


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class MLPHead:
    """x -> standardise -> Linear(h) -> GELU -> Linear(5), trained with class-weighted CE."""

    kind = "mlp"

    def __init__(
        self,
        hidden: int = 128,
        epochs: int = 12,
        lr: float = 3e-3,
        weight_decay: float = 1e-3,
        dropout: float = 0.2,
        class_weight_power: float = 0.5,
        seed: int = 0,
        batch_size: int = 512,
    ) -> None:
        self.hidden, self.epochs, self.lr, self.weight_decay = hidden, epochs, lr, weight_decay
        self.batch_size = batch_size
        self.dropout, self.class_weight_power, self.seed = dropout, class_weight_power, seed
        self.params: dict[str, np.ndarray] = {}

    def fit(self, x: np.ndarray, y: np.ndarray) -> MLPHead:
        import torch

        torch.manual_seed(self.seed)
        rng = np.random.default_rng(self.seed)
        mean, std = x.mean(0), x.std(0) + 1e-6
        xt = torch.tensor((x - mean) / std, dtype=torch.float32)
        yt = torch.tensor(y, dtype=torch.long)
        counts = np.bincount(y, minlength=N_CLASSES).astype(float)
        weights = (counts.sum() / np.maximum(counts, 1)) ** self.class_weight_power
        weights = weights / weights[counts > 0].mean()
        hidden_layer = torch.nn.Linear(x.shape[1], self.hidden)
        out_layer = torch.nn.Linear(self.hidden, N_CLASSES)
        net = torch.nn.Sequential(
            torch.nn.Dropout(self.dropout),
            hidden_layer,
            torch.nn.GELU(),
            torch.nn.Dropout(self.dropout),
            out_layer,
        )
        opt = torch.optim.AdamW(net.parameters(), lr=self.lr, weight_decay=self.weight_decay)
        loss_fn = torch.nn.CrossEntropyLoss(weight=torch.tensor(weights, dtype=torch.float32))
        n = len(y)
        bs = self.batch_size
        steps = self.epochs * ((n + bs - 1) // bs)
        sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=self.lr, total_steps=steps)
        net.train()
        for _ in range(self.epochs):
            perm = rng.permutation(n)
            for start in range(0, n, bs):
                idx = torch.tensor(perm[start : start + bs])
                opt.zero_grad()
                loss = loss_fn(net(xt[idx]), yt[idx])
                loss.backward()
                opt.step()
                sched.step()
        net.eval()
        self.params = {
            "mean": mean.astype(np.float32),
            "std": std.astype(np.float32),
            "w1": hidden_layer.weight.detach().numpy().T.copy(),
            "b1": hidden_layer.bias.detach().numpy().copy(),
            "w2": out_layer.weight.detach().numpy().T.copy(),
            "b2": out_layer.bias.detach().numpy().copy(),
        }
        return self

    def logits(self, x: np.ndarray) -> np.ndarray:
        p = self.params
        h = ((x - p["mean"]) / p["std"]) @ p["w1"] + p["b1"]
        h = 0.5 * h * (1.0 + _erf(h / np.sqrt(2.0)))  # exact GELU, as torch's default
        return h @ p["w2"] + p["b2"]


class LinearHead:
    """Multinomial logistic regression (scikit-learn), class-weighted; stored as coef/intercept."""

    kind = "linear"

    def __init__(self, c: float = 1.0, class_weight_power: float = 0.5, seed: int = 0) -> None:
        self.c, self.class_weight_power, self.seed = c, class_weight_power, seed
        self.params: dict[str, np.ndarray] = {}

    def fit(self, x: np.ndarray, y: np.ndarray) -> LinearHead:
        from sklearn.linear_model import LogisticRegression

        mean, std = x.mean(0), x.std(0) + 1e-6
        counts = np.bincount(y, minlength=N_CLASSES).astype(float)
        w = (counts.sum() / np.maximum(counts, 1)) ** self.class_weight_power
        clf = LogisticRegression(C=self.c, max_iter=2000, class_weight={i: w[i] for i in range(N_CLASSES)})
        clf.fit((x - mean) / std, y)
        coef = np.zeros((N_CLASSES, x.shape[1]), dtype=np.float32)
        intercept = np.full(N_CLASSES, -30.0, dtype=np.float32)
        coef[clf.classes_] = clf.coef_
        intercept[clf.classes_] = clf.intercept_
        self.params = {
            "mean": mean.astype(np.float32),
            "std": std.astype(np.float32),
            "coef": coef,
            "intercept": intercept,
        }
        return self

    def logits(self, x: np.ndarray) -> np.ndarray:
        p = self.params
        return ((x - p["mean"]) / p["std"]) @ p["coef"].T + p["intercept"]


def _erf(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return erf(x)


def head_from_params(kind: str, params: dict[str, np.ndarray]):
    if kind == "ensemble":
        head = EnsembleHead()
        head.mlp.params = {k[4:]: np.asarray(v) for k, v in params.items() if k.startswith("mlp_")}
        head.tfidf.params = {k[6:]: np.asarray(v) for k, v in params.items() if k.startswith("tfidf_")}
        if "idf" not in head.tfidf.params or "coef" not in head.tfidf.params:
            raise ValueError("ensemble artifact lacks the hashed TF-IDF weights (tfidf_idf, tfidf_coef)")
        head.tfidf.n_features = int(head.tfidf.params["idf"].shape[0])
        if head.tfidf.params["coef"].shape != (N_CLASSES, head.tfidf.n_features):
            raise ValueError("hashed TF-IDF coef does not match the idf length")
        return head
    single: MLPHead | LinearHead = MLPHead() if kind == "mlp" else LinearHead()
    single.params = {k: np.asarray(v) for k, v in params.items()}
    return single


class Calibrator:
    """Temperature + per-class bias on logits (NLL), then per-class decision offsets (macro-F1)."""

    def __init__(self) -> None:
        self.temperature = 1.0
        self.bias = np.zeros(N_CLASSES)
        self.decision = np.zeros(N_CLASSES)

    def fit(self, logits: np.ndarray, y: np.ndarray, present: np.ndarray | None = None) -> Calibrator:
        import torch

        z = torch.tensor(logits, dtype=torch.float64)
        yt = torch.tensor(y, dtype=torch.long)
        log_t = torch.zeros(1, dtype=torch.float64, requires_grad=True)
        bias = torch.zeros(N_CLASSES, dtype=torch.float64, requires_grad=True)
        opt = torch.optim.LBFGS([log_t, bias], lr=0.5, max_iter=200)

        def closure():
            opt.zero_grad()
            loss = (
                torch.nn.functional.cross_entropy((z + bias) / torch.exp(log_t), yt) + 1e-3 * (bias**2).sum()
            )
            loss.backward()
            return loss

        opt.step(closure)
        self.temperature = float(torch.exp(log_t).item())
        self.bias = bias.detach().numpy().copy()
        self.decision = self._fit_decision(np.log(self.probs(logits) + 1e-12), y)
        return self

    @staticmethod
    def _fit_decision(logp: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Coordinate ascent on per-class offsets, maximising macro-F1 (few passes, coarse grid)."""
        from classification.evaluation import confusion_matrix, macro_f1

        labels = list(range(N_CLASSES))
        d = np.zeros(N_CLASSES)
        grid = np.linspace(-1.0, 3.0, 17)

        def score(off: np.ndarray) -> float:
            pred = (logp + off).argmax(1)
            # Class indices serve as labels as well as names do.
            matrix = confusion_matrix(list(y), list(pred), labels)  # type: ignore[arg-type]
            return macro_f1(matrix, labels)  # type: ignore[arg-type]

        best = score(d)
        for _ in range(2):
            for k in range(N_CLASSES):
                for g in grid:
                    trial = d.copy()
                    trial[k] = g
                    s = score(trial)
                    if s > best + 1e-9:
                        best, d = s, trial
        return d

    def probs(self, logits: np.ndarray) -> np.ndarray:
        return softmax((logits + self.bias) / self.temperature)

    def predict(self, logits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(predicted class, confidence, calibrated probabilities)."""
        p = self.probs(logits)
        pred = (np.log(p + 1e-12) + self.decision).argmax(1)
        return pred, p[np.arange(len(pred)), pred], p

    def to_dict(self) -> dict:
        return {
            "temperature": self.temperature,
            "bias": self.bias.tolist(),
            "decision": self.decision.tolist(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Calibrator:
        cal = cls()
        cal.temperature = float(data["temperature"])
        cal.bias = np.asarray(data["bias"], dtype=float)
        cal.decision = np.asarray(data["decision"], dtype=float)
        return cal


HASH_FEATURES = 2**18
NGRAM_RANGE = (1, 2)


class HashedTfidfHead:
    """Word 1–2-gram TF-IDF over *hashed* n-grams + class-weighted logistic regression.

    No vocabulary is stored: n-grams go through scikit-learn's stateless HashingVectorizer
    (signed 32-bit murmurhash3 modulo ``n_features``), so the artifact holds only numbers — an idf
    per hash bucket and the coefficients — and no string from the training data. Settings mirror
    the former TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=20000):
    buckets seen in fewer than 2 documents, and all but the ``max_features`` most frequent buckets,
    get idf 0 (dropped). Training and serving share ``_tfidf``, so they cannot drift apart.
    """

    kind = "tfidf"

    def __init__(
        self, max_features: int = 20000, c: float = 1.0, seed: int = 0, n_features: int = HASH_FEATURES
    ) -> None:
        self.max_features, self.c, self.seed, self.n_features = max_features, c, seed, n_features
        self.params: dict[str, np.ndarray] = {}
        self._hasher: Any = None  # a scikit-learn HashingVectorizer, built on first use

    def _counts(self, texts: list[str]):
        from sklearn.feature_extraction.text import HashingVectorizer

        if self._hasher is None or self._hasher.n_features != self.n_features:
            self._hasher = HashingVectorizer(
                ngram_range=NGRAM_RANGE, n_features=self.n_features, alternate_sign=False, norm=None
            )
        return self._hasher.transform(texts).tocsr()

    def fit(self, texts: list[str], y: np.ndarray) -> HashedTfidfHead:
        from sklearn.linear_model import LogisticRegression

        counts = self._counts(texts)
        n_docs = counts.shape[0]
        df = np.bincount(counts.indices, minlength=self.n_features)
        total = np.asarray(counts.sum(axis=0)).ravel()
        keep = df >= 2
        if keep.sum() > self.max_features:
            ranked = np.argsort(-np.where(keep, total, -1.0), kind="stable")[: self.max_features]
            keep = np.zeros(self.n_features, dtype=bool)
            keep[ranked] = True
        idf = np.where(keep, np.log((1.0 + n_docs) / (1.0 + df)) + 1.0, 0.0).astype(np.float32)
        self.params = {"idf": idf}
        x = self._tfidf(counts)
        clf = LogisticRegression(max_iter=2000, class_weight="balanced", C=self.c).fit(x, y)
        coef = np.zeros((N_CLASSES, self.n_features), dtype=np.float32)
        intercept = np.full(N_CLASSES, -30.0, dtype=np.float32)
        coef[clf.classes_] = clf.coef_
        intercept[clf.classes_] = clf.intercept_
        self.params.update({"coef": coef, "intercept": intercept})
        return self

    def _tfidf(self, counts):
        from sklearn.preprocessing import normalize

        x = counts.astype(np.float32)
        x.data = 1.0 + np.log(x.data)  # sublinear tf
        x = x.multiply(self.params["idf"]).tocsr()
        x.eliminate_zeros()
        return normalize(x)

    def logits(self, texts: list[str]) -> np.ndarray:
        x = self._tfidf(self._counts(texts))
        z = x @ self.params["coef"].T + self.params["intercept"]
        return np.log(softmax(np.asarray(z)) + 1e-9)


class EnsembleHead:
    """Mean of the log-probabilities of an embedding MLP and a hashed TF-IDF model (before calibration)."""

    kind = "ensemble"

    def __init__(self, seed: int = 0, **mlp_kwargs) -> None:
        self.mlp = MLPHead(seed=seed, **mlp_kwargs)
        self.tfidf = HashedTfidfHead(seed=seed)

    def fit(self, x: np.ndarray, y: np.ndarray, texts: list[str]) -> EnsembleHead:
        self.mlp.fit(x, y)
        self.tfidf.fit(texts, y)
        return self

    def logits(self, x: np.ndarray, texts: list[str]) -> np.ndarray:
        a = np.log(softmax(self.mlp.logits(x)) + 1e-9)
        return 0.5 * a + 0.5 * self.tfidf.logits(texts)
