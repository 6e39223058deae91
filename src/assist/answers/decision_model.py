"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 2.2336030645505116,
 "coef": {
  "cosine": 1.4726485369534459,
  "coverage": 2.067779867504538,
  "lexical": -0.9424343568975874,
  "known": 0.05269078227532377,
  "kind": -0.5206567762425486,
  "kind_list": 1.2484335775071995,
  "score": 0.9034687727314423,
  "english": 0.029709377549318107,
  "words": 0.8107706703524091,
  "score_en": 0.4433372746442304
 },
 "mean": {
  "cosine": 0.4629016675817685,
  "coverage": 0.48167517470933946,
  "lexical": 0.19558910222277529,
  "known": 0.6813929508811397,
  "kind": 0.1062992125984252,
  "kind_list": 0.051181102362204724,
  "score": 0.4510791836597599,
  "english": 0.29133858267716534,
  "words": 1.7882267608365308,
  "score_en": 0.10110577102687122
 },
 "scale": {
  "cosine": 0.08516299241754753,
  "coverage": 0.3660668874687141,
  "lexical": 0.10839513741339919,
  "known": 0.3368641121442303,
  "kind": 0.3082201972606278,
  "kind_list": 0.2203669601441976,
  "score": 0.18608679951972518,
  "english": 0.4543791510631028,
  "words": 0.3764755568858134,
  "score_en": 0.1806937825895592
 },
 "threshold": 0.5,
 "closest": 0.1,
 "ratio": 0.5,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.05,
  "lexical": 0.5,
  "name": 0.1,
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
  "date": "2026-11-30 13:22 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8169,
  "decision_cross_validated_dev": {
   "auc": 0.932,
   "answered": 0.8246445497630331,
   "declined": 0.9183673469387755,
   "closest_offered": {
    "in_scope": 0.17061611374407584,
    "declinable": 0.46938775510204084,
    "all": 0.22692307692307692
   },
   "relevant_among_closest": 0.6857142857142857,
   "folds": 5,
   "threshold": 0.5,
   "closest": 0.1,
   "questions": 260,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.948,
     0.612
    ],
    "0.3": [
     0.891,
     0.714
    ],
    "0.4": [
     0.844,
     0.796
    ],
    "0.5": [
     0.825,
     0.918
    ],
    "0.6": [
     0.787,
     0.959
    ],
    "0.7": [
     0.72,
     0.98
    ],
    "0.8": [
     0.673,
     0.98
    ]
   }
  }
 }
}
