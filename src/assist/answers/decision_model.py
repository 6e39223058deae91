"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 2.4009558468690972,
 "coef": {
  "cosine": 0.42002448925482255,
  "coverage": 1.3767115528530804,
  "lexical": -0.5287502861459147,
  "known": -0.24137044621731804,
  "kind": -0.39123584701779135,
  "kind_list": 1.327827139477664,
  "score": 0.20053297313257906,
  "english": -0.23187663724079674,
  "words": 0.8466589635498711,
  "score_en": 0.5538060719177327,
  "support": 2.330255672447649
 },
 "mean": {
  "cosine": 0.4639423640928869,
  "coverage": 0.48007866720486475,
  "lexical": 0.1974428287816151,
  "known": 0.6813929508811397,
  "kind": 0.1062992125984252,
  "kind_list": 0.047244094488188976,
  "score": 0.4815665710883523,
  "english": 0.29133858267716534,
  "words": 1.7882267608365308,
  "score_en": 0.11489012419163125,
  "support": 0.8372937303535897
 },
 "scale": {
  "cosine": 0.08476044454210713,
  "coverage": 0.3663775896654843,
  "lexical": 0.10901129303334281,
  "known": 0.3368641121442303,
  "kind": 0.3082201972606278,
  "kind_list": 0.21216052890248005,
  "score": 0.21635752141117032,
  "english": 0.4543791510631028,
  "words": 0.3764755568858134,
  "score_en": 0.21275500292707344,
  "support": 0.057769694525999185
 },
 "threshold": 0.45,
 "closest": 0.15,
 "ratio": 0.4,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.05,
  "lexical": 0.5,
  "name": 0.25,
  "kind": 0.15,
  "document_penalty": 0.1,
  "cos_floor": 0.2,
  "cos_ceiling": 0.6
 },
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 237,
  "in_scope": 193,
  "declinable": 44,
  "profile_needs": {
   "file": "tests/eval/profiles_v2.jsonl",
   "split": "dev",
   "covered": 18,
   "uncovered": 5
  },
  "date": "2026-11-30 16:18 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8273,
  "decision_cross_validated_dev": {
   "auc": 0.9537,
   "answered": 0.8767772511848341,
   "declined": 0.8775510204081632,
   "closest_offered": {
    "in_scope": 0.0995260663507109,
    "declinable": 0.24489795918367346,
    "all": 0.12692307692307692
   },
   "relevant_among_closest": 0.6,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.15,
   "questions": 260,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.953,
     0.673
    ],
    "0.3": [
     0.91,
     0.776
    ],
    "0.4": [
     0.891,
     0.857
    ],
    "0.5": [
     0.853,
     0.878
    ],
    "0.6": [
     0.825,
     0.959
    ],
    "0.7": [
     0.768,
     0.959
    ],
    "0.8": [
     0.711,
     0.98
    ]
   }
  }
 }
}
