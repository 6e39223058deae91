"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 2.366007424690981,
 "coef": {
  "cosine": 0.4425025255478131,
  "coverage": 1.4007011333318684,
  "lexical": -0.5426612032251997,
  "known": -0.20961365062393023,
  "kind": -0.4269731664166562,
  "kind_list": 1.362391454089551,
  "score": 0.25870319330525643,
  "english": -0.21776756843447376,
  "words": 0.8685844007769756,
  "score_en": 0.6011820122838563,
  "support": 2.180527457321936
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
  "support": 0.8341864315490211
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
  "support": 0.05600509919113628
 },
 "threshold": 0.4,
 "closest": 0.1,
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
 "need": {
  "threshold": 0.6,
  "closest": 0.1,
  "cross_validated_dev": {
   "items": 103,
   "covered": 77,
   "uncovered": 26,
   "auc": 0.9371,
   "answered": 0.8831168831168831,
   "declined": 0.9230769230769231,
   "profiles": {
    "covered": 26,
    "uncovered": 13,
    "answered": 0.8461538461538461,
    "declined": 0.9230769230769231
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.987,
     0.462
    ],
    "0.35": [
     0.961,
     0.577
    ],
    "0.4": [
     0.948,
     0.615
    ],
    "0.45": [
     0.935,
     0.692
    ],
    "0.5": [
     0.922,
     0.692
    ],
    "0.55": [
     0.883,
     0.808
    ],
    "0.6": [
     0.883,
     0.923
    ],
    "0.65": [
     0.857,
     0.923
    ],
    "0.7": [
     0.857,
     0.923
    ],
    "0.75": [
     0.805,
     0.923
    ],
    "0.8": [
     0.753,
     0.923
    ],
    "0.85": [
     0.714,
     0.923
    ],
    "0.9": [
     0.662,
     0.962
    ]
   }
  }
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
  "date": "2026-11-30 19:06 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8273,
  "decision_cross_validated_dev": {
   "auc": 0.9512,
   "answered": 0.8862559241706162,
   "declined": 0.8571428571428571,
   "closest_offered": {
    "in_scope": 0.10900473933649289,
    "declinable": 0.2653061224489796,
    "all": 0.13846153846153847
   },
   "relevant_among_closest": 0.5454545454545454,
   "folds": 5,
   "threshold": 0.4,
   "closest": 0.1,
   "questions": 260,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.957,
     0.673
    ],
    "0.3": [
     0.905,
     0.755
    ],
    "0.4": [
     0.886,
     0.857
    ],
    "0.5": [
     0.858,
     0.857
    ],
    "0.6": [
     0.81,
     0.959
    ],
    "0.7": [
     0.763,
     0.959
    ],
    "0.8": [
     0.706,
     0.98
    ]
   }
  },
  "need_point": {
   "profiles": [
    "tests/eval/profiles_v2.jsonl",
    "tests/eval/profiles_dev.jsonl"
   ],
   "kinds": [
    "adjacent",
    "need",
    "profile"
   ],
   "more_profiles_held_out": 16
  }
 }
}
