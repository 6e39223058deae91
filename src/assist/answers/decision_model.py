"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 2.7568152318361085,
 "coef": {
  "cosine": 0.25866242117207844,
  "coverage": 1.569927629052084,
  "lexical": -0.4237704155219624,
  "known": -0.2664373953932818,
  "kind": -0.0981289860562675,
  "kind_list": 1.2876047376985944,
  "score": -0.7817875485124379,
  "english": -0.9717598890363618,
  "words": 1.0533900794948388,
  "score_en": 1.5465214852793943,
  "support": 1.4218423627766625,
  "lift": 1.967877182058785
 },
 "mean": {
  "cosine": 0.461046974512114,
  "coverage": 0.45382834952826867,
  "lexical": 0.19369896127724925,
  "known": 0.6858042118911681,
  "kind": 0.10386473429951691,
  "kind_list": 0.043478260869565216,
  "score": 0.4077822336061455,
  "english": 0.28502415458937197,
  "words": 1.8340862251811938,
  "score_en": 0.09945221288400305,
  "support": 0.8319040027917138,
  "lift": 0.09384122908403332
 },
 "scale": {
  "cosine": 0.08303401496910147,
  "coverage": 0.36008493443431405,
  "lexical": 0.10284319120663589,
  "known": 0.3211766223118875,
  "kind": 0.30508499023781505,
  "kind_list": 0.20393111999232283,
  "score": 0.20331793227615338,
  "english": 0.4514259472936698,
  "words": 0.41753711633657886,
  "score_en": 0.18815283803842314,
  "support": 0.055192094200460846,
  "lift": 0.04611460086768697
 },
 "threshold": 0.4,
 "closest": 0.1,
 "ratio": 0.4,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.15,
  "lexical": 0.15,
  "name": 0.25,
  "kind": 0.15,
  "document_penalty": 0.1,
  "cos_floor": 0.2,
  "cos_ceiling": 0.7
 },
 "need": {
  "threshold": 0.5,
  "closest": 0.1,
  "cross_validated_dev": {
   "items": 143,
   "covered": 105,
   "uncovered": 38,
   "auc": 0.9251,
   "answered": 0.8666666666666667,
   "declined": 0.868421052631579,
   "profiles": {
    "covered": 26,
    "uncovered": 13,
    "answered": 0.8846153846153846,
    "declined": 0.9230769230769231
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.952,
     0.526
    ],
    "0.35": [
     0.914,
     0.579
    ],
    "0.4": [
     0.914,
     0.711
    ],
    "0.45": [
     0.886,
     0.816
    ],
    "0.5": [
     0.867,
     0.868
    ],
    "0.55": [
     0.838,
     0.895
    ],
    "0.6": [
     0.838,
     0.895
    ],
    "0.65": [
     0.829,
     0.921
    ],
    "0.7": [
     0.781,
     0.921
    ],
    "0.75": [
     0.724,
     0.974
    ],
    "0.8": [
     0.676,
     0.974
    ],
    "0.85": [
     0.6,
     0.974
    ],
    "0.9": [
     0.562,
     0.974
    ]
   }
  }
 },
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 399,
  "of_which": {
   "tests/eval/questions.jsonl": 237,
   "tests/eval/questions_blind.jsonl": 162
  },
  "in_scope": 329,
  "declinable": 70,
  "profile_needs": {
   "file": "tests/eval/profiles_v2.jsonl",
   "split": "dev",
   "covered": 18,
   "uncovered": 5
  },
  "date": "2026-11-30 20:32 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8101,
  "decision_cross_validated_dev": {
   "auc": 0.9485,
   "answered": 0.8789625360230547,
   "declined": 0.8666666666666667,
   "closest_offered": {
    "in_scope": 0.10662824207492795,
    "declinable": 0.30666666666666664,
    "all": 0.14218009478672985
   },
   "relevant_among_closest": 0.5,
   "folds": 5,
   "threshold": 0.4,
   "closest": 0.1,
   "questions": 422,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.951,
     0.667
    ],
    "0.3": [
     0.911,
     0.747
    ],
    "0.4": [
     0.879,
     0.867
    ],
    "0.5": [
     0.836,
     0.933
    ],
    "0.6": [
     0.81,
     0.947
    ],
    "0.7": [
     0.775,
     0.96
    ],
    "0.8": [
     0.697,
     0.987
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
