"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 2.5847563907456066,
 "coef": {
  "cosine": 0.17903834434784693,
  "coverage": 1.2072507577895333,
  "lexical": -0.3551806606030476,
  "known": -0.18137970088315927,
  "kind": -0.07809273142099986,
  "kind_list": 1.2732076732917927,
  "score": -0.628934457022343,
  "english": -1.020637722679443,
  "words": 1.0040671936701742,
  "score_en": 1.5407400104109534,
  "support": 1.5020812453057375,
  "lift": 1.8884464982267217
 },
 "mean": {
  "cosine": 0.4609880664786279,
  "coverage": 0.4573318503822168,
  "lexical": 0.19369896127724925,
  "known": 0.6858042118911681,
  "kind": 0.10386473429951691,
  "kind_list": 0.043478260869565216,
  "score": 0.4489077637447559,
  "english": 0.28502415458937197,
  "words": 1.8340862251811938,
  "score_en": 0.11299440810267139,
  "support": 0.8318409578384051,
  "lift": 0.09377758743015806
 },
 "scale": {
  "cosine": 0.0830525676002772,
  "coverage": 0.35755519532294266,
  "lexical": 0.10284319120663589,
  "known": 0.3211766223118875,
  "kind": 0.30508499023781505,
  "kind_list": 0.20393111999232283,
  "score": 0.19207161685320315,
  "english": 0.4514259472936698,
  "words": 0.41753711633657886,
  "score_en": 0.20403086142284627,
  "support": 0.05542408926580288,
  "lift": 0.04614550412322468
 },
 "threshold": 0.45,
 "closest": 0.1,
 "ratio": 0.5,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.15,
  "lexical": 0.15,
  "name": 0.25,
  "kind": 0.15,
  "document_penalty": 0.1,
  "cos_floor": 0.1,
  "cos_ceiling": 0.7
 },
 "need": {
  "model": {
   "intercept": 1.8041377205603577,
   "coef": {
    "cosine": -0.06312394893162597,
    "coverage": 0.38110442048115517,
    "lexical": 0.8263247310154013,
    "known": 0.45730457660740703,
    "score": 0.08829151933301886,
    "english": 0.4425934750010227,
    "support": 0.7299227013178203,
    "lift": 1.3293989517043705,
    "word_lift": 0.5476867878730982
   },
   "mean": {
    "cosine": 0.45869021947319444,
    "coverage": 0.3742207662772446,
    "lexical": 0.23242567152520188,
    "known": 0.6946194533164516,
    "score": 0.398030290015821,
    "english": 0.16216216216216217,
    "support": 0.8227250043992848,
    "lift": 0.07786227623996005,
    "word_lift": 0.06932602138132662
   },
   "scale": {
    "cosine": 0.06990853426589366,
    "coverage": 0.2862168681234657,
    "lexical": 0.10507663881914957,
    "known": 0.26622388292342813,
    "score": 0.1320478638385533,
    "english": 0.3685995053239421,
    "support": 0.04860923308331737,
    "lift": 0.03685545226339712,
    "word_lift": 0.029448992532746538
   }
  },
  "l2": 3.0,
  "threshold": 0.4,
  "closest": 0.1,
  "cross_validated_dev": {
   "threshold": 0.4,
   "items": 185,
   "covered": 135,
   "uncovered": 50,
   "auc": 0.9264,
   "answered": 0.8814814814814815,
   "declined": 0.9,
   "profiles": {
    "covered": 56,
    "uncovered": 25,
    "answered": 0.9642857142857143,
    "declined": 0.96,
    "covered_answered_count": 54,
    "uncovered_declined_count": 24,
    "auc": 0.9657,
    "ndcg@5": 0.9029936707369549,
    "recall@5": 0.9375
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.911,
     0.66
    ],
    "0.35": [
     0.904,
     0.76
    ],
    "0.4": [
     0.881,
     0.9
    ],
    "0.45": [
     0.844,
     0.94
    ],
    "0.5": [
     0.822,
     0.94
    ],
    "0.55": [
     0.807,
     0.96
    ],
    "0.6": [
     0.756,
     0.96
    ],
    "0.65": [
     0.726,
     0.96
    ],
    "0.7": [
     0.696,
     0.96
    ],
    "0.75": [
     0.667,
     1.0
    ],
    "0.8": [
     0.637,
     1.0
    ],
    "0.85": [
     0.593,
     1.0
    ],
    "0.9": [
     0.504,
     1.0
    ]
   }
  },
  "question_model_cross_validated_dev": {
   "threshold": 0.6,
   "items": 185,
   "covered": 135,
   "uncovered": 50,
   "auc": 0.9144,
   "answered": 0.8518518518518519,
   "declined": 0.82,
   "profiles": {
    "covered": 56,
    "uncovered": 25,
    "answered": 0.8928571428571429,
    "declined": 0.76,
    "covered_answered_count": 50,
    "uncovered_declined_count": 19,
    "auc": 0.9207,
    "ndcg@5": 0.8323538387843445,
    "recall@5": 0.8660714285714286
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.963,
     0.44
    ],
    "0.35": [
     0.948,
     0.48
    ],
    "0.4": [
     0.941,
     0.58
    ],
    "0.45": [
     0.904,
     0.68
    ],
    "0.5": [
     0.889,
     0.72
    ],
    "0.55": [
     0.859,
     0.76
    ],
    "0.6": [
     0.852,
     0.82
    ],
    "0.65": [
     0.822,
     0.82
    ],
    "0.7": [
     0.807,
     0.9
    ],
    "0.75": [
     0.741,
     0.94
    ],
    "0.8": [
     0.681,
     0.98
    ],
    "0.85": [
     0.637,
     0.98
    ],
    "0.9": [
     0.563,
     0.98
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
  "date": "2026-11-30 21:35 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8099,
  "decision_cross_validated_dev": {
   "auc": 0.9447,
   "answered": 0.8501440922190202,
   "declined": 0.88,
   "closest_offered": {
    "in_scope": 0.13256484149855907,
    "declinable": 0.29333333333333333,
    "all": 0.16113744075829384
   },
   "relevant_among_closest": 0.5,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 422,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.939,
     0.667
    ],
    "0.3": [
     0.905,
     0.76
    ],
    "0.4": [
     0.873,
     0.84
    ],
    "0.5": [
     0.833,
     0.893
    ],
    "0.6": [
     0.804,
     0.947
    ],
    "0.7": [
     0.772,
     0.973
    ],
    "0.8": [
     0.677,
     0.987
    ]
   }
  },
  "need_point": {
   "profiles": [
    "tests/eval/profiles_v2.jsonl",
    "tests/eval/profiles_dev.jsonl",
    "tests/eval/profiles_blind.jsonl"
   ],
   "kinds": [
    "adjacent",
    "need",
    "profile"
   ],
   "features": [
    "cosine",
    "coverage",
    "lexical",
    "known",
    "score",
    "english",
    "support",
    "lift",
    "word_lift"
   ],
   "more_profiles_held_out": 58
  }
 }
}
