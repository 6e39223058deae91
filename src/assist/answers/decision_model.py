"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 2.679004918574656,
 "coef": {
  "cosine": 0.3798155755192265,
  "coverage": 1.6012466513165904,
  "lexical": -0.3989510931288311,
  "known": -0.2145087408525641,
  "kind": -0.13124640793436515,
  "kind_list": 1.2808912425067138,
  "score": -0.693580377734098,
  "english": -0.8679816227578864,
  "words": 1.0458475209136937,
  "score_en": 1.4929528555993372,
  "support": 1.2038456515648002,
  "lift": 1.8740013246027798
 },
 "mean": {
  "cosine": 0.46085639193833594,
  "coverage": 0.4525958574805432,
  "lexical": 0.19323221679224384,
  "known": 0.6841516716215509,
  "kind": 0.10361445783132531,
  "kind_list": 0.043373493975903614,
  "score": 0.407202462940427,
  "english": 0.28674698795180725,
  "words": 1.833007208641287,
  "score_en": 0.09960733799969165,
  "support": 0.8287398544891929,
  "lift": 0.0903468192341816
 },
 "scale": {
  "cosine": 0.08303162366926908,
  "coverage": 0.3602399540791248,
  "lexical": 0.10315728753715586,
  "known": 0.32254681215837566,
  "kind": 0.30475974465084205,
  "kind_list": 0.20369642607622168,
  "score": 0.20337385949986242,
  "english": 0.4522423607451785,
  "words": 0.4176112598174426,
  "score_en": 0.18794786035004507,
  "support": 0.05374190768294618,
  "lift": 0.04486795749325843
 },
 "threshold": 0.45,
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
  "threshold": 0.55,
  "closest": 0.1,
  "cross_validated_dev": {
   "items": 143,
   "covered": 105,
   "uncovered": 38,
   "auc": 0.9198,
   "answered": 0.8571428571428571,
   "declined": 0.868421052631579,
   "profiles": {
    "covered": 26,
    "uncovered": 13,
    "answered": 0.8846153846153846,
    "declined": 0.8461538461538461
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.943,
     0.5
    ],
    "0.35": [
     0.924,
     0.526
    ],
    "0.4": [
     0.914,
     0.632
    ],
    "0.45": [
     0.905,
     0.763
    ],
    "0.5": [
     0.876,
     0.842
    ],
    "0.55": [
     0.857,
     0.868
    ],
    "0.6": [
     0.838,
     0.921
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
     0.695,
     0.947
    ],
    "0.8": [
     0.648,
     0.974
    ],
    "0.85": [
     0.61,
     0.974
    ],
    "0.9": [
     0.552,
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
  "date": "2026-11-30 20:02 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8102,
  "decision_cross_validated_dev": {
   "auc": 0.943,
   "answered": 0.8501440922190202,
   "declined": 0.88,
   "closest_offered": {
    "in_scope": 0.12968299711815562,
    "declinable": 0.3333333333333333,
    "all": 0.16587677725118483
   },
   "relevant_among_closest": 0.5681818181818182,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 422,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.939,
     0.68
    ],
    "0.3": [
     0.911,
     0.747
    ],
    "0.4": [
     0.873,
     0.827
    ],
    "0.5": [
     0.833,
     0.92
    ],
    "0.6": [
     0.801,
     0.96
    ],
    "0.7": [
     0.764,
     0.96
    ],
    "0.8": [
     0.695,
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
